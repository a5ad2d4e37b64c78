//! Connection slots: how many connections are served at once, and who makes room.
//!
//! A connection starts unverified and has [`VERIFY_DEADLINE`] to finish pair-verify (each
//! successful pair-setup step restarts it). At most [`MAX_UNVERIFIED`] unverified connections
//! and [`MAX_CONNECTIONS`] in all are kept: a new connection that finds either limit reached
//! evicts the oldest unverified one, so half-open connections can never lock controllers
//! out. Verified connections are never evicted to make room; when every slot holds a
//! verified controller, a new connection is refused.

use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Duration;

use tokio::sync::Notify;

use crate::pairing::ConnectionId;

/// Most connections served at once: ADK requires at least 8 and defaults to 17, HAP-NodeJS
/// starts reclaiming idle ones at 16 (§1.9); a home with several hubs and phones stays far
/// below 32, and the cap keeps a misbehaving peer from exhausting file descriptors.
pub const MAX_CONNECTIONS: usize = 32;

/// Most connections kept that have not finished pair-verify; the other
/// `MAX_CONNECTIONS - MAX_UNVERIFIED` slots are for verified controllers only.
pub const MAX_UNVERIFIED: usize = 16;

/// Time a connection has to finish pair-verify, from its opening or its last successful
/// pair-setup step. The reference gives no such limit (§1.9 lists ADK's 60 s idle limit,
/// applied at capacity); controllers run pair-verify at once after connecting (two round
/// trips), so 10 s is generous while freeing half-open connections quickly.
pub const VERIFY_DEADLINE: Duration = Duration::from_secs(10);

const UNVERIFIED: u8 = 0;
const VERIFIED: u8 = 1;
const EVICTED: u8 = 2;

/// What a connection and the accept loop share about one slot.
#[derive(Default)]
pub(super) struct Slot {
    state: AtomicU8,
    evicted: Notify,
}

impl Slot {
    /// Marks the connection verified; `false` when it was evicted first (it must close).
    pub fn set_verified(&self) -> bool {
        self.state
            .compare_exchange(UNVERIFIED, VERIFIED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Completes when the accept loop evicted this connection.
    pub async fn evicted(&self) {
        self.evicted.notified().await;
    }

    fn evict(&self) -> bool {
        let evicted = self
            .state
            .compare_exchange(UNVERIFIED, EVICTED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok();
        if evicted {
            // Stores a permit when the connection is not waiting right now.
            self.evicted.notify_one();
        }
        evicted
    }

    fn is_unverified(&self) -> bool {
        self.state.load(Ordering::Acquire) == UNVERIFIED
    }
}

/// The open connections in the order they were accepted (kept by the accept loop).
#[derive(Default)]
pub(super) struct Slots {
    open: VecDeque<(ConnectionId, Arc<Slot>)>,
}

/// What to do with a new connection.
pub(super) enum Admission {
    /// Serve it in this slot; `evicted` names the connection that made room, if any.
    Admit {
        slot: Arc<Slot>,
        evicted: Option<ConnectionId>,
    },
    /// Every slot holds a verified controller.
    Refuse,
}

impl Slots {
    /// Finds room for connection `id`, evicting the oldest unverified connection when a
    /// limit is reached.
    pub fn admit(&mut self, id: ConnectionId) -> Admission {
        let mut evicted = None;
        loop {
            let unverified = self.open.iter().filter(|(_, s)| s.is_unverified()).count();
            if unverified < MAX_UNVERIFIED && self.open.len() < MAX_CONNECTIONS {
                break;
            }
            let Some(index) = self.open.iter().position(|(_, s)| s.is_unverified()) else {
                return Admission::Refuse;
            };
            let Some((old, slot)) = self.open.remove(index) else {
                return Admission::Refuse;
            };
            // Lost the race with its own pair-verify: it stays, as verified.
            if slot.evict() {
                evicted = Some(old);
            } else {
                self.open.insert(index, (old, slot));
            }
        }
        let slot = Arc::new(Slot::default());
        self.open.push_back((id, slot.clone()));
        Admission::Admit { slot, evicted }
    }

    /// Frees the slot of a connection that ended.
    pub fn closed(&mut self, id: ConnectionId) {
        self.open.retain(|(open, _)| *open != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admitted(slots: &mut Slots, id: ConnectionId) -> (Arc<Slot>, Option<ConnectionId>) {
        match slots.admit(id) {
            Admission::Admit { slot, evicted } => (slot, evicted),
            Admission::Refuse => panic!("connection {id} refused"),
        }
    }

    #[test]
    fn oldest_unverified_makes_room_and_verified_ones_stay() {
        let mut slots = Slots::default();
        let mut verified = Vec::new();
        for id in 0..(MAX_CONNECTIONS - MAX_UNVERIFIED) as u64 {
            let (slot, evicted) = admitted(&mut slots, id);
            assert!(slot.set_verified());
            assert_eq!(evicted, None);
            verified.push(slot);
        }
        let first = (MAX_CONNECTIONS - MAX_UNVERIFIED) as u64;
        for id in first..first + MAX_UNVERIFIED as u64 {
            assert_eq!(admitted(&mut slots, id).1, None);
        }
        // Full: each new connection evicts the oldest unverified one, never a verified one.
        for (n, id) in (first + MAX_UNVERIFIED as u64..first + 100).enumerate() {
            assert_eq!(admitted(&mut slots, id).1, Some(first + n as u64));
        }
        // A verified connection cannot be evicted.
        let (late, _) = admitted(&mut slots, 1000);
        assert!(late.set_verified());
        assert!(!late.evict());
    }

    #[test]
    fn all_verified_refuses_and_a_closed_slot_is_reused() {
        let mut slots = Slots::default();
        for id in 0..MAX_CONNECTIONS as u64 {
            assert!(admitted(&mut slots, id).0.set_verified());
        }
        assert!(matches!(slots.admit(99), Admission::Refuse));
        slots.closed(3);
        assert_eq!(admitted(&mut slots, 100).1, None);
    }

    #[test]
    fn an_evicted_connection_cannot_become_verified() {
        let slot = Slot::default();
        assert!(slot.evict());
        assert!(!slot.set_verified());
    }
}
