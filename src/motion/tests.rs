//! Analysis tests on synthetic frame statistics.

use std::time::Duration;

use super::*;

const FPS: u64 = 15;
const FRAME_NS: u64 = 1_000_000_000 / FPS;

/// The slice-header algorithm these recordings test.
fn complexity() -> Settings {
    Settings {
        algorithm: Algorithm::Complexity,
        ..Settings::default()
    }
}

fn stats(slice_bytes: usize, qp: f64, intra: bool) -> FrameStats {
    FrameStats {
        au_bytes: slice_bytes + 10,
        slice_bytes,
        qp,
        idr: intra,
        intra,
        slices: 1,
        luma_gain: None,
        resolution: (640, 360),
        macroblocks: false,
    }
}

/// Runs `frames` (bytes, qp) with an IDR every `gop` frames; returns the events.
fn run(
    settings: Settings,
    gop: usize,
    frame: impl Fn(usize) -> (usize, f64),
    n: usize,
) -> Vec<MotionEvent> {
    let mut det = MotionDetector::new(settings);
    (0..n)
        .filter_map(|i| {
            let (bytes, qp) = frame(i);
            let intra = i % gop == 0;
            // Intra pictures cost about 20 inter pictures of a quiet scene.
            let bytes = if intra { bytes * 20 } else { bytes };
            det.push(&stats(bytes, qp, intra), None, i as u64 * FRAME_NS)
        })
        .collect()
}

/// Deterministic ±`spread` noise.
fn jitter(i: usize, spread: f64) -> f64 {
    let h = (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40;
    (h as f64 / (1u64 << 24) as f64 - 0.5) * 2.0 * spread
}

#[test]
fn complexity_sees_cbr_motion_through_the_quantiser() {
    // CBR: the size stays at ~1000 bytes; during motion (20–30 s) the encoder raises QP by 3
    // to keep it there, i.e. the picture costs 2^(3/6) = 1.41× more.
    let frame = |i: usize| {
        let t = i as f64 / FPS as f64;
        let qp = if (20.0..30.0).contains(&t) {
            33.0
        } else {
            30.0
        };
        ((1000.0 * (1.0 + jitter(i, 0.05))) as usize, qp)
    };
    let events = run(complexity(), 30, frame, 70 * FPS as usize);
    assert_eq!(events.len(), 2, "{events:?}");
    let on = events[0].time_ns as f64 / 1e9;
    assert!(
        events[0].detected && (20.0..21.0).contains(&on),
        "{events:?}"
    );
    assert!(!events[1].detected);
    // The frame-size algorithm is blind to it.
    let settings = Settings {
        algorithm: Algorithm::FrameSize,
        ..complexity()
    };
    assert!(run(settings, 30, frame, 70 * FPS as usize).is_empty());
}

/// Replays recorded statistics (`testdata/`, one `<I|P> <bytes> <qp>` line per picture) at
/// `fps`; returns the (detected, seconds) changes.
fn replay(recording: &str, fps: u64, settings: Settings) -> Vec<(bool, f64)> {
    let mut det = MotionDetector::new(settings);
    recording
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let mut fields = line.split_whitespace();
            let intra = fields.next()? == "I";
            let bytes: usize = fields.next()?.parse().ok()?;
            let qp: f64 = fields.next()?.parse().ok()?;
            det.push(
                &stats(bytes, qp, intra),
                None,
                i as u64 * 1_000_000_000 / fps,
            )
        })
        .map(|e| (e.detected, e.time_ns as f64 / 1e9))
        .collect()
}

const HALLWAY_CBR: &str = include_str!("testdata/hallway_720p_cbr.txt");
const HEDGE_CBR: &str = include_str!("testdata/hedge_hn_foliage_cbr.txt");

