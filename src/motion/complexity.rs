//! `complexity`: the default algorithm. Coded picture complexity (slice bits weighted by the
//! quantiser) against per-GOP-phase baselines, with a noise-aware margin.
//!
//! * **Quantiser-weighted bits.** x264 and camera encoders raise QP when a picture costs more;
//!   under CBR that hides motion in the frame size. `log2(slice bytes) + k · QP` undoes it, so
//!   the log-complexity follows the content under CBR and VBR alike. Filler data, SEI and
//!   parameter sets are not counted. The textbook `k = 1/6` (+6 QP halves the bits) holds for
//!   detailed pictures; for noise-dominated ones, where rate control swings QP from picture to
//!   picture, the bits fall much faster, so `k` is learned from the stream: the regression of
//!   the bit change on the QP change between consecutive inter pictures (whose content hardly
//!   differs), kept within `[1/6, 1/2]`.
//! * **GOP-phase baselines.** The first P-frames after an IDR are much larger (the encoder
//!   refills quality) or nearly empty (the IDR drained the VBV buffer), so each position in the
//!   GOP is compared with the median of the same position in the last GOPs.
//! * **Noise-aware margin.** The 1 s mean excess over the baseline is compared with its own
//!   spread while idle (robust σ from the median absolute deviation): a noisy night scene
//!   needs a bigger excess than a clean daylight one, with a floor for very clean scenes.
//! * **Whole-frame changes are refused.** The excess complexity is also measured as a share of
//!   the last intra picture's complexity, a compressed-domain estimate of how much of the
//!   picture changed. Wind in foliage filling the view, lighting and exposure changes or an IR
//!   switch change a large share; a person or an animal a few percent. Above
//!   [`WHOLE_FRAME_SHARE`] nothing triggers.
//! * **Confirmation.** Such changes build up over a fraction of a second, so motion is only
//!   reported when a second trigger follows the first by [`CONFIRM_NS`] without the change
//!   having grown to the whole frame in between. This also drops single noise spikes.
//! * **Lighting.** Pictures the encoder coded with explicit weighted prediction (a fade or an
//!   exposure change) never trigger.
//!
//! The score reported as `ratio` is `excess / margin`; it triggers above the threshold.

use std::collections::VecDeque;

use super::frame::FrameStats;
use super::robust::{median, median_sigma};

/// GOPs of history per GOP phase.
const PHASE_HISTORY: usize = 4;
/// Phases beyond this share the last baseline (very long or open-ended GOPs).
const MAX_PHASES: usize = 1024;
/// Length of the averaging window.
const WINDOW_NS: u64 = 1_000_000_000;
/// Period of the idle score samples for the noise estimate.
const NOISE_SAMPLE_NS: u64 = 250_000_000;
/// Idle score samples kept (30 s).
const NOISE_SAMPLES: usize = 120;
/// Samples needed before the first decision (5 s of idle scores: fewer underestimate σ).
const MIN_NOISE_SAMPLES: usize = 20;
/// Margin in units of the idle score σ (the default threshold 2.0 then means 3 σ).
const NOISE_SIGMAS: f64 = 1.5;
/// Smallest margin, in log2 units: at the default threshold a clean scene needs a 9 % rise of
/// its 1 s mean complexity.
const MIN_MARGIN: f64 = 0.06;
/// Excess complexity, as a share of the last intra picture's, above which a change is taken
/// as hitting the whole frame.
pub const WHOLE_FRAME_SHARE: f64 = 0.05;
/// Averaging window of that share.
const SHARE_WINDOW_NS: u64 = 500_000_000;
/// While idle, a trigger is confirmed by another one this much later.
pub const CONFIRM_NS: u64 = 500_000_000;
/// A pending trigger is forgotten after this long without another trigger.
const PENDING_GAP_NS: u64 = 2_000_000_000;
/// Slice byte count below which sizes are clamped (a skipped picture is a few bytes).
const MIN_BYTES: f64 = 16.0;
/// Bounds of the learned bits-per-QP elasticity, in log2 units per QP step.
const MIN_ELASTICITY: f64 = 1.0 / 6.0;
const MAX_ELASTICITY: f64 = 0.5;
/// Forgetting factor of the elasticity regression, per picture pair (a memory of ~500 pairs).
const ELASTICITY_FORGET: f64 = 0.998;
/// Sum of squared QP changes needed before the learned elasticity is used.
const MIN_QP_VARIATION: f64 = 10.0;

