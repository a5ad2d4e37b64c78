//! The motion state machine shared by every algorithm: hold time and cooldown, on stream time.

use std::time::Duration;

/// A change of the motion state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MotionEvent {
    /// Motion is now detected (true) or over (false).
    pub detected: bool,
    /// Stream time of the frame that changed the state (nanoseconds, e.g. running time).
    pub time_ns: u64,
    /// The score that decided (algorithm specific, see [`super::Algorithm`]).
    pub ratio: f64,
}

/// Motion on/off with a hold time re-armed by every triggering frame and a cooldown after
/// each off (go2rtc semantics, reference §14.2 steps 5–6, counted in stream time instead of
/// frames so that files analyse at full speed with the same result as live).
#[derive(Debug, Clone, Default)]
pub struct HoldState {
    active: bool,
    hold_until: u64,
    cooldown_until: u64,
}

fn ns(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

impl HoldState {
    /// True while motion is reported.
    pub fn is_active(&self) -> bool {
        self.active
    }

    /// Feeds the decision for the frame at `time_ns`; returns the state change, if any.
    pub fn update(
        &mut self,
        time_ns: u64,
        triggered: bool,
        ratio: f64,
        hold: Duration,
        cooldown: Duration,
    ) -> Option<MotionEvent> {
        if !self.active {
            if triggered && time_ns >= self.cooldown_until {
                self.active = true;
                self.hold_until = time_ns.saturating_add(ns(hold));
                return Some(MotionEvent {
                    detected: true,
                    time_ns,
                    ratio,
                });
            }
            return None;
        }
        if triggered {
            self.hold_until = time_ns.saturating_add(ns(hold));
            return None;
        }
        if time_ns >= self.hold_until {
            self.active = false;
            self.cooldown_until = time_ns.saturating_add(ns(cooldown));
            return Some(MotionEvent {
                detected: false,
                time_ns,
                ratio,
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: u64 = 1_000_000_000;

    #[test]
    fn hold_is_rearmed_and_cooldown_blocks() {
        let (hold, cool) = (Duration::from_secs(30), Duration::from_secs(5));
        let mut h = HoldState::default();
        assert_eq!(h.update(0, false, 0.0, hold, cool), None);
        let on = h.update(S, true, 3.0, hold, cool).unwrap();
        assert!(on.detected && on.time_ns == S && on.ratio == 3.0);
        assert_eq!(h.update(10 * S, true, 3.0, hold, cool), None);
        assert_eq!(h.update(39 * S, false, 0.5, hold, cool), None);
        let off = h.update(40 * S, false, 0.5, hold, cool).unwrap();
        assert!(!off.detected && off.time_ns == 40 * S);
        assert_eq!(h.update(44 * S, true, 3.0, hold, cool), None);
        assert!(h.update(45 * S, true, 3.0, hold, cool).unwrap().detected);
    }
}