#[test]
fn recorded_cbr_hallway_events_are_found() {
    let events = replay(HALLWAY_CBR, 15, complexity());
    // On while the dog walks in (11.2 s), held through the later events, never before.
    let (on, t) = events[0];
    assert!(on && (11.2..14.0).contains(&t), "{events:?}");
    // Shorter hold: the walking dog and the person are found on their own, and every onset
    // lies in an event (the running dog, 3.4 s, stays under the threshold in this CBR clip).
    let short = Settings {
        hold: Duration::from_secs(3),
        cooldown: Duration::ZERO,
        ..complexity()
    };
    let onsets: Vec<f64> = replay(HALLWAY_CBR, 15, short)
        .into_iter()
        .filter_map(|(on, t)| on.then_some(t))
        .collect();
    let events = [(11.2, 24.133), (33.2, 42.933), (55.067, 58.467)];
    let found = events
        .iter()
        .filter(|(start, end)| onsets.iter().any(|t| (start - 0.5..end + 2.0).contains(t)))
        .count();
    assert!(found >= 2, "{onsets:?}");
    for t in &onsets {
        assert!(
            events
                .iter()
                .any(|(start, end)| (start - 0.5..end + 2.0).contains(t)),
            "false trigger at {t}: {onsets:?}"
        );
    }
}

#[test]
fn recorded_cbr_foliage_gusts_are_refused_as_whole_frame_changes() {
    // Wind gusts raise the coded complexity by up to 2×, but over a large share of the frame.
    assert_eq!(replay(HEDGE_CBR, 10, complexity()), vec![]);
}

#[test]
fn warm_up_delays_the_first_decision() {
    let late = Settings {
        warm_up: Duration::from_secs(30),
        ..complexity()
    };
    let events = replay(HALLWAY_CBR, 15, late);
    // The dog (11–24 s) is inside the warm-up; the person at 33.2 s is the first detection.
    assert!(
        events[0].0 && (33.2..36.0).contains(&events[0].1),
        "{events:?}"
    );
}

#[test]
fn restart_relearns_and_keeps_the_motion_state() {
    let mut det = MotionDetector::new(complexity());
    for (i, line) in HALLWAY_CBR.lines().enumerate().take(15 * 16) {
        let mut f = line.split_whitespace();
        let intra = f.next() == Some("I");
        let bytes: usize = f.next().unwrap().parse().unwrap();
        let qp: f64 = f.next().unwrap().parse().unwrap();
        det.push(
            &stats(bytes, qp, intra),
            None,
            i as u64 * 1_000_000_000 / 15,
        );
    }
    assert!(det.is_active());
    det.restart();
    assert!(
        det.is_active(),
        "a restart does not cut an ongoing motion report"
    );
    // A new resolution restarts the analysis too; nothing is decided while it relearns.
    let mut other = stats(1000, 30.0, false);
    other.resolution = (1920, 1080);
    assert_eq!(det.push(&other, None, 17_000_000_000), None);
}

#[test]
fn motion_vectors_analyse_about_eight_pictures_per_second() {
    // Which pictures of one second get their macroblocks parsed, at common frame rates.
    for (fps, every) in [(30u64, 4usize), (25, 3), (20, 2), (15, 2), (10, 1)] {
        let mut det = MotionDetector::new(Settings::default());
        let mut analysed = Vec::new();
        for i in 0..fps as usize {
            let t = i as u64 * 1_000_000_000 / fps;
            let wanted = det.wants_macroblocks_at(t);
            if wanted {
                analysed.push(i);
            }
            let mut s = stats(1000, 30.0, i == 0);
            s.macroblocks = wanted && i != 0;
            let mut map = crate::h264::mb::MbMap::default();
            map.reset(40, 23);
            det.push(&s, Some(&map), t);
        }
        // The IDR (picture 0) carries no macroblocks: the next picture is analysed.
        let expected: Vec<usize> = std::iter::once(0)
            .chain((1..fps as usize).step_by(every))
            .collect();
        assert_eq!(analysed, expected, "{fps} fps");
    }
    // analysis_rate 0: every picture.
    let mut det = MotionDetector::new(Settings {
        analysis_rate: 0,
        ..Settings::default()
    });
    for i in 0..30u64 {
        let t = i * 33_333_333;
        assert!(det.wants_macroblocks_at(t));
        let mut s = stats(1000, 30.0, false);
        s.macroblocks = true;
        let mut map = crate::h264::mb::MbMap::default();
        map.reset(40, 23);
        det.push(&s, Some(&map), t);
    }
    // Other algorithms never parse macroblocks.
    assert!(!MotionDetector::new(complexity()).wants_macroblocks_at(0));
}