/// Online least-squares slope of Δlog2(bytes) on ΔQP between consecutive inter pictures.
#[derive(Debug, Clone)]
struct Elasticity {
    sxx: f64,
    sxy: f64,
    /// log2(bytes) and QP of the previous inter picture of the same GOP.
    previous: Option<(f64, f64)>,
    k: f64,
}

impl Default for Elasticity {
    fn default() -> Self {
        Self {
            sxx: 0.0,
            sxy: 0.0,
            previous: None,
            k: MIN_ELASTICITY,
        }
    }
}

impl Elasticity {
    /// Adds an inter picture; `pair` is false for the first one after an intra picture (its
    /// change from the previous picture is the GOP pattern, not rate control).
    fn update(&mut self, log_bytes: f64, qp: f64, pair: bool) {
        if pair && let Some((prev_bytes, prev_qp)) = self.previous {
            let (dq, db) = (qp - prev_qp, log_bytes - prev_bytes);
            self.sxx = self.sxx * ELASTICITY_FORGET + dq * dq;
            self.sxy = self.sxy * ELASTICITY_FORGET + dq * db;
            if self.sxx > MIN_QP_VARIATION {
                self.k = (-self.sxy / self.sxx).clamp(MIN_ELASTICITY, MAX_ELASTICITY);
            }
        }
        self.previous = Some((log_bytes, qp));
    }
}

/// State of the complexity algorithm.
#[derive(Debug, Clone, Default)]
pub struct Complexity {
    /// Inter pictures since the last intra picture.
    phase: usize,
    /// Last (log2 bytes, QP) at each GOP phase.
    phases: Vec<VecDeque<(f64, f64)>>,
    /// Bits-per-QP elasticity `k`.
    elasticity: Elasticity,
    /// (time, excess) of the pictures in the averaging window, and their sum.
    window: VecDeque<(u64, f64)>,
    window_sum: f64,
    /// Idle window means, one per `NOISE_SAMPLE_NS`.
    noise: VecDeque<f64>,
    last_noise_sample: Option<u64>,
    /// (center, σ) of `noise`, refreshed with every sample.
    noise_level: Option<(f64, f64)>,
    /// The window mean of the last scored picture, for `learn`.
    last_mean: Option<f64>,
    /// Linear complexity of the last intra picture.
    intra: Option<f64>,
    /// (time, excess share of the intra picture) over `SHARE_WINDOW_NS`, and their sum.
    share: VecDeque<(u64, f64)>,
    share_sum: f64,
    /// (first, last) trigger time of an unconfirmed trigger.
    pending: Option<(u64, u64)>,
    /// Motion state after the previous picture.
    active: bool,
}

/// Appends `(time_ns, value)` to a time window of `length_ns`; returns the window mean.
fn window_mean(
    window: &mut VecDeque<(u64, f64)>,
    sum: &mut f64,
    time_ns: u64,
    value: f64,
    length_ns: u64,
) -> f64 {
    window.push_back((time_ns, value));
    *sum += value;
    while let Some(&(t, v)) = window.front() {
        if t.saturating_add(length_ns) > time_ns {
            break;
        }
        window.pop_front();
        *sum -= v;
    }
    *sum / window.len().max(1) as f64
}

/// log2 of the coded size.
fn log_bytes(stats: &FrameStats) -> f64 {
    (stats.slice_bytes as f64).max(MIN_BYTES).log2()
}

