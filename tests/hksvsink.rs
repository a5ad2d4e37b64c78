// SPDX-License-Identifier: MIT OR Apache-2.0
//! `hksvsink` in real pipelines (`videotestsrc ! x264enc ! h264parse ! hksvsink` on 127.0.0.1,
//! never advertising), checked from outside: properties, the setup message, refusals, restart.

use std::future::Future;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gst::prelude::*;
use gsthksv::hapmotiondetect::event::MotionEvent;
use hksv::client::HapClient;
use serde_json::{Value as Json, json};

mod gst_common;
use gst_common::init;

mod common;
mod skip;
use common::{WAIT, accessories, find_iid, pair_setup, subscribe, verified_at, write_value};
use skip::skip;

const SETUP_CODE: &str = "031-45-154";

/// A small live H.264 camera feeding `hksvsink name=hksv` on 127.0.0.1, not advertising,
/// with its state in `state_dir` and the extra `NAME=VALUE` properties given.
fn camera(state_dir: &std::path::Path, extra: &str) -> (gst::Pipeline, gst::Element) {
    init();
    let description = format!(
        "videotestsrc name=src is-live=true ! video/x-raw,width=160,height=120,framerate=10/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=10 ! h264parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false \
           state-dir=\"{}\" {extra}",
        state_dir.display()
    );
    let pipeline = gst::parse::launch(&description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap();
    let sink = pipeline.by_name("hksv").unwrap();
    (pipeline, sink)
}

/// Sets PLAYING; on failure returns the message of the error the element posted.
fn play(pipeline: &gst::Pipeline) -> Result<(), String> {
    match pipeline.set_state(gst::State::Playing) {
        Ok(_) => Ok(()),
        Err(_) => {
            let bus = pipeline.bus().unwrap();
            let msg =
                bus.timed_pop_filtered(gst::ClockTime::from_seconds(5), &[gst::MessageType::Error]);
            let text = match msg.as_ref().map(|m| m.view()) {
                // The message itself (what gst-launch shows first) must say why.
                Some(gst::MessageView::Error(err)) => err.error().to_string(),
                _ => "state change failed without an error message".into(),
            };
            pipeline.set_state(gst::State::Null).unwrap();
            Err(text)
        }
    }
}

fn stop(pipeline: &gst::Pipeline) {
    pipeline.set_state(gst::State::Null).unwrap();
}

fn string_prop(element: &gst::Element, name: &str) -> String {
    element.property::<Option<String>>(name).unwrap_or_default()
}

fn is_device_id(id: &str) -> bool {
    let parts: Vec<&str> = id.split(':').collect();
    parts.len() == 6
        && parts.iter().all(|p| {
            p.len() == 2
                && p.chars()
                    .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
        })
}

#[test]
fn properties_and_setup_message() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), &format!("setup-code={SETUP_CODE}"));
    assert_eq!(sink.property::<u32>("port"), 0, "unset before start");
    assert_eq!(sink.property::<Option<String>>("device-id"), None);
    play(&pipeline).unwrap();

    let port = sink.property::<u32>("port");
    assert_ne!(port, 0, "port 0 reads back the chosen port");
    let port = u16::try_from(port).unwrap();
    std::net::TcpStream::connect(("127.0.0.1", port)).expect("the HAP server listens");
    let device_id = string_prop(&sink, "device-id");
    assert!(is_device_id(&device_id), "device-id {device_id:?}");
    let uri = string_prop(&sink, "setup-uri");
    assert!(
        uri.starts_with("X-HM://") && uri.len() == 20,
        "setup-uri {uri:?}"
    );
    assert_eq!(string_prop(&sink, "setup-code"), SETUP_CODE);
    assert!(!sink.property::<bool>("paired"));

    // The `hksv-setup` element message carries the same code and URI.
    let bus = pipeline.bus().unwrap();
    let mut found = None;
    while let Some(msg) = bus.timed_pop_filtered(
        gst::ClockTime::from_seconds(5),
        &[gst::MessageType::Element],
    ) {
        if let Some(s) = msg.structure().filter(|s| s.name() == "hksv-setup") {
            found = Some((
                s.get::<String>("setup-code").unwrap(),
                s.get::<String>("setup-uri").unwrap(),
            ));
            break;
        }
    }
    assert_eq!(found, Some((SETUP_CODE.to_owned(), uri)));
    stop(&pipeline);
    assert_eq!(
        sink.property::<Option<String>>("device-id"),
        None,
        "cleared when stopped"
    );
}

