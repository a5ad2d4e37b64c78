// SPDX-License-Identifier: MIT OR Apache-2.0
//! Runs the held-out motion scenes (`tests/data/motion-scenes/heldout/`, made by
//! `scripts/motion-scenes/generate.py heldout` and committed before the detector was tuned on
//! the tuning scenes) through `hapmotiondetect` at its default settings and scores them with the
//! development set's `score.py`. Their pictures, sprites and nuisances (foliage in strong gusts,
//! cloud shadows, exposure hunting, a light switched, a screen, IR noise, moths and rain at the
//! IR lamp, headlights) were never used for tuning. Floors sit at what the detector reached
//! when written, below the targets of issue 16 (recall 0.9 per mode, 2 false alarms per hour,
//! 1 in 10 hard-negative clips): 8/9 VBR and 6/9 CBR events, latency median 0.0 s (first
//! events 0.8–2.4 s), 4 false alarms (18 per hour), 4 of 10 hard-negative clips firing (cloud
//! shadows at start-up twice, the garage light, rain and moths in CBR).

/// Largest false-alarm rate accepted (reached: 18 per hour).
const FA_PER_HOUR: f64 = 20.0;
/// Most hard-negative clips allowed to fire (reached: 4 of 10).
const HN_FIRING: f64 = 4.0;

use std::path::PathBuf;

mod gst_common;
mod motion_sets;
use motion_sets::num;

fn heldout() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/motion-scenes/heldout")
}

#[test]
fn default_algorithm_generalizes_to_the_heldout_scenes() {
    let g = motion_sets::run_set(&heldout(), "", "heldout motion-vectors");
    for (mode, floor) in [("vbr", 8.0 / 9.0), ("cbr", 6.0 / 9.0)] {
        assert!(
            num(&g[mode]["recall"]) >= floor - 1e-9,
            "{mode} recall {}",
            g[mode]["recall"]
        );
    }
    assert!(
        num(&g["all"]["latency_median_s"]) < 1.0,
        "latency median {}",
        g["all"]["latency_median_s"]
    );
    assert!(
        num(&g["all"]["fa_per_hour"]) <= FA_PER_HOUR,
        "false alarms per hour {}",
        g["all"]["fa_per_hour"]
    );
    assert!(
        num(&g["hard negatives"]["hard_negative_clips_with_fa"]) <= HN_FIRING,
        "hard-negative clips firing {}",
        g["hard negatives"]["hard_negative_clips_with_fa"]
    );
}
