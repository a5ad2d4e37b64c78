// SPDX-License-Identifier: MIT OR Apache-2.0
//! HomeKit Secure Video recording from `hksvsink` in a real pipeline, with our Rust hub client
//! over 127.0.0.1 (never advertising): pair, read and select the offer, switch recording on,
//! trigger motion after more than the prebuffer of streaming, set up the data stream, open a
//! recording, receive the init segment and fragments, and check them with ffprobe and
//! mp4-atom. Then the refusals and the release of a stream the hub never acknowledges.

use std::io::Cursor;
use std::net::{Ipv4Addr, SocketAddr};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gst::prelude::*;
use hksv::client::hub::{self, CameraIids, StreamEnd};
use hksv::client::{DataStreamClient, HapClient, RecordingReceiver, new_controller_identity};
use hksv::hds::datasend;
use hksv::hds::message::CloseReason;
use hksv::hds::opack::Value;
use mp4_atom::{Any, Decode};

mod gst_common;
use gst_common::init;

const SETUP_CODE: &str = "031-45-154";
const GOP_S: u64 = 1;
const PREBUFFER: Duration = Duration::from_secs(4);

/// A live 320×240 camera, 1 s GOPs, feeding `hksvsink name=hksv`; with `audio`, AAC-LC from
/// `avenc_aac` on its `audio` pad.
fn camera(dir: &std::path::Path, audio: bool, extra: &str) -> (gst::Pipeline, gst::Element) {
    init();
    let mut description = format!(
        "videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=15/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max={} bframes=0 ! h264parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false setup-code={SETUP_CODE} \
           state-dir=\"{}\" {extra}",
        15 * GOP_S,
        dir.display()
    );
    if audio {
        description.push_str(
            " audiotestsrc is-live=true wave=ticks ! audio/x-raw,rate=16000,channels=1 \
             ! avenc_aac ! aacparse ! hksv.audio",
        );
    }
    let pipeline = gst::parse::launch(&description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap();
    let sink = pipeline.by_name("hksv").unwrap();
    (pipeline, sink)
}

/// Collects the `hksv-recording` element messages.
fn recording_messages(pipeline: &gst::Pipeline) -> Arc<Mutex<Vec<gst::Structure>>> {
    let messages = Arc::new(Mutex::new(Vec::new()));
    let sink = messages.clone();
    let bus = pipeline.bus().unwrap();
    bus.set_sync_handler(move |_, msg| {
        if let Some(s) = msg.structure().filter(|s| s.name() == "hksv-recording") {
            sink.lock().unwrap().push(s.to_owned());
        }
        if let gst::MessageView::Error(err) = msg.view() {
            eprintln!("pipeline error: {} ({:?})", err.error(), err.debug());
        }
        gst::BusSyncReply::Pass
    });
    messages
}

fn running_time(pipeline: &gst::Pipeline) -> u64 {
    pipeline.current_running_time().unwrap().nseconds()
}

/// A paired, verified hub connection and the camera's recording iids.
async fn hub(port: u16) -> (HapClient, CameraIids) {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let identity = new_controller_identity().unwrap();
    let mut setup = HapClient::connect(addr).await.unwrap();
    let accessory = setup.pair_setup(SETUP_CODE, &identity).await.unwrap();
    let mut hap = HapClient::connect(addr).await.unwrap();
    hap.pair_verify(&identity, &accessory).await.unwrap();
    let accessories = hap.get("/accessories").await.unwrap().json();
    let iids = CameraIids::find(&accessories).unwrap();
    (hap, iids)
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Video samples per fragment and the NAL unit types of each fragment's first sample.
fn fragments(mp4: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let mut cursor = Cursor::new(mp4);
    let mut out = Vec::new();
    while (cursor.position() as usize) < mp4.len() {
        let start = cursor.position() as usize;
        if let Any::Moof(moof) = Any::decode(&mut cursor).expect("every box parses") {
            let traf = moof
                .traf
                .iter()
                .find(|t| t.tfhd.track_id == 1)
                .expect("a video traf");
            let trun = &traf.trun[0];
            let offset = start + trun.data_offset.unwrap() as usize;
            let size = trun.entries[0].size.unwrap() as usize;
            let mut sample = &mp4[offset..offset + size];
            let mut types = Vec::new();
            while sample.len() > 4 {
                let len = u32::from_be_bytes(sample[..4].try_into().unwrap()) as usize;
                types.push(sample[4] & 0x1f);
                sample = &sample[(4 + len).min(sample.len())..];
            }
            let count = traf.trun.iter().map(|t| t.entries.len()).sum();
            out.push((count, types));
        }
    }
    out
}

/// ffprobe's decoded frame count of the stream `kind` (`v` or `a`); fails on decode errors.
fn decoded_frames(path: &std::path::Path, kind: &str) -> u64 {
    let out = Command::new("ffprobe")
        .args(["-v", "error", "-count_frames", "-select_streams"])
        .arg(format!("{kind}:0"))
        .args([
            "-show_entries",
            "stream=nb_read_frames",
            "-of",
            "default=nw=1:nk=1",
        ])
        .arg(path)
        .output()
        .expect("ffprobe runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.trim().is_empty(),
        "ffprobe: {stderr}"
    );
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0)
}

/// Records from a camera as a hub does after a motion trigger; checks the recording.
fn record(audio_pad: bool, audio_on: bool) {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), audio_pad, "");
    let messages = recording_messages(&pipeline);
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    rt().block_on(async {
        let (mut hap, iids) = hub(port).await;
        // More than the prebuffer of streaming before the trigger. The hub selects once the
        // offer follows the stream's caps (a selection made from the offer before them is
        // dropped when the offer changes, field notes pitfall 13).
        tokio::time::sleep(PREBUFFER + Duration::from_secs(2)).await;
        let selection = hub::arm_recording(&mut hap, &iids, audio_on).await.unwrap();
        assert_eq!(selection.prebuffer_ms, 4000);
        let trigger = running_time(&pipeline);
        sink.emit_by_name::<()>("set-motion", &[&true]);
        let mut ds = DataStreamClient::connect(&mut hap, iids.aid, iids.setup_data_stream)
            .await
            .unwrap();
        let (status, body) = ds.open_recording(7).await.unwrap();
        assert_eq!(status, 0, "open accepted: {body:?}");
        assert_eq!(body.get("status").and_then(Value::as_i64), Some(0));
        let mut receiver = RecordingReceiver::default();
        let end = hub::collect(&mut ds, 7, &mut receiver, 3, Duration::from_secs(30))
            .await
            .unwrap();
        assert!(matches!(end, StreamEnd::Enough), "{end:?}");
        ds.send(&datasend::close_event(7, CloseReason::Normal))
            .await
            .unwrap();

        // Checks of the recording itself.
        let mp4 = receiver.to_mp4();
        let file = dir.path().join("recording.mp4");
        std::fs::write(&file, &mp4).unwrap();
        let fragments = fragments(&mp4);
        assert!(fragments.len() >= 3);
        for (i, (_, types)) in fragments.iter().enumerate() {
            assert!(
                types.contains(&5),
                "fragment {i} starts with an IDR picture: {types:?}"
            );
        }
        let samples: usize = fragments.iter().map(|(n, _)| n).sum();
        assert_eq!(
            decoded_frames(&file, "v"),
            samples as u64,
            "every picture decodes"
        );
        let has_audio_track = Command::new("ffprobe")
            .args([
                "-v",
                "error",
                "-select_streams",
                "a",
                "-show_entries",
                "stream=codec_name",
                "-of",
                "csv=p=0",
            ])
            .arg(&file)
            .output()
            .unwrap()
            .stdout;
        let has_audio_track = String::from_utf8_lossy(&has_audio_track).contains("aac");
        assert_eq!(
            has_audio_track,
            audio_pad && audio_on,
            "audio track only with audio on and an audio pad"
        );
        if audio_pad && audio_on {
            assert!(decoded_frames(&file, "a") > 0, "the audio decodes");
        }

        // The prebuffer: the first picture sent is at least the prebuffer before the trigger.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let messages = messages.lock().unwrap().clone();
        let started = messages
            .iter()
            .find(|s| s.get::<&str>("action").ok() == Some("started"))
            .expect("hksv-recording started message");
        let start = started.get::<i64>("start-running-time").unwrap();
        let lead = trigger as i64 - start;
        assert!(
            lead >= PREBUFFER.as_nanos() as i64,
            "recording starts {lead} ns before the trigger"
        );
        // At most one GOP more than asked (the IDR at or before now − prebuffer).
        assert!(
            lead <= (PREBUFFER + Duration::from_secs(GOP_S) + Duration::from_millis(500)).as_nanos()
                as i64
        );
        // The recording covers the time from its start to the last fragment.
        let first_fragment_ms = receiver.segments[1]
            .completed
            .duration_since(receiver.segments[0].completed)
            .as_millis();
        assert!(first_fragment_ms < 1000, "prebuffered fragment at once");
    });
    pipeline.set_state(gst::State::Null).unwrap();
}