#[test]
fn generated_setup_code_is_kept_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), "");
    play(&pipeline).unwrap();
    let (code, id, uri) = (
        string_prop(&sink, "setup-code"),
        string_prop(&sink, "device-id"),
        string_prop(&sink, "setup-uri"),
    );
    assert!(
        code.len() == 10 && code.as_bytes()[3] == b'-' && code.as_bytes()[6] == b'-',
        "generated setup code {code:?}"
    );
    stop(&pipeline);

    play(&pipeline).unwrap();
    assert_eq!(string_prop(&sink, "setup-code"), code);
    assert_eq!(string_prop(&sink, "device-id"), id);
    assert_eq!(string_prop(&sink, "setup-uri"), uri);
    stop(&pipeline);
}

#[test]
fn corrupt_state_file_fails_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(hksv::state::STATE_FILE_NAME);
    std::fs::write(&file, b"{ this is not a state file").unwrap();
    let (pipeline, _sink) = camera(dir.path(), "");
    let err = play(&pipeline).unwrap_err();
    assert!(
        err.contains(&file.display().to_string()) || err.contains(hksv::state::STATE_FILE_NAME),
        "{err}"
    );
    // Identity is never silently regenerated: the file is left as it was.
    assert_eq!(std::fs::read(&file).unwrap(), b"{ this is not a state file");
}

#[test]
fn trivial_setup_code_is_refused() {
    for code in ["111-11-111", "123-45-678", "876-54-321"] {
        let dir = tempfile::tempdir().unwrap();
        let (pipeline, _sink) = camera(dir.path(), &format!("setup-code={code}"));
        let err = play(&pipeline).unwrap_err();
        assert!(
            err.to_lowercase().contains("setup code") || err.contains("setup-code"),
            "{code}: {err}"
        );
    }
}

#[test]
fn port_in_use_fails_with_the_port() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, _sink) = camera(dir.path(), &format!("port={port}"));
    let err = play(&pipeline).unwrap_err();
    assert!(err.contains(&port.to_string()), "{err}");
}

#[test]
fn bad_bind_address_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), "");
    sink.set_property("bind-address", "1.2.3");
    let err = play(&pipeline).unwrap_err();
    assert!(err.contains("bind-address '1.2.3'"), "{err}");
}

#[test]
fn bad_caps_are_refused() {
    init();
    // Raw video cannot even be linked to the video pad.
    let err = gst::parse::launch("videotestsrc ! hksvsink advertise=false").unwrap_err();
    assert!(err.to_string().contains("link"), "{err}");

    let sink = gst::ElementFactory::make("hksvsink").build().unwrap();
    let pad = sink.static_pad("video").unwrap();
    let accepts = |caps: &str| pad.query_accept_caps(&caps.parse::<gst::Caps>().unwrap());
    assert!(accepts("video/x-h264,stream-format=avc,alignment=au"));
    assert!(accepts(
        "video/x-h264,stream-format=byte-stream,alignment=au"
    ));
    assert!(!accepts(
        "video/x-h264,stream-format=byte-stream,alignment=nal"
    ));
    assert!(!accepts("video/x-h265,stream-format=hvc1,alignment=au"));

    // NAL-aligned H.264 pushed at run time fails negotiation with a clear error.
    let dir = tempfile::tempdir().unwrap();
    let pipeline = gst::parse::launch(&format!(
        "appsrc name=src format=time caps=video/x-h264,stream-format=byte-stream,alignment=nal \
         ! hksvsink bind-address=127.0.0.1 advertise=false state-dir=\"{}\"",
        dir.path().display()
    ))
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let src = gst_common::appsrc(&pipeline, "src");
    pipeline.set_state(gst::State::Playing).unwrap();
    let _ = src.push_buffer(gst::Buffer::from_slice([0u8, 0, 0, 1, 0x09, 0xf0]));
    let msg = pipeline
        .bus()
        .unwrap()
        .timed_pop_filtered(gst::ClockTime::from_seconds(10), &[gst::MessageType::Error])
        .expect("an error message");
    let gst::MessageView::Error(err) = msg.view() else {
        unreachable!()
    };
    // Refused by the pad's accept-caps check before any data flows: the standard
    // not-negotiated flow error, posted by the source.
    assert!(
        err.error().matches(gst::StreamError::Failed)
            && format!("{:?}", err.debug()).contains("not-negotiated"),
        "{} {:?}",
        err.error(),
        err.debug()
    );
    pipeline.set_state(gst::State::Null).unwrap();
}