impl Complexity {
    /// Baseline for the current phase: the median of its history, or of the closest earlier
    /// phase that has one.
    fn baseline(&self) -> Option<f64> {
        let upto = self.phase.min(self.phases.len().checked_sub(1)?);
        let history = self
            .phases
            .get(..=upto)?
            .iter()
            .rev()
            .find(|h| !h.is_empty())?;
        let k = self.elasticity.k;
        let mut values: Vec<f64> = history.iter().map(|(b, qp)| b + k * qp).collect();
        median(&mut values)
    }

    /// Scores one picture at `time_ns`: `Some((triggered, score))` once baselines and the noise
    /// estimate exist; `None` for intra pictures and while learning.
    pub fn score(
        &mut self,
        stats: &FrameStats,
        time_ns: u64,
        threshold: f64,
    ) -> Option<(bool, f64)> {
        self.last_mean = None;
        let lb = log_bytes(stats);
        if stats.intra {
            self.phase = 0;
            self.intra = Some((lb + self.elasticity.k * stats.qp).exp2());
            return None;
        }
        self.phase = (self.phase + 1).min(MAX_PHASES - 1);
        self.elasticity.update(lb, stats.qp, self.phase >= 2);
        let x = lb + self.elasticity.k * stats.qp;
        let base = self.baseline();
        self.remember(lb, stats.qp);
        let base = base?;
        let mean = window_mean(
            &mut self.window,
            &mut self.window_sum,
            time_ns,
            x - base,
            WINDOW_NS,
        );
        self.last_mean = Some(mean);
        let share = self
            .intra
            .map_or(0.0, |intra| (x.exp2() - base.exp2()) / intra);
        let share = window_mean(
            &mut self.share,
            &mut self.share_sum,
            time_ns,
            share,
            SHARE_WINDOW_NS,
        );
        let (center, sigma) = self.noise_level?;
        if self.noise.len() < MIN_NOISE_SAMPLES {
            return None;
        }
        let margin = (NOISE_SIGMAS * sigma).max(MIN_MARGIN);
        let score = (mean - center) / margin;
        let whole_frame = share > WHOLE_FRAME_SHARE;
        if whole_frame {
            self.pending = None;
        }
        let lighting = stats.luma_gain.is_some();
        let triggered = score > threshold && !whole_frame && !lighting;
        if self.active || !triggered {
            return Some((triggered, score));
        }
        let first = match self.pending {
            Some((first, last)) if time_ns <= last.saturating_add(PENDING_GAP_NS) => first,
            _ => time_ns,
        };
        self.pending = Some((first, time_ns));
        Some((time_ns >= first.saturating_add(CONFIRM_NS), score))
    }

    /// Stores the size and QP of the current phase.
    fn remember(&mut self, log_bytes: f64, qp: f64) {
        if self.phases.len() <= self.phase {
            self.phases.resize_with(self.phase + 1, VecDeque::new);
        }
        if let Some(history) = self.phases.get_mut(self.phase) {
            if history.len() == PHASE_HISTORY {
                history.pop_front();
            }
            history.push_back((log_bytes, qp));
        }
    }

    /// Called after the decision on every inter picture: idle window means feed the noise
    /// estimate (motion must not widen the margin).
    pub fn learn(&mut self, time_ns: u64, active: bool) {
        self.active = active;
        let Some(mean) = self.last_mean else {
            return;
        };
        if active {
            return;
        }
        if let Some(last) = self.last_noise_sample
            && time_ns < last.saturating_add(NOISE_SAMPLE_NS)
        {
            return;
        }
        self.last_noise_sample = Some(time_ns);
        if self.noise.len() == NOISE_SAMPLES {
            self.noise.pop_front();
        }
        self.noise.push_back(mean);
        let samples: Vec<f64> = self.noise.iter().copied().collect();
        self.noise_level = median_sigma(&samples);
    }
}
