//! Motion detection in the compressed H.264 domain: no pixel is decoded.
//!
//! [`FrameParser`] turns access units into [`FrameStats`] (slice sizes, QP, picture type) from
//! NAL and slice headers and, for the default algorithm, the macroblocks of the P pictures
//! (types and motion vectors, entropy-decoded only); [`MotionDetector`] runs one [`Algorithm`]
//! on them and a shared hold/cooldown state machine on stream time, and returns a
//! [`MotionEvent`] on every change.
//! Logging uses the `hksv::motion` target.

mod complexity;
mod drift;
mod frame;
mod frame_size;
mod hold;
mod intra;
mod regions;
mod robust;
mod spots;
mod tracks;
mod vectors;
mod zones;

use std::time::Duration;

pub use frame::{FrameParser, FrameStats};
pub use hold::MotionEvent;
pub use zones::{IgnoreZones, Zone, ZoneError};

use crate::h264::mb::MbMap;
use complexity::Complexity;
use frame_size::FrameSize;
use hold::HoldState;
use vectors::MotionVectors;

/// Log target of the motion analysis.
pub const LOG_TARGET: &str = "hksv::motion";

/// The analysis run on every picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Algorithm {
    /// Coherently moving regions in the motion vector field (macroblock layer parsed, no pixel
    /// decoded; see `vectors.rs`). Score: size of the travelling region in units of 0.8
    /// macroblocks. Streams whose macroblock layer is not parsed (B pictures, interlaced,
    /// 4:2:2/4:4:4, more than 8 bits) fall back to `Complexity`.
    #[default]
    MotionVectors,
    /// Quantiser-weighted slice bits against per-GOP-phase baselines with a noise-aware
    /// margin (slice headers only). Score: excess over the baseline in units of the margin.
    Complexity,
    /// go2rtc's detector (reference §14): access unit size against an EMA baseline; skips IDR
    /// pictures. Score: size / baseline.
    FrameSize,
}

/// Detector configuration (the element's properties).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Trigger level; lower is more sensitive. For `FrameSize` the size ratio (go2rtc's 2.0).
    pub threshold: f64,
    /// Motion stays on this long after the last triggering picture.
    pub hold: Duration,
    /// After motion ends, no new trigger for this long.
    pub cooldown: Duration,
    /// Extra time after a (re)start before any decision, on top of what the algorithm needs
    /// (`FrameSize`: 30 inter pictures; `Complexity`: one GOP and 5 s of scores).
    pub warm_up: Duration,
    /// The analysis.
    pub algorithm: Algorithm,
    /// `MotionVectors`: P pictures per second whose macroblocks are parsed and analysed, to
    /// the nearest picture (0: every P picture). At the default 8 that is every 4th picture at
    /// 30 fps, every 3rd at 25 fps, every 2nd at 20 and 15 fps, all at 10 fps or less.
    /// Entropy decoding a P picture does not depend on earlier pictures, so the pictures in
    /// between are skipped at no cost, and the analysis's time constants are in stream time.
    /// A detection comes at most one interval (1/8 s) later than with every picture. Rates
    /// from 1 to [`MIN_ANALYSIS_RATE`] count as [`MIN_ANALYSIS_RATE`].
    pub analysis_rate: u32,
}

/// Default threshold (go2rtc's, reference §14.1; same value for `Complexity`).
pub const DEFAULT_THRESHOLD: f64 = 2.0;
/// Default hold time (reference §14.1).
pub const DEFAULT_HOLD: Duration = Duration::from_secs(30);
/// Default cooldown (reference §14.1).
pub const DEFAULT_COOLDOWN: Duration = Duration::from_secs(5);
/// `MotionVectors` falls back to `Complexity` when no picture's macroblocks were analysed for
/// this long (a stream whose macroblock layer is not supported).
const MB_FALLBACK_NS: u64 = 5_000_000_000;
/// Default extra warm-up.
pub const DEFAULT_WARM_UP: Duration = Duration::ZERO;
/// Default number of P pictures per second whose macroblocks `MotionVectors` analyses
/// ([`Settings::analysis_rate`]).
pub const DEFAULT_ANALYSIS_RATE: u32 = 8;
/// Lowest analysis rate used (a lower non-zero setting counts as this): the persistence test
/// needs at least two analysed pictures in its shortest window (`vectors::PERSIST_NS`).
pub const MIN_ANALYSIS_RATE: u32 = 4;
impl Default for Settings {
    fn default() -> Self {
        Self {
            threshold: DEFAULT_THRESHOLD,
            hold: DEFAULT_HOLD,
            cooldown: DEFAULT_COOLDOWN,
            warm_up: DEFAULT_WARM_UP,
            algorithm: Algorithm::default(),
            analysis_rate: DEFAULT_ANALYSIS_RATE,
        }
    }
}