// ---- Driven by the core's HAP controller (`hksv::client`) ----

/// Runs client code on a runtime of the test's own (the element uses the plugin's runtime).
fn block_on<F: Future>(fut: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(async {
            tokio::time::timeout(WAIT * 3, fut)
                .await
                .expect("test step timed out")
        })
}

fn addr(sink: &gst::Element) -> SocketAddr {
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    SocketAddr::from((Ipv4Addr::LOCALHOST, port))
}

async fn next_value(client: &mut HapClient, iid: u64) -> Json {
    let event = tokio::time::timeout(WAIT, client.next_event())
        .await
        .expect("event within 10 s")
        .unwrap();
    let entry = &event["characteristics"][0];
    assert_eq!(
        (entry["aid"].as_u64(), entry["iid"].as_u64()),
        (Some(1), Some(iid)),
        "{event}"
    );
    entry["value"].clone()
}

/// The value of characteristic `iid` of accessory 1, read now.
async fn read_value(client: &mut HapClient, iid: u64) -> Json {
    let r = client
        .get(&format!("/characteristics?id=1.{iid}"))
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    r.json()["characteristics"][0]["value"].clone()
}

/// Records every `notify::paired` value.
fn paired_notifications(sink: &gst::Element) -> Arc<Mutex<Vec<bool>>> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    sink.connect_notify(Some("paired"), move |sink, _| {
        log.lock().unwrap().push(sink.property::<bool>("paired"));
    });
    seen
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

#[test]
fn pair_read_write_and_motion_event() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(
        dir.path(),
        &format!("setup-code={SETUP_CODE} accessory-name=\"Garden Cam\""),
    );
    let notified = paired_notifications(&sink);
    play(&pipeline).unwrap();
    let addr = addr(&sink);

    let (identity, accessory) = block_on(pair_setup(addr, SETUP_CODE));
    assert_eq!(accessory.id, string_prop(&sink, "device-id"));
    wait_for("notify::paired = true", || {
        notified.lock().unwrap().last() == Some(&true)
    });
    assert!(sink.property::<bool>("paired"));

    block_on(async {
        let mut client = verified_at(addr, &identity, &accessory).await;
        let db = accessories(&mut client).await;
        let name = find_iid(&db, "3E", "23");
        let motion = find_iid(&db, "85", "22");
        let camera_active = find_iid(&db, "21A", "21B");

        let r = client
            .get(&format!("/characteristics?id=1.{name},1.{motion}"))
            .await
            .unwrap();
        assert_eq!(r.status, 200);
        assert_eq!(
            r.json(),
            json!({"characteristics":[
                {"aid":1,"iid":name,"value":"Garden Cam"},
                {"aid":1,"iid":motion,"value":0}]})
        );

        for value in [0, 1] {
            let r = write_value(&mut client, camera_active, json!(value)).await;
            assert_eq!(r.status, 204);
            let r = client
                .get(&format!("/characteristics?id=1.{camera_active}"))
                .await
                .unwrap();
            assert_eq!(r.json()["characteristics"][0]["value"], value);
        }

        subscribe(&mut client, motion).await;
        sink.emit_by_name::<()>("set-motion", &[&true]);
        assert_eq!(next_value(&mut client, motion).await, 1);
        sink.emit_by_name::<()>("set-motion", &[&false]);
        assert_eq!(next_value(&mut client, motion).await, 0);
    });
    stop(&pipeline);
}

