// SPDX-License-Identifier: MIT OR Apache-2.0
//! Snapshots (`POST /resource`, reference §1.6) from `hksvsink` in a real pipeline, asked by
//! our Rust controller over 127.0.0.1 (never advertising): refused before any video, then JPEG
//! images decoded from the latest keyframe at about the size asked for (checked by decoding
//! them with `jpegdec`), a burst that decodes once, and the HKSV gating.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use gst::prelude::*;
use hksv::client::HapClient;
use hksv::pairing::{AccessoryPairing, ControllerIdentity};
use serde_json::{Value as Json, json};

mod gst_common;
use gst_common::init;

mod common;
use common::{WAIT, accessories, find_iid, pair_setup, verified_at, write_value};

const SETUP_CODE: &str = "031-45-154";

/// A live 1280×720 camera, 1 s GOPs, feeding `hksvsink name=hksv`; `h264parse name=parse`.
fn camera(dir: &std::path::Path) -> (gst::Pipeline, gst::Element) {
    init();
    let description = format!(
        "videotestsrc is-live=true ! video/x-raw,width=1280,height=720,framerate=30/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=30 ! h264parse name=parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false \
           setup-code={SETUP_CODE} state-dir=\"{}\"",
        dir.display()
    );
    let pipeline = gst::parse::launch(&description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap();
    let sink = pipeline.by_name("hksv").unwrap();
    (pipeline, sink)
}

/// Holds back every buffer of `pipeline`'s `parse` (or `tap`) element (so the latest keyframe stays the same)
/// until [`Valve::open`]; `held()` tells when a buffer is being held.
struct Valve {
    pad: gst::Pad,
    probe: Option<gst::PadProbeId>,
    held: Arc<AtomicBool>,
}

impl Valve {
    fn close(pipeline: &gst::Pipeline) -> Valve {
        let pad = pipeline
            .by_name("parse")
            .or_else(|| pipeline.by_name("tap"))
            .unwrap()
            .static_pad("src")
            .unwrap();
        let held = Arc::new(AtomicBool::new(false));
        let flag = held.clone();
        let probe = pad.add_probe(
            gst::PadProbeType::BLOCK | gst::PadProbeType::BUFFER,
            move |_, _| {
                flag.store(true, Ordering::SeqCst);
                gst::PadProbeReturn::Ok
            },
        );
        Valve { pad, probe, held }
    }

    fn held(&self) -> bool {
        self.held.load(Ordering::SeqCst)
    }

    fn open(mut self) {
        if let Some(probe) = self.probe.take() {
            self.pad.remove_probe(probe);
        }
    }
}

fn stat(sink: &gst::Element, field: &str) -> u64 {
    let stats = sink.property::<gst::Structure>("stats");
    assert_eq!(stats.name(), "hksv-stats");
    stats.get::<u64>(field).unwrap()
}

fn wait_for(what: &str, mut cond: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + WAIT;
    while !cond() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Width and height of a JPEG image, decoded by `jpegdec`.
fn decoded_size(jpeg: &[u8]) -> (i32, i32) {
    let pipeline = gst::parse::launch(
        "appsrc name=src caps=image/jpeg,parsed=false ! jpegdec ! videoconvert \
         ! appsink name=sink sync=false",
    )
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let src = gst_common::appsrc(&pipeline, "src");
    let sink = gst_common::appsink(&pipeline, "sink");
    pipeline.set_state(gst::State::Playing).unwrap();
    src.push_buffer(gst::Buffer::from_slice(jpeg.to_vec()))
        .unwrap();
    src.end_of_stream().unwrap();
    let sample = sink
        .try_pull_sample(gst::ClockTime::from_seconds(10))
        .expect("jpegdec decodes the image");
    let s = sample.caps().unwrap().structure(0).unwrap().to_owned();
    pipeline.set_state(gst::State::Null).unwrap();
    (s.get("width").unwrap(), s.get("height").unwrap())
}

/// `POST /resource` for an image of `width`×`height`, with `reason` when given.
async fn snapshot(
    client: &mut HapClient,
    width: u32,
    height: u32,
    reason: Option<u64>,
) -> (u16, Vec<u8>) {
    let mut body = json!({"resource-type":"image","image-width":width,"image-height":height});
    if let Some(reason) = reason {
        body["reason"] = json!(reason);
    }
    let r = client
        .post(
            "/resource",
            "application/hap+json",
            body.to_string().as_bytes(),
        )
        .await
        .unwrap();
    (r.status, r.body)
}

fn hap_status(body: &[u8]) -> i64 {
    serde_json::from_slice::<Json>(body).unwrap()["status"]
        .as_i64()
        .unwrap()
}

/// The test's runtime: the controller's connections live on it across steps.
static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
});

