// SPDX-License-Identifier: MIT OR Apache-2.0
//! Counters of `hksvsink`, read through its `stats` property as one `hksv-stats` structure.
//! Every field is built in [`Stats::to_structure`]: add new counters there.

use std::sync::atomic::{AtomicU64, Ordering};

/// Structure name of the `stats` property.
pub(super) const STATS_NAME: &str = "hksv-stats";

/// Counters shared by the parts of the element; they only grow while the element lives.
#[derive(Debug, Default)]
pub(super) struct Stats {
    /// `POST /resource` requests that reached the snapshot source (after the HKSV gating).
    pub snapshot_requests: AtomicU64,
    /// Keyframe decodes started for snapshots.
    pub snapshot_decodes: AtomicU64,
    /// Snapshot requests answered from the cache, without a decode of their own (a finished
    /// image, or a decode already in flight for the same picture and size).
    pub snapshot_cache_hits: AtomicU64,
    /// Snapshot requests answered without an image (no keyframe yet, decode failure).
    pub snapshot_failures: AtomicU64,
}

impl Stats {
    /// Adds one to `counter`.
    pub fn count(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// The `stats` property value:
    /// `hksv-stats, snapshot-requests=(guint64), snapshot-decodes=(guint64),
    /// snapshot-cache-hits=(guint64), snapshot-failures=(guint64)`.
    pub fn to_structure(&self) -> gst::Structure {
        let get = |c: &AtomicU64| c.load(Ordering::Relaxed);
        gst::Structure::builder(STATS_NAME)
            .field("snapshot-requests", get(&self.snapshot_requests))
            .field("snapshot-decodes", get(&self.snapshot_decodes))
            .field("snapshot-cache-hits", get(&self.snapshot_cache_hits))
            .field("snapshot-failures", get(&self.snapshot_failures))
            .build()
    }
}