/// Picture `i` of a still 640x368 picture (40x23 skipped macroblocks) where, from picture 40,
/// a 3x4-macroblock object walks right 4 px per picture along rows 10–13 (16 px ahead of the
/// content it shows: its vectors are (-4, 0) px) until it leaves at the right edge.
fn walker_map(i: u64) -> crate::h264::mb::MbMap {
    let mut map = crate::h264::mb::MbMap::default();
    map.reset(40, 23);
    for mb in &mut map.mbs {
        mb.kind = crate::h264::mb::MbKind::Skip;
    }
    let x0 = i.saturating_sub(40) / 4;
    if i >= 40 {
        for y in 10..14u64 {
            for x in x0..(x0 + 3).min(40) {
                if let Some(mb) = map.mbs.get_mut((y * 40 + x) as usize) {
                    mb.kind = crate::h264::mb::MbKind::Inter;
                    mb.mv_mean = [-16, 0];
                    mb.mv = [-16, 0];
                }
            }
        }
    }
    map
}

#[test]
fn the_detector_says_where_it_saw_the_object_that_switched_motion_on() {
    // A 3x4-macroblock object walking right 4 px per picture along rows 10–13 of a still
    // 640x368 picture, every picture analysed: when motion switches on, `region` is its box
    // in pixels; a restart forgets it; the slice-header algorithms never say.
    let mut det = MotionDetector::new(Settings {
        analysis_rate: 0,
        warm_up: Duration::ZERO,
        ..Settings::default()
    });
    assert_eq!(det.region(), None);
    let mut on = None;
    for i in 0..100u64 {
        let map = walker_map(i);
        let x0 = i.saturating_sub(40) / 4;
        let mut s = stats(1000, 30.0, false);
        s.resolution = (640, 368);
        s.macroblocks = true;
        if det
            .push(&s, Some(&map), i * 50_000_000)
            .is_some_and(|e| e.detected)
        {
            on = Some((x0, det.region()));
        }
    }
    let (x0, region) = on.expect("motion switched on");
    let r = region.expect("it says where");
    assert!(r.y >= 9 * 16 && r.y + r.height <= 15 * 16, "{r:?}");
    let right = (x0 as u32 + 3) * 16;
    assert!(
        r.x + r.width <= right + 16 && r.x + r.width + 48 >= right,
        "{r:?}, object ends at {right}"
    );
    assert_eq!(r.x % 16, 0);
    det.restart();
    assert_eq!(det.region(), None);
    let mut complexity_det = MotionDetector::new(complexity());
    for i in 0..60u64 {
        complexity_det.push(&stats(1000, 30.0, i % 30 == 0), None, i * FRAME_NS);
    }
    assert_eq!(complexity_det.region(), None);
}

/// The motion changes `(detected, picture index)` of [`walker_map`]'s 200 pictures, every
/// picture analysed, with `zones` ignored.
fn walker_changes(zones: &str) -> Vec<(bool, u64)> {
    let mut det = MotionDetector::new(Settings {
        analysis_rate: 0,
        ..Settings::default()
    });
    det.set_ignore_zones(zones.parse().expect("valid zones"));
    let mut changes = Vec::new();
    for i in 0..200u64 {
        let map = walker_map(i);
        let mut s = stats(1000, 30.0, false);
        s.resolution = (640, 368);
        s.macroblocks = true;
        if let Some(e) = det.push(&s, Some(&map), i * 50_000_000) {
            changes.push((e.detected, i));
        }
    }
    changes
}

#[test]
fn ignore_zones_hide_what_moves_inside_them_only() {
    let free = walker_changes("");
    assert!(
        free.first().is_some_and(|&(on, i)| on && i >= 40),
        "the walker switches motion on: {free:?}"
    );
    // A zone over the band it walks along: nothing is seen.
    assert_eq!(walker_changes("0,0.4,1,0.25"), []);
    // A zone over its right half: it is seen in the left half only, so no later than before.
    let half = walker_changes("0.5,0,0.5,1");
    assert!(
        half.first()
            .is_some_and(|&(on, i)| on && i <= free[0].1 && (i - 40) / 4 < 20),
        "{half:?} against {free:?}"
    );
    // Zones elsewhere change nothing.
    assert_eq!(walker_changes("0,0,1,0.3;0,0.8,1,0.2"), free);
}