/// Runs controller code on the test's runtime (the element uses the plugin's runtime).
fn block_on<F: std::future::Future>(fut: F) -> F::Output {
    RUNTIME.block_on(async {
        tokio::time::timeout(WAIT * 6, fut)
            .await
            .expect("test step timed out")
    })
}

async fn connect(
    addr: SocketAddr,
    identity: &ControllerIdentity,
    accessory: &AccessoryPairing,
) -> HapClient {
    verified_at(addr, identity, accessory).await
}

#[test]
fn snapshots_from_the_latest_keyframe() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path());
    let valve = Valve::close(&pipeline);
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let (identity, accessory) = block_on(pair_setup(addr, SETUP_CODE));
    let mut client = block_on(connect(addr, &identity, &accessory));

    // No picture has reached the element yet: -70402 (the source's answer, not a timeout).
    let (status, body) = block_on(snapshot(&mut client, 640, 360, None));
    assert_eq!((status, hap_status(&body)), (207, -70402));
    assert_eq!(stat(&sink, "snapshot-requests"), 1);
    assert_eq!(stat(&sink, "snapshot-decodes"), 0);

    // Video flows: the snapshot is a JPEG of the size asked for (16:9 like the stream).
    valve.open();
    let jpeg = block_on(async {
        loop {
            let (status, body) = snapshot(&mut client, 640, 360, None).await;
            if status == 200 {
                return body;
            }
            assert_eq!(
                hap_status(&body),
                -70402,
                "only 'no keyframe yet' is expected"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8], "a JPEG SOI marker");
    assert_eq!(decoded_size(&jpeg), (640, 360));
    // 0×0 is the stream's size; a box of another shape keeps the stream's aspect; a box
    // larger than the stream gives the stream's size.
    for ((w, h), expected) in [
        ((0, 0), (1280, 720)),
        ((480, 480), (480, 270)),
        ((1920, 1080), (1280, 720)),
    ] {
        let (status, jpeg) = block_on(snapshot(&mut client, w, h, Some(0)));
        assert_eq!(status, 200, "{w}x{h}");
        assert_eq!(decoded_size(&jpeg), expected, "{w}x{h}");
    }

    // A burst of 5 requests for the same picture and size, from 5 connections at once:
    // 5 images, one decode. The valve keeps the latest keyframe the same meanwhile.
    let valve = Valve::close(&pipeline);
    wait_for("the stream to be held", || valve.held());
    let decodes = stat(&sink, "snapshot-decodes");
    let hits = stat(&sink, "snapshot-cache-hits");
    let images = block_on(async {
        let mut clients = Vec::new();
        for _ in 0..5 {
            clients.push(connect(addr, &identity, &accessory).await);
        }
        let requests = clients
            .into_iter()
            .map(|mut c| tokio::spawn(async move { snapshot(&mut c, 320, 180, Some(1)).await }));
        let mut images = Vec::new();
        for request in requests.collect::<Vec<_>>() {
            images.push(request.await.unwrap());
        }
        images
    });
    assert_eq!(images.len(), 5);
    for (status, jpeg) in &images {
        assert_eq!(*status, 200);
        assert_eq!(decoded_size(jpeg), (320, 180));
        assert_eq!(jpeg, &images[0].1, "one decode, one image");
    }
    assert_eq!(stat(&sink, "snapshot-decodes"), decodes + 1);
    assert_eq!(stat(&sink, "snapshot-cache-hits"), hits + 4);
    valve.open();

    // The HKSV gating (§1.6) still decides first; refused requests never reach the source.
    block_on(async {
        let db = accessories(&mut client).await;
        let event_snapshots = find_iid(&db, "21A", "223");
        let periodic_snapshots = find_iid(&db, "21A", "225");
        let requests = stat(&sink, "snapshot-requests");
        for (iid, reason) in [(event_snapshots, 1), (periodic_snapshots, 0)] {
            assert_eq!(write_value(&mut client, iid, json!(0)).await.status, 204);
            let (status, body) = snapshot(&mut client, 640, 360, Some(reason)).await;
            assert_eq!(
                (status, hap_status(&body)),
                (207, -70412),
                "reason {reason}"
            );
            let (status, body) = snapshot(&mut client, 640, 360, None).await;
            assert_eq!((status, hap_status(&body)), (207, -70401), "no reason");
            assert_eq!(write_value(&mut client, iid, json!(1)).await.status, 204);
        }
        assert_eq!(stat(&sink, "snapshot-requests"), requests);
        let (status, _) = snapshot(&mut client, 640, 360, None).await;
        assert_eq!(status, 200, "allowed again");
    });
    pipeline.set_state(gst::State::Null).unwrap();
}

/// `data` (Annex B) without its SPS and PPS NAL units.
fn without_parameter_sets(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for nal in hksv::h264::split_annex_b(data) {
        if !matches!(nal.first().map(|b| b & 0x1f), Some(7 | 8)) {
            out.extend_from_slice(&[0, 0, 0, 1]);
            out.extend_from_slice(nal);
        }
    }
    out
}

/// A `byte-stream` input whose later keyframes carry no SPS/PPS (a probe takes them out of
/// every keyframe after the first, as some cameras send them): the snapshot of such a
/// keyframe decodes, with the parameter sets the element kept put in front.
#[test]
fn byte_stream_keyframe_without_parameter_sets() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let pipeline = gst::parse::launch(&format!(
        "videotestsrc is-live=true ! video/x-raw,width=320,height=240,framerate=30/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=10 ! h264parse \
         ! video/x-h264,stream-format=byte-stream,alignment=au ! identity name=tap \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false \
           setup-code={SETUP_CODE} state-dir=\"{}\"",
        dir.path().display()
    ))
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let sink = pipeline.by_name("hksv").unwrap();
    // Takes the SPS and PPS out of every keyframe after the first; counts those keyframes.
    let bare = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counter = bare.clone();
    let first = Arc::new(AtomicBool::new(true));
    pipeline
        .by_name("tap")
        .unwrap()
        .static_pad("src")
        .unwrap()
        .add_probe(gst::PadProbeType::BUFFER, move |_, info| {
            if let Some(gst::PadProbeData::Buffer(buffer)) = info.data.as_mut()
                && !buffer.flags().contains(gst::BufferFlags::DELTA_UNIT)
                && !first.swap(false, Ordering::SeqCst)
            {
                let stripped = without_parameter_sets(&buffer.map_readable().unwrap());
                let mut bare_buffer = gst::Buffer::from_mut_slice(stripped);
                buffer
                    .copy_into(
                        bare_buffer.make_mut(),
                        gst::BufferCopyFlags::FLAGS | gst::BufferCopyFlags::TIMESTAMPS,
                        ..,
                    )
                    .unwrap();
                *buffer = bare_buffer;
                counter.fetch_add(1, Ordering::SeqCst);
            }
            gst::PadProbeReturn::Ok
        });
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let (identity, accessory) = block_on(pair_setup(addr, SETUP_CODE));
    let mut client = block_on(connect(addr, &identity, &accessory));
    // Once a second bare keyframe passed the tap, the first one has reached the sink; the
    // valve then holds the stream, so the latest keyframe the sink took is a bare one.
    wait_for("keyframes without SPS", || bare.load(Ordering::SeqCst) > 1);
    let valve = Valve::close(&pipeline);
    wait_for("the stream to be held", || valve.held());
    let (status, jpeg) = block_on(snapshot(&mut client, 160, 120, None));
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&jpeg));
    assert_eq!(decoded_size(&jpeg), (160, 120));
    valve.open();
    pipeline.set_state(gst::State::Null).unwrap();
}
