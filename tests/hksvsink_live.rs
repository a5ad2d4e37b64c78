// SPDX-License-Identifier: MIT OR Apache-2.0
//! Live view from `hksvsink` in a real pipeline (reference §10), with our Rust controller over
//! 127.0.0.1 (never advertising) and GStreamer's libsrtp elements as the independent check:
//! the controller pairs, sets up endpoints with its own keys, reads our answer, starts a
//! stream, and a `udpsrc ! srtpdec ! rtph264depay ! avdec_h264` receiver decodes it with the
//! key of our answer; the controller's receiver reports are protected by `srtpenc` with its
//! own key. Then reconfigure, stop, a second controller that can neither read the first's keys
//! nor stop its stream, controller silence, StreamingStatus events, and two elements in one
//! process.

use std::net::{Ipv4Addr, SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gst::prelude::*;
use hksv::client::live::{self, LiveIids};
use hksv::client::{HapClient, new_controller_identity};
use hksv::live::StreamingStatus;
use hksv::live::rtcp::{ReceiverReport, ReportBlock};
use hksv::live::selected_stream::Command;
use hksv::live::setup_endpoints::{
    Endpoint, SetupRequest, SetupResponse, SetupStatus, SrtpParameters, SrtpSuite,
};
use hksv::pairing::{AccessoryPairing, ControllerIdentity, ControllerPairing, PairingsRequest};

mod gst_common;
use gst_common::{appsink, appsrc, init};

const SETUP_CODE: &str = "031-45-154";
/// Generous bound for things that take a fraction of a second; only detects hangs.
const PATIENCE: Duration = Duration::from_secs(15);

/// A live 320×240@30 camera with 1 s GOPs feeding `hksvsink name=<name>`.
fn camera(dir: &std::path::Path, name: &str, extra: &str) -> gst::Pipeline {
    init();
    let description = format!(
        "videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=30/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=30 bframes=0 ! h264parse \
         ! hksvsink name={name} bind-address=127.0.0.1 port=0 advertise=false setup-code={SETUP_CODE} \
           state-dir=\"{}\" {extra}",
        dir.display()
    );
    gst::parse::launch(&description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap()
}

/// The `hksv-live` element messages of a pipeline.
fn live_messages(pipeline: &gst::Pipeline) -> Arc<Mutex<Vec<gst::Structure>>> {
    let messages = Arc::new(Mutex::new(Vec::new()));
    let sink = messages.clone();
    pipeline.bus().unwrap().set_sync_handler(move |_, msg| {
        if let Some(s) = msg.structure().filter(|s| s.name() == "hksv-live") {
            sink.lock().unwrap().push(s.to_owned());
        }
        if let gst::MessageView::Error(err) = msg.view() {
            eprintln!("pipeline error: {} ({:?})", err.error(), err.debug());
        }
        gst::BusSyncReply::Drop
    });
    messages
}

fn port_of(pipeline: &gst::Pipeline, name: &str) -> u16 {
    u16::try_from(pipeline.by_name(name).unwrap().property::<u32>("port")).unwrap()
}

fn random<const N: usize>() -> [u8; N] {
    hksv::crypto::random_array::<N>().unwrap()
}

fn key_and_salt(params: &SrtpParameters) -> Vec<u8> {
    [params.key.as_slice(), params.salt.as_slice()].concat()
}

/// The controller side: a paired, verified HAP connection.
struct Controller {
    hap: HapClient,
    iids: LiveIids,
    identity: ControllerIdentity,
}

async fn first_controller(port: u16) -> (Controller, AccessoryPairing) {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let identity = new_controller_identity().unwrap();
    let mut setup = HapClient::connect(addr).await.unwrap();
    let accessory = setup.pair_setup(SETUP_CODE, &identity).await.unwrap();
    (verified(port, identity, &accessory).await, accessory)
}

async fn verified(
    port: u16,
    identity: ControllerIdentity,
    accessory: &AccessoryPairing,
) -> Controller {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let mut hap = HapClient::connect(addr).await.unwrap();
    hap.pair_verify(&identity, accessory).await.unwrap();
    let accessories = hap.get("/accessories").await.unwrap().json();
    let iids = LiveIids::find(&accessories).unwrap();
    Controller {
        hap,
        iids,
        identity,
    }
}

/// A second controller, added by the admin (`/pairings` add, reference §6).
async fn second_controller(
    admin: &mut Controller,
    port: u16,
    accessory: &AccessoryPairing,
) -> Controller {
    let identity = new_controller_identity().unwrap();
    let pairing = ControllerPairing {
        id: identity.id.clone(),
        ltpk: identity.signing_key.verifying_key().to_bytes(),
        admin: false,
    };
    let r = admin
        .hap
        .post(
            "/pairings",
            "application/pairing+tlv8",
            &hksv::pairing::pairings_request(&PairingsRequest::Add(pairing)),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    verified(port, identity, accessory).await
}

/// Waits until StreamingStatus reads `want` (video has arrived).
async fn wait_status(c: &mut Controller, want: StreamingStatus) {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let status = live::streaming_status(&mut c.hap, &c.iids).await.unwrap();
        if status == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "StreamingStatus stays {status:?}, expected {want:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A GStreamer SRTP receiver on a loopback port: counts the UDP packets that arrive and the
/// pictures `avdec_h264` decodes.
struct Receiver {
    pipeline: gst::Pipeline,
    port: u16,
    packets: Arc<AtomicUsize>,
    frames: Arc<AtomicUsize>,
    /// Our sender reports, decrypted by srtpdec (RTCP shares the RTP port, §10.4).
    reports: Arc<AtomicUsize>,
    /// The accessory's key and salt for srtpdec, once read from the SetupEndpoints answer.
    key: Arc<Mutex<Option<Vec<u8>>>>,
}

fn receiver() -> Receiver {
    init();
    let pipeline = gst::parse::launch(
        "udpsrc name=src address=127.0.0.1 port=0 \
           caps=\"application/x-srtp,media=video,clock-rate=90000,encoding-name=H264,payload=99\" \
         ! srtpdec name=dec ! rtph264depay ! h264parse ! avdec_h264 ! appsink name=out sync=false async=false \
         dec.rtcp_src ! appsink name=rtcp sync=false async=false",
    )
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let key = gst_common::srtp_key_slot(&pipeline, "dec");
    let packets = Arc::new(AtomicUsize::new(0));
    let counter = packets.clone();
    pipeline
        .by_name("src")
        .unwrap()
        .static_pad("src")
        .unwrap()
        .add_probe(gst::PadProbeType::BUFFER, move |_, _| {
            counter.fetch_add(1, Ordering::Relaxed);
            gst::PadProbeReturn::Ok
        });
    let frames = Arc::new(AtomicUsize::new(0));
    let counter = frames.clone();
    appsink(&pipeline, "out").set_callbacks(
        gst_app::AppSinkCallbacks::builder()
            .new_sample(move |sink| {
                sink.pull_sample().map_err(|_| gst::FlowError::Flushing)?;
                counter.fetch_add(1, Ordering::Relaxed);
                Ok(gst::FlowSuccess::Ok)
            })
            .build(),
    );
    let reports = Arc::new(AtomicUsize::new(0));
    let counter = reports.clone();
    appsink(&pipeline, "rtcp").set_callbacks(
        gst_app::AppSinkCallbacks::builder()
            .new_sample(move |sink| {
                let sample = sink.pull_sample().map_err(|_| gst::FlowError::Flushing)?;
                let map = sample.buffer().unwrap().map_readable().unwrap();
                // A sender report (packet type 200) from us.
                if map.get(1) == Some(&200) {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
                Ok(gst::FlowSuccess::Ok)
            })
            .build(),
    );
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(pipeline.by_name("src").unwrap().property::<i32>("port")).unwrap();
    assert_ne!(port, 0);
    Receiver {
        pipeline,
        port,
        packets,
        frames,
        reports,
        key,
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.pipeline.set_state(gst::State::Null);
    }
}

/// Sends SRTCP receiver reports to the accessory's video port every 0.5 s, protected by
/// `srtpenc` with the controller's own key (reference §10.4: what the controller sends uses
/// the keys of its request).
struct ReportSender {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<usize>>,
}

fn report_sender(
    controller_key: Vec<u8>,
    controller_ssrc: u32,
    our_ssrc: u32,
    to: SocketAddr,
) -> ReportSender {
    let pipeline = gst::parse::launch(
        "appsrc name=rr caps=application/x-rtcp format=time ! enc.rtcp_sink_0 \
         srtpenc name=enc enc.rtcp_src_0 ! appsink name=wire sync=false",
    )
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    pipeline
        .by_name("enc")
        .unwrap()
        .set_property("key", gst::Buffer::from_slice(controller_key));
    pipeline.set_state(gst::State::Playing).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let flag = stop.clone();
    let thread = std::thread::spawn(move || {
        let socket = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let src = appsrc(&pipeline, "rr");
        let wire = appsink(&pipeline, "wire");
        let mut sent = 0;
        while !flag.load(Ordering::Relaxed) {
            let rr = ReceiverReport {
                ssrc: controller_ssrc,
                blocks: vec![ReportBlock {
                    ssrc: our_ssrc,
                    fraction_lost: 0,
                    cumulative_lost: 0,
                    highest_seq: 0,
                    jitter: 0,
                }],
            };
            src.push_buffer(gst::Buffer::from_slice(rr.to_bytes()))
                .unwrap();
            let sample = wire
                .try_pull_sample(gst::ClockTime::from_seconds(5))
                .expect("srtpenc protects the report");
            let map = sample.buffer().unwrap().map_readable().unwrap();
            socket.send_to(&map, to).unwrap();
            sent += 1;
            std::thread::sleep(Duration::from_millis(500));
        }
        pipeline.set_state(gst::State::Null).unwrap();
        sent
    });
    ReportSender {
        stop,
        thread: Some(thread),
    }
}

impl ReportSender {
    fn finish(mut self) -> usize {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap()
    }
}

impl Drop for ReportSender {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// The controller's SetupEndpoints request: its loopback ports, fresh AES-CM keys.
fn setup_request(video_port: u16, audio_port: u16) -> SetupRequest {
    let srtp = || SrtpParameters {
        suite: SrtpSuite::AesCm128HmacSha1_80,
        key: random::<16>().to_vec(),
        salt: random::<14>().to_vec(),
    };
    SetupRequest {
        session_id: random::<16>(),
        controller: Endpoint {
            ip: Ipv4Addr::LOCALHOST.into(),
            video_port,
            audio_port,
        },
        video_srtp: srtp(),
        audio_srtp: srtp(),
    }
}

/// Waits until `counter` reaches `n`.
async fn wait_count(counter: &AtomicUsize, n: usize, what: &str) {
    let deadline = Instant::now() + PATIENCE;
    while counter.load(Ordering::Relaxed) < n {
        assert!(
            Instant::now() < deadline,
            "{what}: only {} of {n}",
            counter.load(Ordering::Relaxed)
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Waits for an `hksv-live` message with `action`.
async fn wait_message(
    messages: &Mutex<Vec<gst::Structure>>,
    action: &str,
    timeout: Duration,
) -> gst::Structure {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(s) = messages
            .lock()
            .unwrap()
            .iter()
            .find(|s| s.get::<String>("action").ok().as_deref() == Some(action))
        {
            return s.clone();
        }
        assert!(Instant::now() < deadline, "no hksv-live {action} message");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// A started session as the test sees it.
struct Watching {
    request: SetupRequest,
    answer: SetupResponse,
    receiver: Receiver,
    _audio: UdpSocket,
}

/// Sets up endpoints and starts a stream; the receiver gets the accessory's video key.
async fn watch(c: &mut Controller) -> Watching {
    let receiver = receiver();
    let audio = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let request = setup_request(receiver.port, audio.local_addr().unwrap().port());
    let answer = live::setup_endpoints(&mut c.hap, &c.iids, &request)
        .await
        .unwrap();
    assert_eq!(answer.session_id, request.session_id);
    assert_eq!(answer.status, SetupStatus::Success);
    let ours = answer.accessory.unwrap();
    assert!(ours.ip.is_ipv4(), "the answer has the request's IP version");
    assert_eq!(ours.ip, std::net::IpAddr::from(Ipv4Addr::LOCALHOST));
    assert_ne!(ours.video_port, ours.audio_port);
    let video_srtp = answer.video_srtp.clone().unwrap();
    assert_ne!(
        video_srtp.key, request.video_srtp.key,
        "our own key, not the controller's"
    );
    *receiver.key.lock().unwrap() = Some(key_and_salt(&video_srtp));
    let start = live::start(request.session_id, (320, 240, 30), 0x1111, 0x2222);
    assert_eq!(live::select(&mut c.hap, &c.iids, &start).await.unwrap(), 0);
    Watching {
        request,
        answer,
        receiver,
        _audio: audio,
    }
}

fn video_port(w: &Watching) -> SocketAddr {
    SocketAddr::from((Ipv4Addr::LOCALHOST, w.answer.accessory.unwrap().video_port))
}

#[test]
fn live_view_decodes_reconfigures_stops_and_keeps_controllers_apart() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = camera(dir.path(), "hksv", "");
    let messages = live_messages(&pipeline);
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = port_of(&pipeline, "hksv");
    rt().block_on(async {
        let (mut first, accessory) = first_controller(port).await;
        wait_status(&mut first, StreamingStatus::Available).await;
        let w = watch(&mut first).await;
        let reports = report_sender(
            key_and_salt(&w.request.video_srtp),
            0x1111,
            w.answer.video_ssrc,
            video_port(&w),
        );
        wait_count(&w.receiver.frames, 30, "decoded pictures").await;
        wait_count(&w.receiver.reports, 1, "sender reports").await;
        let started = wait_message(&messages, "started", PATIENCE).await;
        assert_eq!(
            started.get::<String>("controller").unwrap(),
            first.identity.id
        );

        // A second controller reads the idle values, never the first's answer, and cannot
        // stop the first's stream (-70410, HAP-NodeJS's answer to a wrong session id).
        let mut second = second_controller(&mut first, port, &accessory).await;
        let seen = hksv::client::hub::read_tlv(
            &mut second.hap,
            second.iids.aid,
            second.iids.setup_endpoints,
        )
        .await
        .unwrap();
        assert_eq!(seen, [0x02, 1, 2], "idle SetupEndpoints (§10.4)");
        let selected =
            hksv::client::hub::read_tlv(&mut second.hap, second.iids.aid, second.iids.selected)
                .await
                .unwrap();
        assert_eq!(selected, [0x01, 3, 0x02, 1, 2], "idle selection (§10.5)");
        let stop = live::command(w.request.session_id, Command::End);
        assert_eq!(
            live::select(&mut second.hap, &second.iids, &stop)
                .await
                .unwrap(),
            -70410
        );
        let before = w.receiver.frames.load(Ordering::Relaxed);
        wait_count(
            &w.receiver.frames,
            before + 15,
            "pictures after the refused stop",
        )
        .await;
        // The first reads its own answer back.
        let own =
            hksv::client::hub::read_tlv(&mut first.hap, first.iids.aid, first.iids.setup_endpoints)
                .await
                .unwrap();
        assert_eq!(own, w.answer.to_bytes());

        // Reconfigure: accepted, the stream keeps flowing.
        let reconfigure = live::reconfigure(w.request.session_id, (640, 360, 15), 500);
        assert_eq!(
            live::select(&mut first.hap, &first.iids, &reconfigure)
                .await
                .unwrap(),
            0
        );
        let before = w.receiver.frames.load(Ordering::Relaxed);
        wait_count(
            &w.receiver.frames,
            before + 15,
            "pictures after reconfigure",
        )
        .await;

        // Suspend: nothing is sent; resume: pictures again, from a keyframe.
        let suspend = live::command(w.request.session_id, Command::Suspend);
        assert_eq!(
            live::select(&mut first.hap, &first.iids, &suspend)
                .await
                .unwrap(),
            0
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
        let suspended = w.receiver.packets.load(Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(700)).await;
        assert_eq!(
            w.receiver.packets.load(Ordering::Relaxed),
            suspended,
            "nothing while suspended"
        );
        let resume = live::command(w.request.session_id, Command::Resume);
        assert_eq!(
            live::select(&mut first.hap, &first.iids, &resume)
                .await
                .unwrap(),
            0
        );
        let before = w.receiver.frames.load(Ordering::Relaxed);
        wait_count(&w.receiver.frames, before + 15, "pictures after resume").await;

        // Stop: the packets stop.
        assert_eq!(
            live::select(&mut first.hap, &first.iids, &stop)
                .await
                .unwrap(),
            0
        );
        let ended = wait_message(&messages, "ended", PATIENCE).await;
        assert_eq!(
            ended.get::<String>("reason").unwrap(),
            "stopped by the controller"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after_stop = w.receiver.packets.load(Ordering::Relaxed);
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(
            w.receiver.packets.load(Ordering::Relaxed),
            after_stop,
            "nothing after the stop"
        );
        // The session is gone: a start for it is refused.
        let start = live::start(w.request.session_id, (320, 240, 30), 1, 2);
        assert_eq!(
            live::select(&mut first.hap, &first.iids, &start)
                .await
                .unwrap(),
            -70410
        );
        assert!(reports.finish() >= 2);
    });
    pipeline.set_state(gst::State::Null).unwrap();
}

#[test]
fn a_silent_controller_loses_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = camera(dir.path(), "hksv", "");
    let messages = live_messages(&pipeline);
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = port_of(&pipeline, "hksv");
    rt().block_on(async {
        let (mut c, _) = first_controller(port).await;
        wait_status(&mut c, StreamingStatus::Available).await;
        // No receiver reports at all.
        let w = watch(&mut c).await;
        wait_count(&w.receiver.frames, 10, "decoded pictures").await;
        let ended = wait_message(&messages, "ended", hksv::live::SILENCE_TIMEOUT + PATIENCE).await;
        assert_eq!(
            ended.get::<String>("reason").unwrap(),
            "nothing from the controller for 10 s"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after = w.receiver.packets.load(Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(700)).await;
        assert_eq!(w.receiver.packets.load(Ordering::Relaxed), after);
    });
    pipeline.set_state(gst::State::Null).unwrap();
}

#[test]
fn two_sinks_stream_at_once_and_streaming_status_follows() {
    let dir_a = tempfile::tempdir().unwrap();
    let dir_b = tempfile::tempdir().unwrap();
    // One session at most on the first camera: StreamingStatus goes to "in use" and back.
    let a = camera(dir_a.path(), "a", "max-live-streams=1");
    let b = camera(dir_b.path(), "b", "");
    let messages_a = live_messages(&a);
    a.set_state(gst::State::Playing).unwrap();
    b.set_state(gst::State::Playing).unwrap();
    let (port_a, port_b) = (port_of(&a, "a"), port_of(&b, "b"));
    rt().block_on(async {
        let (mut ca, _) = first_controller(port_a).await;
        let (mut cb, _) = first_controller(port_b).await;
        wait_status(&mut ca, StreamingStatus::Available).await;
        wait_status(&mut cb, StreamingStatus::Available).await;
        let r = ca
            .hap
            .put_json(
                "/characteristics",
                &serde_json::json!({"characteristics":[{"aid":ca.iids.aid,"iid":ca.iids.streaming_status,"ev":true}]}),
            )
            .await
            .unwrap();
        assert_eq!(r.status, 204);
        let wa = watch(&mut ca).await;
        let wb = watch(&mut cb).await;
        let reports_a = report_sender(key_and_salt(&wa.request.video_srtp), 0x1111, wa.answer.video_ssrc, video_port(&wa));
        let reports_b = report_sender(key_and_salt(&wb.request.video_srtp), 0x1111, wb.answer.video_ssrc, video_port(&wb));
        wait_count(&wa.receiver.frames, 30, "camera a pictures").await;
        wait_count(&wb.receiver.frames, 30, "camera b pictures").await;
        // Nothing in common between the two sessions.
        let (ea, eb) = (wa.answer.accessory.unwrap(), wb.answer.accessory.unwrap());
        let ports = [ea.video_port, ea.audio_port, eb.video_port, eb.audio_port];
        assert!(ports.iter().enumerate().all(|(i, p)| !ports[..i].contains(p)), "{ports:?}");
        let ssrcs = [wa.answer.video_ssrc, wa.answer.audio_ssrc, wb.answer.video_ssrc, wb.answer.audio_ssrc];
        assert!(ssrcs.iter().enumerate().all(|(i, s)| !ssrcs[..i].contains(s)), "{ssrcs:?}");
        assert_ne!(wa.answer.video_srtp, wb.answer.video_srtp);

        // Camera a is at its limit: in use, a second setup is answered busy.
        let status = |event: &serde_json::Value| {
            use base64::Engine as _;
            let value = event["characteristics"][0]["value"].as_str()?;
            StreamingStatus::parse(&base64::engine::general_purpose::STANDARD.decode(value).ok()?)
        };
        let event = tokio::time::timeout(PATIENCE, ca.hap.next_event()).await.unwrap().unwrap();
        assert_eq!(status(&event), Some(StreamingStatus::InUse), "{event}");
        let extra = setup_request(9, 11);
        let busy = live::setup_endpoints(&mut ca.hap, &ca.iids, &extra).await.unwrap();
        assert_eq!(busy.status, SetupStatus::Busy);
        let stop = live::command(wa.request.session_id, Command::End);
        assert_eq!(live::select(&mut ca.hap, &ca.iids, &stop).await.unwrap(), 0);
        let event = tokio::time::timeout(PATIENCE, ca.hap.next_event()).await.unwrap().unwrap();
        assert_eq!(status(&event), Some(StreamingStatus::Available), "{event}");
        wait_message(&messages_a, "ended", PATIENCE).await;

        // Camera b streams on.
        let before = wb.receiver.frames.load(Ordering::Relaxed);
        wait_count(&wb.receiver.frames, before + 15, "camera b pictures after a's stop").await;
        assert!(reports_a.finish() >= 1);
        assert!(reports_b.finish() >= 1);
    });
    a.set_state(gst::State::Null).unwrap();
    b.set_state(gst::State::Null).unwrap();
}

#[test]
fn switching_the_camera_off_or_closing_the_connection_ends_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let pipeline = camera(dir.path(), "hksv", "");
    let messages = live_messages(&pipeline);
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = port_of(&pipeline, "hksv");
    rt().block_on(async {
        let (mut c, accessory) = first_controller(port).await;
        wait_status(&mut c, StreamingStatus::Available).await;
        let w = watch(&mut c).await;
        wait_count(&w.receiver.frames, 10, "decoded pictures").await;
        let set_camera = |on: i32| {
            serde_json::json!({"characteristics":[{"aid":c.iids.aid,"iid":c.iids.camera_active,"value":on}]})
        };
        let off = set_camera(0);
        assert_eq!(c.hap.put_json("/characteristics", &off).await.unwrap().status, 204);
        let ended = wait_message(&messages, "ended", PATIENCE).await;
        assert_eq!(ended.get::<String>("reason").unwrap(), "the camera was switched off");
        assert_eq!(
            live::streaming_status(&mut c.hap, &c.iids).await.unwrap(),
            StreamingStatus::Unavailable
        );
        // Refused while off (HAP-NodeJS gating, §9.3).
        let request = setup_request(9, 11);
        let refused = live::write_tlv(&mut c.hap, c.iids.aid, c.iids.setup_endpoints, &request.to_bytes())
            .await
            .unwrap();
        assert_eq!(refused, -70412);
        let on = set_camera(1);
        assert_eq!(c.hap.put_json("/characteristics", &on).await.unwrap().status, 204);
        wait_status(&mut c, StreamingStatus::Available).await;
        messages.lock().unwrap().clear();

        // A second session, whose controller's HAP connection then closes.
        let identity = c.identity;
        let mut c = verified(port, identity, &accessory).await;
        let w2 = watch(&mut c).await;
        wait_count(&w2.receiver.frames, 10, "decoded pictures").await;
        drop(c);
        let ended = wait_message(&messages, "ended", PATIENCE).await;
        assert_eq!(ended.get::<String>("reason").unwrap(), "the controller's HAP connection closed");
        drop(w);
    });
    pipeline.set_state(gst::State::Null).unwrap();
}