#[test]
fn records_motion_with_the_prebuffer() {
    record(false, false);
}

#[test]
fn records_aac_audio_from_the_audio_pad() {
    record(true, true);
}

#[test]
fn recording_audio_on_without_an_audio_pad_records_video_only() {
    record(false, true);
}

#[test]
fn refusals_and_a_stream_never_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), false, "max-recording-duration=10");
    let messages = recording_messages(&pipeline);
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    rt().block_on(async {
        let (mut hap, iids) = hub(port).await;
        tokio::time::sleep(Duration::from_secs(3)).await;

        // Recording not active (nothing selected either): not allowed.
        let mut ds = DataStreamClient::connect(&mut hap, iids.aid, iids.setup_data_stream)
            .await
            .unwrap();
        let (status, body) = ds.open_recording(1).await.unwrap();
        assert_eq!(status, 6);
        assert_eq!(
            body.get("status").and_then(Value::as_i64),
            Some(1),
            "{body:?}"
        );

        // Armed: the first open records, a second one is busy.
        hub::arm_recording(&mut hap, &iids, false).await.unwrap();
        let (status, _) = ds.open_recording(2).await.unwrap();
        assert_eq!(status, 0);
        let mut second = DataStreamClient::connect(&mut hap, iids.aid, iids.setup_data_stream)
            .await
            .unwrap();
        let (status, body) = second.open_recording(3).await.unwrap();
        assert_eq!(status, 6);
        assert_eq!(
            body.get("status").and_then(Value::as_i64),
            Some(2),
            "busy: {body:?}"
        );

        // Garbage on a data stream closes that stream; the HAP session stays.
        second
            .send_raw(&[1, 0, 0, 4, 0xde, 0xad, 0xbe, 0xef])
            .await
            .unwrap();
        second.send_raw(&[0u8; 16]).await.unwrap();
        assert!(
            second.receive().await.is_err(),
            "the garbled data stream is closed"
        );
        assert_eq!(hap.get("/accessories").await.unwrap().status, 200);

        // Stream 2 ends after max-recording-duration (10 s) with the end-of-stream mark; we
        // never acknowledge it: the accessory releases it after its ack timeout, and the next
        // open works.
        let mut receiver = RecordingReceiver::default();
        let work = async {
            loop {
                let hksv::hds::message::Message::Event { topic, body, .. } =
                    ds.next_event().await.unwrap()
                else {
                    continue;
                };
                if topic == datasend::DATA {
                    receiver
                        .take(datasend::DataEvent::parse(&body).unwrap())
                        .unwrap();
                    if receiver.end_of_stream {
                        break;
                    }
                }
            }
        };
        tokio::time::timeout(Duration::from_secs(30), work)
            .await
            .expect("end of stream after the maximum duration");
        let close = tokio::time::timeout(Duration::from_secs(20), ds.next_event())
            .await
            .expect("a close after the ack timeout")
            .unwrap();
        let hksv::hds::message::Message::Event { topic, body, .. } = close else {
            panic!("event expected");
        };
        assert_eq!(topic, datasend::CLOSE);
        let close = datasend::CloseEvent::parse(&body).unwrap();
        assert_eq!(close.reason, Some(CloseReason::Cancelled));
        let (status, body) = ds.open_recording(4).await.unwrap();
        assert_eq!(status, 0, "the next open works: {body:?}");
        let reasons: Vec<String> = messages
            .lock()
            .unwrap()
            .iter()
            .filter_map(|s| s.get::<String>("reason").ok())
            .collect();
        assert!(
            reasons.iter().any(|r| r.contains("did not acknowledge")),
            "{reasons:?}"
        );
    });
    pipeline.set_state(gst::State::Null).unwrap();
}
