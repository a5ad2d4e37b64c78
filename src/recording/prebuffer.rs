//! The prebuffer: the seconds before motion, held as whole GOPs (reference §13.5, field notes
//! pitfall 19), so that a recording can start at a key frame that lies at least the selected
//! prebuffer length before the trigger.
//!
//! Items (video access units and the audio frames interleaved with them) arrive in order.
//! Each IDR picture opens a GOP; audio pushed after it belongs to that GOP, so it is kept and
//! evicted with the pictures around it. Eviction drops whole GOPs from the front only:
//!
//! * while the next GOP's IDR time is still ≤ latest − duration (so the IDR at or before
//!   latest − duration is always kept and nothing older), and
//! * while more than `max_bytes` are held,
//!
//! but never the GOP being filled (the latest), which is kept even when it alone exceeds
//! `max_bytes`. Each push costs O(1) amortised: GOP starts and sizes are tracked on the side.

use std::collections::VecDeque;

/// What the ring holds must say where GOPs start, its time and size.
pub trait Buffered {
    /// Presentation time (ns, running time) of a video item; None for items that ride along (audio).
    fn video_time(&self) -> Option<i64>;
    /// Whether this item starts a GOP (an IDR picture). Only items with a video time can.
    fn starts_gop(&self) -> bool;
    /// Bytes it holds.
    fn size(&self) -> usize;
}

/// One GOP held by the ring.
#[derive(Clone, Copy, Debug)]
struct Gop {
    /// Absolute index (items ever kept since the last clear) of its IDR picture.
    start: u64,
    /// Presentation time of its IDR picture (ns).
    time: i64,
    /// Bytes of its items, the audio riding with it included.
    bytes: usize,
}

/// A ring of whole GOPs covering at least `duration` of video before the latest picture
/// (module documentation).
///
/// Time going backwards is taken as a source restart: the ring is cleared and starts again at
/// the next IDR picture. Presentation times may go backwards inside a GOP (B-frames), so
/// "backwards" means an IDR picture earlier than the latest video time held, or any other
/// picture earlier than the IDR picture of its GOP.
#[derive(Clone, Debug)]
pub struct Prebuffer<T> {
    items: VecDeque<T>,
    gops: VecDeque<Gop>,
    /// Absolute index of `items[0]`.
    front: u64,
    duration_ns: u64,
    max_bytes: usize,
    bytes: usize,
    /// Highest video time held; None exactly when the ring is empty.
    latest: Option<i64>,
}

impl<T: Buffered + Clone> Prebuffer<T> {
    /// An empty ring that keeps at least `duration_ns` of video before the latest picture and
    /// at most `max_bytes` (but always the latest GOP).
    pub fn new(duration_ns: u64, max_bytes: usize) -> Self {
        Prebuffer {
            items: VecDeque::new(),
            gops: VecDeque::new(),
            front: 0,
            duration_ns,
            max_bytes,
            bytes: 0,
            latest: None,
        }
    }

    /// Sets how far back replays must reach (ns); a shorter duration evicts at once.
    pub fn set_duration(&mut self, duration_ns: u64) {
        self.duration_ns = duration_ns;
        self.evict();
    }

    /// How far back replays reach (ns).
    pub fn duration(&self) -> u64 {
        self.duration_ns
    }

    /// Sets the byte bound; a smaller bound evicts at once (the latest GOP always stays).
    pub fn set_max_bytes(&mut self, max_bytes: usize) {
        self.max_bytes = max_bytes;
        self.evict();
    }

    /// The byte bound.
    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// Adds the next item in arrival order, then evicts what is no longer needed. Items before
    /// the first IDR picture are dropped: there is nothing to replay them with.
    pub fn push(&mut self, item: T) {
        let time = item.video_time();
        let starts_gop = item.starts_gop();
        if let (Some(time), Some(latest), Some(current)) = (time, self.latest, self.gops.back()) {
            let backwards = if starts_gop {
                time < latest
            } else {
                time < current.time
            };
            if backwards {
                self.clear();
            }
        }
        if let (Some(time), true) = (time, starts_gop) {
            self.gops.push_back(Gop {
                start: self.front + self.items.len() as u64,
                time,
                bytes: 0,
            });
        }
        let Some(gop) = self.gops.back_mut() else {
            return;
        };
        let size = item.size();
        gop.bytes = gop.bytes.saturating_add(size);
        self.bytes = self.bytes.saturating_add(size);
        if let Some(time) = time {
            self.latest = Some(self.latest.map_or(time, |latest| latest.max(time)));
        }
        self.items.push_back(item);
        self.evict();
    }

    /// Clones of the items held, in push order, starting at the IDR picture at or before
    /// (latest video time − `look_back_ns`); when no IDR picture held is that old, from the
    /// oldest one held. Empty when nothing is held.
    pub fn replay(&self, look_back_ns: u64) -> Vec<T> {
        let Some(latest) = self.latest else {
            return Vec::new();
        };
        let target = i128::from(latest) - i128::from(look_back_ns);
        // IDR times never decrease inside the ring (an earlier one clears it), so the GOPs are
        // sorted by time.
        let after = self
            .gops
            .partition_point(|gop| i128::from(gop.time) <= target);
        let Some(gop) = self.gops.get(after.saturating_sub(1)) else {
            return Vec::new();
        };
        let skip = usize::try_from(gop.start - self.front).unwrap_or(usize::MAX);
        self.items.iter().skip(skip).cloned().collect()
    }

    /// Drops everything; the next IDR picture starts the ring again.
    pub fn clear(&mut self) {
        self.items.clear();
        self.gops.clear();
        self.front = 0;
        self.bytes = 0;
        self.latest = None;
    }

    /// Bytes held (the sum of [`Buffered::size`]).
    pub fn bytes(&self) -> usize {
        self.bytes
    }

    /// GOPs held, the one being filled included.
    pub fn gops(&self) -> usize {
        self.gops.len()
    }

    /// Items held.
    pub fn items(&self) -> usize {
        self.items.len()
    }

    /// The highest video time held (ns), if any.
    pub fn latest_video_time(&self) -> Option<i64> {
        self.latest
    }

    /// Latest video time − time of the oldest IDR picture held (ns); 0 when empty.
    pub fn span_ns(&self) -> u64 {
        match (self.latest, self.gops.front()) {
            (Some(latest), Some(oldest)) => {
                u64::try_from(i128::from(latest) - i128::from(oldest.time)).unwrap_or(0)
            }
            _ => 0,
        }
    }

    /// Drops whole GOPs from the front (module documentation).
    fn evict(&mut self) {
        let Some(latest) = self.latest else {
            return;
        };
        let horizon = i128::from(latest) - i128::from(self.duration_ns);
        while let Some(next) = self.gops.get(1) {
            let too_old = i128::from(next.time) <= horizon;
            if !too_old && self.bytes <= self.max_bytes {
                break;
            }
            let next_start = next.start;
            let Some(oldest) = self.gops.pop_front() else {
                break;
            };
            let count = usize::try_from(next_start - self.front).unwrap_or(usize::MAX);
            self.items.drain(..count.min(self.items.len()));
            self.front = next_start;
            self.bytes = self.bytes.saturating_sub(oldest.bytes);
        }
    }
}

#[cfg(test)]
mod tests;