#[derive(Debug, Clone)]
enum Analysis {
    /// Motion vectors, with `Complexity` kept warm for streams without macroblocks, and the
    /// time of the last picture whose macroblocks were analysed.
    MotionVectors(Box<MotionVectors>, Box<Complexity>, Option<u64>),
    Complexity(Box<Complexity>),
    FrameSize(FrameSize),
}

impl Analysis {
    fn new(algorithm: Algorithm) -> Self {
        match algorithm {
            Algorithm::MotionVectors => Self::MotionVectors(Box::default(), Box::default(), None),
            Algorithm::Complexity => Self::Complexity(Box::default()),
            Algorithm::FrameSize => Self::FrameSize(FrameSize::default()),
        }
    }
}

/// Where in the picture the `motion-vectors` analysis saw the object that reached the
/// threshold: the bounding box of its macroblocks, in pixels of the coded picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MotionRegion {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl MotionRegion {
    /// The pixels of the macroblocks from column `x0`, row `y0` to column `x1`, row `y1`
    /// (inclusive).
    fn from_macroblocks([x0, y0, x1, y1]: [u16; 4]) -> Self {
        let (x0, y0, x1, y1) = (u32::from(x0), u32::from(y0), u32::from(x1), u32::from(y1));
        Self {
            x: x0 * 16,
            y: y0 * 16,
            width: (x1.saturating_sub(x0) + 1) * 16,
            height: (y1.saturating_sub(y0) + 1) * 16,
        }
    }
}

/// Motion detector over [`FrameStats`] and stream times.
#[derive(Debug, Clone)]
pub struct MotionDetector {
    settings: Settings,
    analysis: Analysis,
    hold: HoldState,
    /// Stream time before which no decision is made (set by the first picture after a restart).
    warm_until: Option<u64>,
    resolution: Option<(u32, u32)>,
    /// Stream time of the last picture pushed, and the interval between it and the one
    /// before (the time a P picture's motion vectors span: one picture interval).
    last_picture_ns: Option<u64>,
    picture_interval_ns: Option<u64>,
    /// Pictures whose macroblocks were analysed since the detector was made.
    analysed: u64,
    /// Where the last picture that reached the threshold saw its object.
    region: Option<MotionRegion>,
    /// Where motion is ignored (`motion-vectors` only), and the macroblocks of the last
    /// picture with those zones made still (kept to reuse its allocation).
    ignore_zones: IgnoreZones,
    masked: MbMap,
}

impl MotionDetector {
    /// A detector with these settings, warming up.
    pub fn new(settings: Settings) -> Self {
        Self {
            settings,
            analysis: Analysis::new(settings.algorithm),
            hold: HoldState::default(),
            warm_until: None,
            resolution: None,
            last_picture_ns: None,
            picture_interval_ns: None,
            analysed: 0,
            region: None,
            ignore_zones: IgnoreZones::default(),
            masked: MbMap::default(),
        }
    }

    /// Sets where motion is ignored ([`IgnoreZones`]; `motion-vectors` only: the slice-header
    /// algorithms see whole pictures). Takes effect from the next picture; what the analysis
    /// learned is kept.
    pub fn set_ignore_zones(&mut self, zones: IgnoreZones) {
        crate::logging::log_debug!(target: LOG_TARGET, "ignore zones: '{zones}'");
        self.ignore_zones = zones;
    }

    /// Pictures whose macroblocks were analysed since the detector was made (restarts
    /// included).
    pub fn analysed_pictures(&self) -> u64 {
        self.analysed
    }

    /// The settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Where the last analysed picture whose score reached the threshold saw the object that
    /// gave it (`motion-vectors` only; `None` for the other algorithms, before any picture
    /// reached it, after a restart, or when the score came from intra-coded macroblocks).
    /// When [`MotionDetector::push`] reports motion on, this is where it was seen.
    pub fn region(&self) -> Option<MotionRegion> {
        self.region
    }

    /// True while motion is reported.
    pub fn is_active(&self) -> bool {
        self.hold.is_active()
    }

    /// Restarts the analysis and its warm-up (bad input, new stream). The motion state and
    /// its hold time are kept, so an ongoing motion report is not cut short.
    pub fn restart(&mut self) {
        crate::logging::log_debug!(target: LOG_TARGET, "analysis restarts its warm-up");
        self.analysis = Analysis::new(self.settings.algorithm);
        self.warm_until = None;
        self.resolution = None;
        self.last_picture_ns = None;
        self.picture_interval_ns = None;
        self.region = None;
    }

    /// True when the algorithm wants the macroblocks of P pictures
    /// ([`FrameParser::set_parse_macroblocks`]).
    pub fn wants_macroblocks(&self) -> bool {
        self.settings.algorithm == Algorithm::MotionVectors
    }

