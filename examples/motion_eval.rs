//! Runs the motion detector of the core crate on Annex-B H.264 files, as `hapmotiondetect`
//! does on a stream (default settings), without GStreamer: a quick loop for tuning.
//! Prints one line per file: `NAME ON-OFF ON-OFF ...` (seconds; an interval still open at
//! the end closes at the last picture). Picture `i` is at `i / FPS`.
//!
//! `cargo run --release --example motion_eval -- [--algorithm motion-vectors|complexity|frame-size]
//!  [--threshold T] [--analysis-rate N] [--ignore-zones X,Y,W,H[;...]] [--trace] [--where]
//!  FPS:NAME:FILE.h264 ...`
//!
//! With `--where` each interval is followed by `@X,Y,W,H`: where the detector saw the object
//! when it switched on ([`MotionDetector::region`], pixels; `@-` when it does not say).
//!
//! `scripts/motion-scenes/evaluate.py --offline` drives it and scores the result.

use hksv::h264::{NalHeader, NalUnitType, split_annex_b};
use hksv::motion::{Algorithm, FrameParser, IgnoreZones, MotionDetector, MotionRegion, Settings};

/// Splits Annex-B data into access units: a new one starts at an access unit delimiter, a
/// parameter set or SEI after a slice, or a slice whose `first_mb_in_slice` is 0 after a slice.
fn access_units(data: &[u8]) -> Vec<Vec<&[u8]>> {
    let mut units: Vec<Vec<&[u8]>> = Vec::new();
    let mut current: Vec<&[u8]> = Vec::new();
    let mut has_slice = false;
    for nal in split_annex_b(data) {
        let Ok(header) = NalHeader::parse(nal) else {
            continue;
        };
        let starts = match header.unit_type {
            NalUnitType::Slice | NalUnitType::IdrSlice => {
                // ue(v) first_mb_in_slice: a leading 1 bit is 0.
                has_slice && nal.get(1).is_some_and(|b| b & 0x80 != 0)
            }
            NalUnitType::Sps | NalUnitType::Pps | NalUnitType::Sei => has_slice,
            NalUnitType::AccessUnitDelimiter => !current.is_empty(),
            _ => false,
        };
        if starts {
            units.push(std::mem::take(&mut current));
            has_slice = false;
        }
        has_slice |= matches!(header.unit_type, NalUnitType::Slice | NalUnitType::IdrSlice);
        current.push(nal);
    }
    if !current.is_empty() {
        units.push(current);
    }
    units
}

/// One interval of motion: on, off (seconds) and where the object was seen when it switched
/// on.
type Interval = (f64, f64, Option<MotionRegion>);

fn run(settings: Settings, zones: &IgnoreZones, fps: f64, data: &[u8]) -> Vec<Interval> {
    let mut parser = FrameParser::new();
    let mut detector = MotionDetector::new(settings);
    detector.set_ignore_zones(zones.clone());
    let mut intervals = Vec::new();
    let mut on = None;
    let mut last = 0.0;
    for (i, unit) in access_units(data).iter().enumerate() {
        let t = i as f64 / fps;
        last = t;
        let bytes = unit.iter().map(|n| n.len() + 4).sum();
        parser.set_parse_macroblocks(detector.wants_macroblocks_at((t * 1e9).round() as u64));
        let event = match parser.parse(unit.iter().map(|n| Ok(*n)), bytes) {
            Ok(Some(stats)) => {
                detector.push(&stats, Some(parser.macroblocks()), (t * 1e9).round() as u64)
            }
            Ok(None) => None,
            Err(_) => {
                detector.restart();
                None
            }
        };
        match (event.map(|e| e.detected), on) {
            (Some(true), None) => on = Some((t, detector.region())),
            (Some(false), Some((start, region))) => {
                intervals.push((start, t, region));
                on = None;
            }
            _ => {}
        }
    }
    if let Some((start, region)) = on {
        intervals.push((start, last, region));
    }
    intervals
}

/// `--trace`: the analysis's trace records on standard error, one per analysed picture.
struct TraceSink;

impl hksv::logging::LogSink for TraceSink {
    fn enabled(&self, _level: log::Level, target: &str) -> bool {
        target == hksv::motion::LOG_TARGET
    }
    fn log(&self, record: &log::Record<'_>) {
        eprintln!("{}", record.args());
    }
}

fn main() {
    let mut settings = Settings::default();
    let mut args = std::env::args().skip(1);
    let mut clips = Vec::new();
    let mut show_where = false;
    let mut zones = IgnoreZones::default();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--algorithm" => {
                settings.algorithm = match args.next().as_deref() {
                    Some("complexity") => Algorithm::Complexity,
                    Some("frame-size") => Algorithm::FrameSize,
                    _ => Algorithm::MotionVectors,
                }
            }
            "--threshold" => {
                settings.threshold = args
                    .next()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(settings.threshold)
            }
            "--analysis-rate" => {
                settings.analysis_rate = args
                    .next()
                    .and_then(|t| t.parse().ok())
                    .unwrap_or(settings.analysis_rate)
            }
            "--ignore-zones" => {
                zones = match args.next().unwrap_or_default().parse() {
                    Ok(z) => z,
                    Err(e) => {
                        eprintln!("--ignore-zones: {e}");
                        std::process::exit(2);
                    }
                }
            }
            "--where" => show_where = true,
            "--trace" => {
                hksv::logging::set_sink(Box::new(TraceSink));
            }
            _ => clips.push(arg),
        }
    }
    for clip in clips {
        let mut parts = clip.splitn(3, ':');
        let (Some(fps), Some(name), Some(path)) = (parts.next(), parts.next(), parts.next()) else {
            eprintln!("expected FPS:NAME:FILE, got {clip}");
            std::process::exit(2);
        };
        let Ok(fps) = fps.parse::<f64>() else {
            eprintln!("bad frame rate in {clip}");
            std::process::exit(2);
        };
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        let line: Vec<String> = run(settings, &zones, fps, &data)
            .iter()
            .map(|(a, b, region)| match (show_where, region) {
                (false, _) => format!("{a:.3}-{b:.3}"),
                (true, Some(r)) => {
                    format!("{a:.3}-{b:.3}@{},{},{},{}", r.x, r.y, r.width, r.height)
                }
                (true, None) => format!("{a:.3}-{b:.3}@-"),
            })
            .collect();
        println!("{name} {}", line.join(" "));
    }
}
