// SPDX-License-Identifier: MIT OR Apache-2.0
//! Runs the motion development set (`tests/data/motion-dev/`, a copy of the clips, ground truth
//! and scorer of the project's development set) through the real pipelines of its `run_gst.sh`, turns the `hapmotion` bus messages into detections and scores
//! them with its `score.py`. Floors sit a little below what the detector reaches, so a change
//! that makes it worse fails here. `HKSV_MOTION_DEV` overrides the folder.

use std::path::PathBuf;

mod gst_common;
mod motion_sets;
use motion_sets::num;

fn run_set(props: &str, label: &str) -> serde_json::Value {
    motion_sets::run_set(&motion_dev(), props, label)
}

fn motion_dev() -> PathBuf {
    let dir = std::env::var_os("HKSV_MOTION_DEV")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/motion-dev")
        });
    assert!(
        dir.join("score.py").is_file() && dir.join("ground_truth.json").is_file(),
        "motion development set not found at {} (expected tests/data/motion-dev in the \
         repository, or set HKSV_MOTION_DEV)",
        dir.display()
    );
    dir
}

#[test]
fn default_algorithm_reaches_its_floors() {
    // motion-vectors, reached when written: 18/18 events (9/9 VBR, 9/9 CBR), latency median
    // 0.0 s / max 1.8 s (first events of a clip 1.0–1.8 s: a region must travel a macroblock
    // before it counts, on about 8 analysed pictures per second; later ones held on), no false
    // alarm, no hard-negative clip firing, no false trigger.
    let g = run_set("", "motion-vectors");
    for mode in ["vbr", "cbr"] {
        assert!(
            num(&g[mode]["recall"]) >= 8.0 / 9.0,
            "{mode} recall {}",
            g[mode]["recall"]
        );
    }
    assert!(num(&g["all"]["latency_median_s"]) <= 1.0);
    assert!(
        num(&g["all"]["latency_max_s"]) <= 2.0,
        "latency max {}",
        g["all"]["latency_max_s"]
    );
    assert!(
        num(&g["all"]["false_alarms"]) <= 1.0,
        "FA {}",
        g["all"]["false_alarms"]
    );
    assert!(num(&g["hard negatives"]["hard_negative_clips_with_fa"]) <= 1.0);
    assert!(num(&g["all"]["false_triggers"]) <= 1.0);
}

#[test]
fn complexity_reaches_its_floors() {
    // The slice-header algorithm, reached when written: 18/18 events, median latency 0.0 s
    // (first events of a clip 0.7–2.4 s), 2 false alarms (8/h), 2 of 6 hard-negative clips
    // firing, no false trigger in positive clips.
    let g = run_set("algorithm=complexity", "complexity");
    for mode in ["vbr", "cbr"] {
        assert!(
            num(&g[mode]["recall"]) >= 0.85,
            "{mode} recall {}",
            g[mode]["recall"]
        );
    }
    assert!(num(&g["all"]["latency_median_s"]) <= 1.0);
    assert!(
        num(&g["all"]["false_alarms"]) <= 4.0,
        "FA {}",
        g["all"]["false_alarms"]
    );
    assert!(num(&g["hard negatives"]["hard_negative_clips_with_fa"]) <= 3.0);
    assert!(num(&g["positive clips"]["false_triggers"]) <= 1.0);
}

#[test]
fn frame_size_reproduces_the_go2rtc_baseline() {
    // The committed baseline_t2.0 result of the go2rtc port: 3 of 18 events, 4 false alarms.
    let g = run_set("algorithm=frame-size", "frame-size");
    assert_eq!(g["all"]["detected"], 3);
    assert_eq!(g["all"]["false_alarms"], 4);
    assert_eq!(g["all"]["false_triggers"], 6);
}