/// The `hksv-motion` event that `hapmotiondetect` sends downstream drives the MotionSensor:
/// here it is injected at the source and travels through x264enc and h264parse.
#[test]
fn motion_event_from_upstream_reaches_the_controller() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), &format!("setup-code={SETUP_CODE}"));
    play(&pipeline).unwrap();
    let addr = addr(&sink);
    let source = pipeline.by_name("src").unwrap();
    block_on(async {
        let (identity, accessory) = pair_setup(addr, SETUP_CODE).await;
        let mut client = verified_at(addr, &identity, &accessory).await;
        let motion = find_iid(&accessories(&mut client).await, "85", "22");
        subscribe(&mut client, motion).await;
        for (detected, value) in [(true, 1), (false, 0)] {
            assert!(source.send_event(MotionEvent::new(detected, gst::ClockTime::ZERO, 3.0)));
            assert_eq!(next_value(&mut client, motion).await, value);
        }
    });
    stop(&pipeline);
}

/// `detect-motion=true`: the sink runs the motion analysis itself (default settings: 30 s hold)
/// on a scene that is still for 5 s, where an object walks from 5 to 9 s, and that is still
/// again until 60 s. The controller reads MotionDetected 0 while the scene is still, gets the
/// event 1 for the walk and the event 0 once the hold ran out, and reads 0 again at the end,
/// with no `hapmotiondetect` upstream. A detector that is always on, or that fires on the
/// still scene, fails here.
#[test]
fn built_in_motion_detection_reaches_the_controller() {
    const FPS: u64 = 15;
    const SYNC: &str = "hksv-test-sync";
    let (w, h) = (320usize, 240usize);
    init();
    let dir = tempfile::tempdir().unwrap();
    let pipeline = gst::parse::launch(&format!(
        "appsrc name=src format=time caps=video/x-raw,format=I420,width={w},height={h},framerate={FPS}/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=30 ! h264parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false detect-motion=true \
           setup-code={SETUP_CODE} state-dir=\"{}\"",
        dir.path().display()
    ))
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let sink = pipeline.by_name("hksv").unwrap();
    assert!(sink.property::<bool>("detect-motion"));
    // A serialized marker sent after the frames of a phase reaches the sink's `video` pad
    // only once every earlier frame went through the built-in detector.
    let synced = Arc::new(Mutex::new(0u64));
    {
        let synced = synced.clone();
        sink.static_pad("video").unwrap().add_probe(
            gst::PadProbeType::EVENT_DOWNSTREAM,
            move |_, info| {
                if let Some(s) = info
                    .event()
                    .and_then(|e| e.structure())
                    .filter(|s| s.name() == SYNC)
                {
                    *synced.lock().unwrap() = s.get::<u64>("frames").unwrap();
                }
                gst::PadProbeReturn::Ok
            },
        );
    }
    play(&pipeline).unwrap();
    let addr = addr(&sink);
    let src = gst_common::appsrc(&pipeline, "src");
    let mut pushed = 0u64;
    let mut push = || {
        let t = pushed as f64 / FPS as f64;
        let mut buf =
            gst::Buffer::from_mut_slice(gst_common::scene_frame(w, h, t, pushed, 5.0..9.0));
        buf.get_mut()
            .unwrap()
            .set_pts(gst::ClockTime::SECOND * pushed / FPS);
        src.push_buffer(buf).unwrap();
        pushed += 1;
        pushed
    };
    // Pushes the frames up to `until` seconds and waits until the detector has seen them (the
    // encoder sends a serialized event out with the next frame, hence one frame more).
    let mut push_until = |until: f64| {
        let mut frames = 0;
        while (frames as f64) < until * FPS as f64 {
            frames = push();
        }
        let marker = gst::Structure::builder(SYNC)
            .field("frames", frames)
            .build();
        assert!(src.send_event(gst::event::CustomDownstream::new(marker)));
        push();
        wait_for("the frames to reach the detector", || {
            *synced.lock().unwrap() == frames
        });
    };
    block_on(async {
        let (identity, accessory) = pair_setup(addr, SETUP_CODE).await;
        let mut client = verified_at(addr, &identity, &accessory).await;
        let motion = find_iid(&accessories(&mut client).await, "85", "22");
        subscribe(&mut client, motion).await;
        push_until(5.0);
        assert_eq!(
            read_value(&mut client, motion).await,
            0,
            "motion while the scene is still"
        );
        push_until(9.0);
        assert_eq!(next_value(&mut client, motion).await, 1, "the walk");
        // The hold (30 s) runs out about 39 s in.
        push_until(42.0);
        assert_eq!(next_value(&mut client, motion).await, 0, "the hold ran out");
        push_until(60.0);
        assert_eq!(
            read_value(&mut client, motion).await,
            0,
            "motion while the scene is still"
        );
    });
    stop(&pipeline);
}

