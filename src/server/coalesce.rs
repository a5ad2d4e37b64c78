//! The events of one connection that are not sent at once (reference §1.8): held for
//! [`COALESCE`] from the first change, keeping only the latest value of each characteristic,
//! then sent together in the order each characteristic first changed. Later changes within
//! the window do not push its end back, so a value that changes all the time still reaches
//! the controller every [`COALESCE`].
//!
//! Pure state with the time passed in, so the window is tested without a clock.

use std::time::Duration;

use tokio::time::Instant;

/// How long non-immediate events are held to be sent together (HAP-NodeJS: 250 ms, §1.8).
pub(super) const COALESCE: Duration = Duration::from_millis(250);

/// One event waiting: accessory id, instance id, latest value.
pub(super) type PendingEvent = (u64, u64, serde_json::Value);

/// The held events of one connection and when they are due.
#[derive(Debug, Default)]
pub(super) struct Coalescer {
    pending: Vec<PendingEvent>,
    due: Option<Instant>,
}

impl Coalescer {
    /// Holds `value` for characteristic `aid.iid`, replacing a value held for it; opens the
    /// window at `now` if none is open.
    pub(super) fn push(&mut self, aid: u64, iid: u64, value: serde_json::Value, now: Instant) {
        match self
            .pending
            .iter_mut()
            .find(|(a, i, _)| (*a, *i) == (aid, iid))
        {
            Some(held) => held.2 = value,
            None => self.pending.push((aid, iid, value)),
        }
        self.due.get_or_insert(now + COALESCE);
    }

    /// When the held events are to be sent; `None` when nothing is held.
    pub(super) fn due(&self) -> Option<Instant> {
        self.due
    }

    /// Takes the held events and closes the window.
    pub(super) fn take(&mut self) -> Vec<PendingEvent> {
        self.due = None;
        std::mem::take(&mut self.pending)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changes_within_the_window_become_one_event_with_the_last_value() {
        let start = Instant::now();
        let mut events = Coalescer::default();
        assert_eq!(events.due(), None);
        for (ms, value) in [(0, 1), (100, 0), (240, 1)] {
            events.push(1, 10, json!(value), start + Duration::from_millis(ms));
        }
        // The window ends 250 ms after the first change, not after the last.
        assert_eq!(events.due(), Some(start + COALESCE));
        assert_eq!(events.take(), vec![(1, 10, json!(1))]);
        assert_eq!(events.due(), None);
        assert!(events.take().is_empty());
    }

    #[test]
    fn each_characteristic_keeps_its_own_latest_value_in_first_change_order() {
        let start = Instant::now();
        let mut events = Coalescer::default();
        events.push(1, 10, json!(true), start);
        events.push(1, 11, json!(5), start + Duration::from_millis(10));
        events.push(2, 10, json!("a"), start + Duration::from_millis(20));
        events.push(1, 10, json!(false), start + Duration::from_millis(30));
        assert_eq!(
            events.take(),
            vec![
                (1, 10, json!(false)),
                (1, 11, json!(5)),
                (2, 10, json!("a"))
            ]
        );
    }

    #[test]
    fn a_change_after_a_flush_opens_a_new_window() {
        let start = Instant::now();
        let mut events = Coalescer::default();
        events.push(1, 10, json!(1), start);
        assert_eq!(events.take().len(), 1);
        let later = start + Duration::from_millis(400);
        events.push(1, 10, json!(2), later);
        assert_eq!(events.due(), Some(later + COALESCE));
        assert_eq!(events.take(), vec![(1, 10, json!(2))]);
    }
}
