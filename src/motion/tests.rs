//! Analysis tests on synthetic frame statistics.

use super::*;

const FPS: u64 = 15;
const FRAME_NS: u64 = 1_000_000_000 / FPS;

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
            det.push(&stats(bytes, qp, intra), i as u64 * FRAME_NS)
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
    let events = run(Settings::default(), 30, frame, 70 * FPS as usize);
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
        ..Settings::default()
    };
    assert!(run(settings, 30, frame, 70 * FPS as usize).is_empty());
}
