// SPDX-License-Identifier: MIT OR Apache-2.0
//! `hapmotiondetect` in real pipelines: a synthetic camera scene (textured background, sensor
//! noise, a square that walks across) encoded by x264, in byte-stream and avc form; and broken
//! input pushed through a harness.

use std::sync::{Arc, Mutex};

use gst::prelude::*;
use gsthksv::hapmotiondetect::event::MotionEvent;

mod gst_common;
use gst_common::init;

const W: usize = 320;
const H: usize = 240;
const FPS: u64 = 15;
const SECONDS: u64 = 60;
/// The square moves from MOVE_START to MOVE_END seconds.
const MOVE_START: f64 = 15.0;
const MOVE_END: f64 = 21.0;

/// One I420 frame of the scene (see `gst_common::scene_frame`).
fn frame(i: u64) -> Vec<u8> {
    gst_common::scene_frame(W, H, i as f64 / FPS as f64, i, MOVE_START..MOVE_END)
}

#[derive(Default)]
struct Seen {
    messages: Vec<(bool, u64)>,
    /// `x`, `y`, `width`, `height` of each message, when it has them.
    regions: Vec<Option<(u32, u32, u32, u32)>>,
    events: Vec<MotionEvent>,
    notifies: usize,
    /// Buffers that reached the detector's src pad differently from how they entered.
    changed_buffers: usize,
    buffers: usize,
}

fn run_scene(stream_format: &str) -> Seen {
    run_scene_encoded(stream_format, "tune=zerolatency")
}

/// The scene through `x264enc speed-preset=ultrafast key-int-max=30 pass=qual quantizer=27
/// {x264_options}`.
fn run_scene_encoded(stream_format: &str, x264_options: &str) -> Seen {
    init();
    let pipeline = gst::parse::launch(&format!(
        "appsrc name=src format=time is-live=false \
           caps=video/x-raw,format=I420,width={W},height={H},framerate={FPS}/1 \
         ! x264enc speed-preset=ultrafast key-int-max=30 pass=qual quantizer=27 {x264_options} \
         ! h264parse ! video/x-h264,stream-format={stream_format},alignment=au \
         ! hapmotiondetect name=det ! fakesink name=sink sync=false"
    ))
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let det = pipeline.by_name("det").unwrap();
    {
        let seen = seen.clone();
        det.connect_notify(Some("motion"), move |_, _| {
            seen.lock().unwrap().notifies += 1
        });
    }
    // Passthrough check: the same buffer, same bytes, leaves the element.
    let entered = Arc::new(Mutex::new(Vec::<(usize, Vec<u8>)>::new()));
    {
        let entered = entered.clone();
        det.static_pad("sink")
            .unwrap()
            .add_probe(gst::PadProbeType::BUFFER, move |_, info| {
                if let Some(buf) = info.buffer() {
                    let bytes = buf.map_readable().unwrap().to_vec();
                    entered.lock().unwrap().push((buf.as_ptr() as usize, bytes));
                }
                gst::PadProbeReturn::Ok
            });
    }
    {
        let (entered, seen) = (entered.clone(), seen.clone());
        det.static_pad("src").unwrap().add_probe(
            gst::PadProbeType::BUFFER | gst::PadProbeType::EVENT_DOWNSTREAM,
            move |_, info| {
                let mut seen = seen.lock().unwrap();
                if let Some(buf) = info.buffer() {
                    let (ptr, bytes) = entered.lock().unwrap().remove(0);
                    seen.buffers += 1;
                    if ptr != buf.as_ptr() as usize || *buf.map_readable().unwrap() != bytes[..] {
                        seen.changed_buffers += 1;
                    }
                } else if let Some(gst::PadProbeData::Event(ev)) = &info.data
                    && let Some(motion) = MotionEvent::parse(ev)
                {
                    seen.events.push(motion);
                }
                gst::PadProbeReturn::Ok
            },
        );
    }
    let src = gst_common::appsrc(&pipeline, "src");
    pipeline.set_state(gst::State::Playing).unwrap();
    for i in 0..FPS * SECONDS {
        let mut buf = gst::Buffer::from_mut_slice(frame(i));
        buf.get_mut()
            .unwrap()
            .set_pts(gst::ClockTime::SECOND * i / FPS);
        src.push_buffer(buf).unwrap();
    }
    src.end_of_stream().unwrap();
    let bus = pipeline.bus().unwrap();
    for msg in bus.iter_timed(gst::ClockTime::from_seconds(120)) {
        match msg.view() {
            gst::MessageView::Element(e)
                if e.structure().is_some_and(|s| s.name() == "hapmotion") =>
            {
                let s = e.structure().unwrap();
                let _: f64 = s.get("ratio").unwrap();
                let region = (|| {
                    Some((
                        s.get("x").ok()?,
                        s.get("y").ok()?,
                        s.get("width").ok()?,
                        s.get("height").ok()?,
                    ))
                })();
                seen.lock().unwrap().regions.push(region);
                seen.lock()
                    .unwrap()
                    .messages
                    .push((s.get("detected").unwrap(), s.get("running-time").unwrap()));
            }
            gst::MessageView::Eos(_) => break,
            gst::MessageView::Error(err) => panic!("{}", err.error()),
            _ => {}
        }
    }
    pipeline.set_state(gst::State::Null).unwrap();
    std::mem::take(&mut *seen.lock().unwrap())
}

