// SPDX-License-Identifier: MIT OR Apache-2.0
//! Faults of the media path under `hksvsink`: the source stalls, ends (EOS) and comes back
//! with new caps after a restart of the streaming part of the pipeline. Through all of it the
//! HAP server answers (PLAYING and PAUSED), a recording open during a fault ends with a
//! logged reason (`hksv-recording` ended message), and the next recording works, from the
//! new stream, without restarting the element's server or the hub's HAP connection.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gst::prelude::*;
use hksv::client::hub::{self, CameraIids, StreamEnd};
use hksv::client::{DataStreamClient, HapClient, RecordingReceiver, new_controller_identity};
use hksv::hds::datasend;
use hksv::hds::message::CloseReason;
use hksv::hds::opack::Value;

mod gst_common;
use gst_common::init;

const SETUP_CODE: &str = "031-45-154";

fn camera(dir: &std::path::Path) -> gst::Pipeline {
    init();
    let description = format!(
        "videotestsrc is-live=true pattern=ball name=src \
         ! capsfilter name=size caps=video/x-raw,width=320,height=240,framerate=15/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=15 bframes=0 ! h264parse \
         ! valve name=valve \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false \
           setup-code={SETUP_CODE} state-dir=\"{}\"",
        dir.display()
    );
    gst::parse::launch(&description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap()
}

/// The reasons of the `hksv-recording` ended messages, in order.
fn ended_reasons(pipeline: &gst::Pipeline) -> Arc<Mutex<Vec<String>>> {
    let reasons = Arc::new(Mutex::new(Vec::new()));
    let sink = reasons.clone();
    pipeline.bus().unwrap().set_sync_handler(move |_, msg| {
        if let Some(s) = msg.structure().filter(|s| s.name() == "hksv-recording")
            && s.get::<&str>("action").ok() == Some("ended")
        {
            let reason = s.get::<String>("reason").unwrap_or_default();
            sink.lock().unwrap().push(reason);
        }
        gst::BusSyncReply::Pass
    });
    reasons
}

/// The reason of the `n`th (1-based) ended recording, once its message arrived (the server
/// releases a stream when the hub's acknowledgement arrives, just after `ended` returns).
async fn nth_reason(reasons: &Mutex<Vec<String>>, n: usize) -> String {
    for _ in 0..100 {
        if let Some(reason) = reasons.lock().unwrap().get(n - 1) {
            return reason.clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no hksv-recording ended message for recording {n}")
}

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

/// The HAP server answers a read on the hub's connection.
async fn answers(hap: &mut HapClient, iids: &CameraIids, when: &str) {
    let r = hap
        .get(&format!(
            "/characteristics?id={}.{}",
            iids.aid, iids.recording_active
        ))
        .await
        .unwrap_or_else(|e| panic!("no answer {when}: {e}"));
    assert_eq!(r.status, 200, "read {when}");
}

/// Opens recording `id` on a new data stream and receives two fragments.
async fn open(
    hap: &mut HapClient,
    iids: &CameraIids,
    id: i64,
) -> (DataStreamClient, RecordingReceiver) {
    let mut ds = DataStreamClient::connect(hap, iids.aid, iids.setup_data_stream)
        .await
        .unwrap();
    let (status, body) = ds.open_recording(id).await.unwrap();
    assert_eq!(status, 0, "recording {id} opens: {body:?}");
    assert_eq!(body.get("status").and_then(Value::as_i64), Some(0));
    let mut receiver = RecordingReceiver::default();
    let end = hub::collect(&mut ds, id, &mut receiver, 2, Duration::from_secs(30))
        .await
        .unwrap();
    assert!(matches!(end, StreamEnd::Enough), "recording {id}: {end:?}");
    (ds, receiver)
}

/// Waits for the end of recording `id` (end of stream sent by the accessory).
async fn ended(
    ds: &mut DataStreamClient,
    receiver: &mut RecordingReceiver,
    id: i64,
    within: Duration,
) {
    let end = hub::collect(ds, id, receiver, usize::MAX, within)
        .await
        .unwrap_or_else(|e| panic!("recording {id} did not end: {e}"));
    assert!(
        matches!(end, StreamEnd::EndOfStream),
        "recording {id}: {end:?}"
    );
}

/// The width and height in the `tkhd` of the first video track of an MP4.
fn video_size(mp4: &[u8]) -> (u16, u16) {
    use mp4_atom::{Any, Decode};
    let mut cursor = std::io::Cursor::new(mp4);
    while (cursor.position() as usize) < mp4.len() {
        if let Any::Moov(moov) = Any::decode(&mut cursor).expect("every box parses") {
            let tkhd = &moov.trak[0].tkhd;
            return (tkhd.width.integer(), tkhd.height.integer());
        }
    }
    panic!("no moov")
}

#[test]
fn stall_eos_and_restart_end_recordings_with_reasons_and_the_next_one_works() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = camera(dir.path());
    let reasons = ended_reasons(&pipeline);
    let sink = pipeline.by_name("hksv").unwrap();
    let valve = pipeline.by_name("valve").unwrap();
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let (mut hap, iids) = hub(port).await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        hub::arm_recording(&mut hap, &iids, false).await.unwrap();
        sink.emit_by_name::<()>("set-motion", &[&true]);

        // 1. The source stalls (nothing reaches the element) during a recording: the server
        //    answers, and the recording ends with the stall as its reason.
        let (mut ds, mut receiver) = open(&mut hap, &iids, 1).await;
        valve.set_property("drop", true);
        answers(&mut hap, &iids, "while the source stalls").await;
        ended(&mut ds, &mut receiver, 1, Duration::from_secs(20)).await;
        let reason = nth_reason(&reasons, 1).await;
        assert!(reason.contains("no picture"), "stall reason: {reason}");
        drop(ds);

        // 2. The source comes back: the next recording works.
        valve.set_property("drop", false);
        let (mut ds, mut receiver) = open(&mut hap, &iids, 2).await;

        // 3. The source ends (EOS) during a recording: it ends with that reason, and the
        //    server still answers.
        pipeline
            .by_name("src")
            .unwrap()
            .send_event(gst::event::Eos::new());
        ended(&mut ds, &mut receiver, 2, Duration::from_secs(10)).await;
        let reason = nth_reason(&reasons, 2).await;
        assert!(reason.contains("EOS"), "EOS reason: {reason}");
        ds.send(&datasend::close_event(2, CloseReason::Normal))
            .await
            .unwrap();
        drop(ds);
        answers(&mut hap, &iids, "after EOS, in PLAYING").await;

        // 4. The streaming part restarts with other caps (as a reconnecting source does:
        //    flush, new segment, new caps). The server and the hub's connection stay; the
        //    server answers in PAUSED; the next recording has the new size.
        pipeline.set_state(gst::State::Ready).unwrap();
        answers(&mut hap, &iids, "in READY").await;
        pipeline.by_name("size").unwrap().set_property(
            "caps",
            gst::Caps::builder("video/x-raw")
                .field("width", 480)
                .field("height", 272)
                .field("framerate", gst::Fraction::new(15, 1))
                .build(),
        );
        pipeline.set_state(gst::State::Paused).unwrap();
        answers(&mut hap, &iids, "in PAUSED").await;
        pipeline.set_state(gst::State::Playing).unwrap();
        // The offer follows the new caps; the hub selects again, as hubs do on a change.
        tokio::time::sleep(Duration::from_secs(2)).await;
        hub::arm_recording(&mut hap, &iids, false).await.unwrap();
        sink.emit_by_name::<()>("set-motion", &[&true]);
        let (mut ds, receiver) = open(&mut hap, &iids, 3).await;
        assert_eq!(
            video_size(&receiver.to_mp4()),
            (480, 272),
            "recorded from the new stream"
        );
        ds.send(&datasend::close_event(3, CloseReason::Normal))
            .await
            .unwrap();
    });
    pipeline.set_state(gst::State::Null).unwrap();
}