#[test]
fn doorbell_press_event() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(
        dir.path(),
        &format!("setup-code={SETUP_CODE} category=doorbell"),
    );
    play(&pipeline).unwrap();
    let addr = addr(&sink);
    block_on(async {
        let (identity, accessory) = pair_setup(addr, SETUP_CODE).await;
        let mut client = verified_at(addr, &identity, &accessory).await;
        let press = find_iid(&accessories(&mut client).await, "121", "73");
        subscribe(&mut client, press).await;
        for _ in 0..2 {
            sink.emit_by_name::<()>("trigger-doorbell", &[]);
            // ProgrammableSwitchEvent 0 = single press, an event for every press.
            assert_eq!(next_value(&mut client, press).await, 0);
        }
    });
    stop(&pipeline);
}

/// The `hksv-doorbell` event rings the doorbell: serialized, sent into the pipeline at the
/// source (it travels through x264enc and h264parse to the `video` pad), and out-of-band,
/// sent to the element itself.
#[test]
fn doorbell_event_rings() {
    use gsthksv::doorbell::{doorbell_event, doorbell_event_oob};
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(
        dir.path(),
        &format!("setup-code={SETUP_CODE} category=doorbell"),
    );
    play(&pipeline).unwrap();
    let addr = addr(&sink);
    let source = pipeline.by_name("src").unwrap();
    block_on(async {
        let (identity, accessory) = pair_setup(addr, SETUP_CODE).await;
        let mut client = verified_at(addr, &identity, &accessory).await;
        let press = find_iid(&accessories(&mut client).await, "121", "73");
        subscribe(&mut client, press).await;
        assert!(source.send_event(doorbell_event()));
        assert_eq!(next_value(&mut client, press).await, 0);
        assert!(sink.send_event(doorbell_event_oob()));
        assert_eq!(next_value(&mut client, press).await, 0);
    });
    stop(&pipeline);
}

/// Without the Doorbell service the event is ignored (and the element says so).
#[test]
fn doorbell_event_ignored_by_a_plain_camera() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), &format!("setup-code={SETUP_CODE}"));
    play(&pipeline).unwrap();
    assert!(!sink.send_event(gsthksv::doorbell::doorbell_event_oob()));
    stop(&pipeline);
}

#[test]
fn pairing_survives_pipeline_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), &format!("setup-code={SETUP_CODE}"));
    play(&pipeline).unwrap();
    let (identity, accessory) = block_on(pair_setup(addr(&sink), SETUP_CODE));
    stop(&pipeline);
    assert!(
        !sink.property::<bool>("paired"),
        "nothing to read while stopped"
    );

    // Drain the first run's messages, then restart: the accessory comes back paired, posts
    // no setup message, and the old pairing verifies without pairing again.
    let bus = pipeline.bus().unwrap();
    while bus.pop().is_some() {}
    play(&pipeline).unwrap();
    assert!(sink.property::<bool>("paired"));
    assert_eq!(string_prop(&sink, "device-id"), accessory.id);
    let setup_posted = std::iter::from_fn(|| bus.pop_filtered(&[gst::MessageType::Element]))
        .any(|m| m.structure().is_some_and(|s| s.name() == "hksv-setup"));
    assert!(
        !setup_posted,
        "a paired accessory does not announce its setup code"
    );
    block_on(async {
        let mut client = verified_at(addr(&sink), &identity, &accessory).await;
        assert_eq!(client.get("/accessories").await.unwrap().status, 200);
    });
    stop(&pipeline);
}