fn check_scene(seen: &Seen) {
    assert_eq!(seen.buffers as u64, FPS * SECONDS);
    assert_eq!(seen.changed_buffers, 0, "buffers must pass unchanged");
    // On while the square moves, off one hold time (30 s) after it stopped.
    assert_eq!(seen.messages.len(), 2, "{:?}", seen.messages);
    let (on, t_on) = seen.messages[0];
    let (off, t_off) = seen.messages[1];
    let (t_on, t_off) = (t_on as f64 / 1e9, t_off as f64 / 1e9);
    assert!(
        on && (MOVE_START..MOVE_START + 1.0).contains(&t_on),
        "on at {t_on}"
    );
    assert!(
        !off && (MOVE_END + 29.0..MOVE_END + 31.0).contains(&t_off),
        "off at {t_off}"
    );
    // The downstream events carry the same changes, and `motion` was notified for each.
    let events: Vec<(bool, u64)> = seen
        .events
        .iter()
        .map(|e| (e.detected, e.running_time.nseconds()))
        .collect();
    assert_eq!(events, seen.messages);
    assert_eq!(seen.notifies, 2);
}

/// The message that switched motion on says where the square was (`motion-vectors`), the one
/// that switched it off says nothing, and the downstream events carry the same.
fn check_region(seen: &Seen) {
    let on_at = seen.messages[0].1 as f64 / 1e9;
    let (x, y, width, height) = seen.regions[0].expect("motion on says where it was seen");
    // The square: 48 px wide, rows h*5/12..h*2/3, crossing from x 0 to W - 48 while it moves.
    let square_x = (on_at - MOVE_START) / (MOVE_END - MOVE_START) * (W - 48) as f64;
    let (x0, x1) = (f64::from(x), f64::from(x + width));
    let (y0, y1) = (f64::from(y), f64::from(y + height));
    // The averages trail the square by a macroblock or two.
    assert!(
        x1 + 16.0 >= square_x && x0 <= square_x + 48.0 + 16.0,
        "columns {x0}..{x1}, square at {square_x}"
    );
    assert!(
        y1 >= (H * 5 / 12) as f64 && y0 <= (H * 2 / 3) as f64,
        "rows {y0}..{y1}"
    );
    assert!(width <= 160 && height <= 112, "{width}x{height}");
    assert_eq!(seen.regions[1], None, "motion off says nothing");
    let event_regions: Vec<_> = seen
        .events
        .iter()
        .map(|e| e.region.map(|r| (r.x, r.y, r.width, r.height)))
        .collect();
    assert_eq!(event_regions, seen.regions);
}

#[test]
fn detects_motion_in_byte_stream() {
    let seen = run_scene("byte-stream");
    check_scene(&seen);
    check_region(&seen);
}

#[test]
fn detects_motion_in_avc() {
    let seen = run_scene("avc");
    check_scene(&seen);
    check_region(&seen);
}

#[test]
fn detects_motion_with_b_pictures() {
    // B pictures are not parsed to their macroblocks; the P pictures between them are.
    check_scene(&run_scene_encoded("byte-stream", "bframes=2 b-adapt=false"));
}

#[test]
fn streams_without_parsable_macroblocks_fall_back_to_slice_headers() {
    // Interlaced coding: the macroblock layer is not parsed, `complexity` decides instead.
    check_scene(&run_scene_encoded(
        "byte-stream",
        "tune=zerolatency interlaced=true",
    ));
}

#[test]
fn broken_input_never_stops_the_stream() {
    init();
    let mut h = gst_check::Harness::new("hapmotiondetect");
    h.set_src_caps_str("video/x-h264,stream-format=byte-stream,alignment=au");
    let mut state = 0x1234_5678u64;
    let inputs: Vec<Vec<u8>> = (0..200)
        .map(|i| {
            let mut data: Vec<u8> = (0..(i % 50 + 1))
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    (state >> 56) as u8
                })
                .collect();
            // Half of them look like slices, SPS or PPS behind a start code.
            if i % 2 == 0 {
                let nal_type = [1u8, 5, 7, 8][i % 4 / 2 + (i % 8) / 4 * 2];
                data.splice(0..0, [0, 0, 0, 1, 0x60 | nal_type]);
            }
            data
        })
        .collect();
    for (i, data) in inputs.iter().enumerate() {
        let mut buf = gst::Buffer::from_slice(data.clone());
        buf.get_mut()
            .unwrap()
            .set_pts(gst::ClockTime::from_mseconds(i as u64 * 40));
        assert_eq!(h.push(buf), Ok(gst::FlowSuccess::Ok));
        let out = h.pull().unwrap();
        assert_eq!(&*out.map_readable().unwrap(), &data[..]);
    }
    // Buffers without any timestamp pass too.
    assert_eq!(
        h.push(gst::Buffer::from_slice([0u8, 0, 1, 0x65])),
        Ok(gst::FlowSuccess::Ok)
    );
    assert!(h.pull().is_ok());
    let det = h.element().unwrap();
    assert!(!det.property::<bool>("motion"));
}
