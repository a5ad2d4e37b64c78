//! `frame-size`: the seed algorithm, go2rtc's P-frame size against an EMA baseline
//! (reference §14), with its exact constants.

use super::frame::FrameStats;

/// Inter frames that seed the baseline before the first decision (§14.1).
pub const WARM_UP_FRAMES: u32 = 30;
/// EMA factor while warming up (§14.1).
const FAST_ALPHA: f64 = 0.1;
/// EMA factor while idle (§14.1).
const SLOW_ALPHA: f64 = 0.02;
/// Access units shorter than this are ignored (§14.2 step 1).
const MIN_AU_BYTES: usize = 5;

/// State of the frame-size algorithm.
#[derive(Debug, Clone, Default)]
pub struct FrameSize {
    frames: u32,
    baseline: f64,
    trigger: f64,
}

impl FrameSize {
    /// Scores one picture: `Some((triggered, size / baseline))` after the warm-up, `None`
    /// while warming up or for skipped access units (IDR, tiny).
    pub fn score(&mut self, stats: &FrameStats, threshold: f64) -> Option<(bool, f64)> {
        if stats.au_bytes < MIN_AU_BYTES || stats.idr {
            return None;
        }
        // The whole access unit as delivered, as go2rtc measures it (§14.2).
        let size = stats.au_bytes as f64;
        self.frames = self.frames.saturating_add(1);
        if self.frames <= WARM_UP_FRAMES {
            if self.frames == 1 {
                self.baseline = size;
            } else {
                self.baseline += FAST_ALPHA * (size - self.baseline);
            }
            self.trigger = (self.baseline * threshold).floor();
            return None;
        }
        if self.trigger <= 0.0 {
            return None;
        }
        Some((size > self.trigger, size / self.baseline.max(1.0)))
    }

    /// Called after the decision on a scored frame: while idle the baseline follows a slow EMA
    /// (the triggering frame and frames during motion do not enter it, §14.2 step 5).
    pub fn learn(&mut self, stats: &FrameStats, active: bool, threshold: f64) {
        if active || self.frames <= WARM_UP_FRAMES {
            return;
        }
        self.baseline += SLOW_ALPHA * (stats.au_bytes as f64 - self.baseline);
        self.trigger = (self.baseline * threshold).floor();
    }
}
