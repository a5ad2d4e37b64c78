// SPDX-License-Identifier: MIT OR Apache-2.0
//! Runs a motion set (a folder with `ground_truth.json` and `clips/`) through
//! `filesrc ! [qtdemux !] h264parse ! hapmotiondetect ! fakesink` and scores the `hapmotion`
//! messages with the development set's `score.py --gt`.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use gst::prelude::*;

use crate::gst_common::init;

/// One clip of a set.
pub struct Clip {
    /// Name in the ground truth.
    pub name: String,
    /// Its file.
    pub file: PathBuf,
    /// Its duration in seconds.
    pub duration_s: f64,
}

/// The clips listed in the ground truth of `dir`.
pub fn clips(dir: &Path) -> Vec<Clip> {
    let text = std::fs::read_to_string(dir.join("ground_truth.json")).unwrap();
    let gt: serde_json::Value = serde_json::from_str(&text).unwrap();
    gt["clips"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Clip {
            name: c["name"].as_str().unwrap().to_owned(),
            file: dir.join(c["file"].as_str().unwrap()),
            duration_s: c["duration_s"].as_f64().unwrap(),
        })
        .collect()
}

/// Runs one clip as the development set's `run_gst.sh` does; returns the motion intervals in seconds.
pub fn detect(clip: &Clip, props: &str) -> Vec<[f64; 2]> {
    let demux = if clip.file.extension().is_some_and(|e| e == "mp4") {
        "qtdemux ! "
    } else {
        ""
    };
    let launch = format!(
        "filesrc location={} ! {demux}h264parse ! hapmotiondetect {props} ! fakesink sync=false",
        clip.file.display()
    );
    let pipeline = gst::parse::launch(&launch).unwrap();
    let bus = pipeline.bus().unwrap();
    pipeline.set_state(gst::State::Playing).unwrap();
    let mut intervals = Vec::new();
    let mut on: Option<f64> = None;
    for msg in bus.iter_timed(gst::ClockTime::from_seconds(120)) {
        match msg.view() {
            gst::MessageView::Element(e) => {
                let Some(s) = e.structure().filter(|s| s.name() == "hapmotion") else {
                    continue;
                };
                let detected: bool = s.get("detected").unwrap();
                let t = s.get::<u64>("running-time").unwrap() as f64 / 1e9;
                let _: f64 = s.get("ratio").unwrap();
                match (detected, on) {
                    (true, None) => on = Some(t),
                    (false, Some(start)) => {
                        intervals.push([start, t]);
                        on = None;
                    }
                    _ => panic!("{}: repeated state {detected} at {t}", clip.name),
                }
            }
            gst::MessageView::Eos(_) => break,
            gst::MessageView::Error(err) => panic!("{}: {}", clip.name, err.error()),
            _ => {}
        }
    }
    pipeline.set_state(gst::State::Null).unwrap();
    if let Some(start) = on {
        intervals.push([start, clip.duration_s]);
    }
    intervals
}

/// Scores detections with `score.py --json`; returns its group table for this label.
fn score(
    dir: &Path,
    label: &str,
    detections: &BTreeMap<String, Vec<[f64; 2]>>,
) -> serde_json::Value {
    let scorer =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/data/motion-dev/score.py");
    let tmp = tempfile::tempdir().unwrap();
    let det = tmp.path().join(format!("{label}.json"));
    let out = tmp.path().join("scores.json");
    std::fs::write(&det, serde_json::to_string(detections).unwrap()).unwrap();
    let status = Command::new("python3")
        .arg(scorer)
        .arg("--gt")
        .arg(dir.join("ground_truth.json"))
        .arg(&det)
        .arg("--json")
        .arg(&out)
        .status()
        .expect("python3 runs score.py");
    assert!(status.success());
    let scores: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    scores[label]["groups"].clone()
}

/// Runs every clip of the set in `dir` through `hapmotiondetect {props}` and returns the
/// scorer's group table.
pub fn run_set(dir: &Path, props: &str, label: &str) -> serde_json::Value {
    init();
    let detections: BTreeMap<String, Vec<[f64; 2]>> = clips(dir)
        .iter()
        .map(|c| (c.name.clone(), detect(c, props)))
        .collect();
    let groups = score(dir, label, &detections);
    eprintln!(
        "{label}: {}",
        serde_json::to_string_pretty(&groups["all"]).unwrap()
    );
    groups
}

/// A number of the scorer's table (NaN when absent).
pub fn num(v: &serde_json::Value) -> f64 {
    v.as_f64().unwrap_or(f64::NAN)
}