    /// True when the picture shown at `time_ns` should have its macroblocks parsed
    /// ([`FrameParser::set_parse_macroblocks`] before [`FrameParser::parse`]): the algorithm
    /// wants them and `1 / analysis_rate` s ([`Settings::analysis_rate`]) passed since the
    /// last analysed picture, less half a picture interval (or time went back).
    pub fn wants_macroblocks_at(&self, time_ns: u64) -> bool {
        match &self.analysis {
            Analysis::MotionVectors(_, _, Some(last)) => {
                let rate = match self.settings.analysis_rate {
                    0 => 0,
                    r => r.max(MIN_ANALYSIS_RATE),
                };
                let interval = 1_000_000_000u64.checked_div(u64::from(rate)).unwrap_or(0);
                let due = interval.saturating_sub(self.picture_interval_ns.unwrap_or(0) / 2);
                time_ns < *last || time_ns - *last >= due
            }
            Analysis::MotionVectors(_, _, None) => true,
            _ => false,
        }
    }

    /// Analyses one picture shown at `time_ns` (stream or running time, nanoseconds), with
    /// its macroblocks when they were parsed. Returns the state change it caused, if any.
    pub fn push(
        &mut self,
        stats: &FrameStats,
        macroblocks: Option<&MbMap>,
        time_ns: u64,
    ) -> Option<MotionEvent> {
        if self.resolution.is_some_and(|r| r != stats.resolution) {
            crate::logging::log_info!(target: LOG_TARGET, "resolution changed to {}x{}", stats.resolution.0, stats.resolution.1);
            self.restart();
        }
        self.resolution = Some(stats.resolution);
        if let Some(last) = self.last_picture_ns
            && time_ns > last
        {
            self.picture_interval_ns = Some(time_ns - last);
        }
        self.last_picture_ns = Some(time_ns);
        let picture_interval_ns = self.picture_interval_ns;
        let warm_until = *self.warm_until.get_or_insert_with(|| {
            time_ns
                .saturating_add(u64::try_from(self.settings.warm_up.as_nanos()).unwrap_or(u64::MAX))
        });
        let threshold = self.settings.threshold;
        let scored = match &mut self.analysis {
            Analysis::MotionVectors(v, c, last_mb_ns) => {
                let fallback = c.score(stats, time_ns, threshold);
                match macroblocks.filter(|_| stats.macroblocks) {
                    Some(map) => {
                        *last_mb_ns = Some(time_ns);
                        self.analysed += 1;
                        let map = if self.ignore_zones.is_empty() {
                            map
                        } else {
                            self.ignore_zones.apply(map, &mut self.masked);
                            &self.masked
                        };
                        let scored = v.score(map, time_ns, picture_interval_ns, threshold);
                        if let Some(s) = scored {
                            self.region = s.bounds.map(MotionRegion::from_macroblocks);
                        }
                        scored.map(|s| {
                            crate::logging::log_trace!(target: LOG_TARGET, "t={time_ns} foreground={} region={}", s.foreground, s.region);
                            (s.triggered, s.ratio)
                        })
                    }
                    // I pictures, and B pictures between analysed P pictures, carry no
                    // decision; only a stream with no analysable P picture for a while
                    // falls back to the slice-header analysis.
                    None if last_mb_ns
                        .is_some_and(|t| time_ns.saturating_sub(t) < MB_FALLBACK_NS) =>
                    {
                        None
                    }
                    None if stats.intra => None,
                    None => fallback,
                }
            }
            Analysis::Complexity(c) => c.score(stats, time_ns, threshold),
            Analysis::FrameSize(f) => f.score(stats, threshold),
        };
        let event = scored.and_then(|(triggered, ratio)| {
            let triggered = triggered && time_ns >= warm_until;
            crate::logging::log_trace!(target: LOG_TARGET, "t={time_ns} bytes={} qp={:.1} score={ratio:.3} triggered={triggered}", stats.slice_bytes, stats.qp);
            self.hold.update(time_ns, triggered, ratio, self.settings.hold, self.settings.cooldown)
        });
        let active = self.hold.is_active();
        match &mut self.analysis {
            Analysis::MotionVectors(_, c, _) | Analysis::Complexity(c) => c.learn(time_ns, active),
            Analysis::FrameSize(f) if scored.is_some() => f.learn(stats, active, threshold),
            Analysis::FrameSize(_) => {}
        }
        if let Some(e) = &event {
            crate::logging::log_debug!(target: LOG_TARGET, "motion {} at {} ns, score {:.3}", if e.detected { "on" } else { "off" }, e.time_ns, e.ratio);
        }
        event
    }
}

#[cfg(test)]
mod tests;