/// Threads of this process with the given name (`/proc/self/task/*/comm`).
fn threads_named(name: &str) -> usize {
    std::fs::read_dir("/proc/self/task")
        .unwrap()
        .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
        .filter(|comm| comm.trim_end() == name)
        .count()
}

#[test]
fn two_sinks_share_one_runtime() {
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (pipeline_a, sink_a) = camera(dir_a.path(), &format!("setup-code={SETUP_CODE}"));
    let (pipeline_b, sink_b) = camera(dir_b.path(), &format!("setup-code={SETUP_CODE}"));
    // Harmless before start: logged and ignored.
    sink_a.emit_by_name::<()>("set-motion", &[&true]);
    play(&pipeline_a).unwrap();
    play(&pipeline_b).unwrap();
    assert_ne!(addr(&sink_a), addr(&sink_b));
    assert_ne!(
        string_prop(&sink_a, "device-id"),
        string_prop(&sink_b, "device-id")
    );
    block_on(async {
        let ((id_a, acc_a), (id_b, acc_b)) = tokio::join!(
            pair_setup(addr(&sink_a), SETUP_CODE),
            pair_setup(addr(&sink_b), SETUP_CODE)
        );
        verified_at(addr(&sink_a), &id_a, &acc_a).await;
        verified_at(addr(&sink_b), &id_b, &acc_b).await;
    });
    assert_eq!(threads_named("hksv-runtime"), 2, "one runtime, two workers");
    stop(&pipeline_a);
    stop(&pipeline_b);
}

#[test]
fn ipv6_loopback_bind_pairs() {
    if std::net::TcpListener::bind("[::1]:0").is_err() {
        skip(
            "ipv6_loopback_bind_pairs",
            "no IPv6 loopback on this machine",
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), &format!("setup-code={SETUP_CODE}"));
    sink.set_property("bind-address", "::1");
    play(&pipeline).unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    let addr = SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, port));
    block_on(async {
        let (identity, accessory) = pair_setup(addr, SETUP_CODE).await;
        let mut client = verified_at(addr, &identity, &accessory).await;
        assert_eq!(client.get("/accessories").await.unwrap().status, 200);
    });
    stop(&pipeline);
}

#[test]
fn default_bind_takes_ipv4_and_ipv6() {
    if std::net::TcpListener::bind("[::1]:0").is_err() {
        skip(
            "default_bind_takes_ipv4_and_ipv6",
            "no IPv6 loopback on this machine",
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), "");
    sink.set_property("bind-address", None::<&str>);
    assert_eq!(string_prop(&sink, "bind-address"), "::");
    play(&pipeline).unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    std::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("IPv4 connection");
    std::net::TcpStream::connect((std::net::Ipv6Addr::LOCALHOST, port)).expect("IPv6 connection");
    stop(&pipeline);
}

#[test]
fn server_properties_are_refused_while_the_server_runs() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = camera(dir.path(), "accessory-name=Before");
    // An application (this test binary) does not get the setup code on its stdout.
    assert!(!sink.property::<bool>("print-setup-code"));
    pipeline.set_state(gst::State::Ready).unwrap();
    let port = sink.property::<u32>("port");
    assert_ne!(port, 0, "the server runs in READY");
    // Refused in READY: the server read it at NULL→READY and would not apply it.
    sink.set_property("accessory-name", "After");
    sink.set_property("port", 1u32);
    assert_eq!(string_prop(&sink, "accessory-name"), "Before");
    assert_eq!(sink.property::<u32>("port"), port);
    // detect-motion is read at READY→PAUSED: still allowed in READY, refused in PLAYING.
    sink.set_property("detect-motion", true);
    assert!(sink.property::<bool>("detect-motion"));
    play(&pipeline).unwrap();
    sink.set_property("detect-motion", false);
    assert!(sink.property::<bool>("detect-motion"));
    stop(&pipeline);
    // Back in NULL everything may change again.
    sink.set_property("accessory-name", "After");
    assert_eq!(string_prop(&sink, "accessory-name"), "After");
}
