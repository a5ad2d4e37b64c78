//! The snapshot source of `POST /resource` (reference §1.6): what the route asks for and how
//! the image comes back. The source answers with a future, so producing an image (decoding a
//! keyframe, asking a camera) never blocks a runtime worker nor the connection's other work.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// Longest wait for a [`SnapshotSource`] to deliver an image; after it the route answers
/// `-70408` (operation timed out, as HAP-NodeJS does when its snapshot handler never answers).
/// Decoding one keyframe takes tens of milliseconds; 5 s leaves room for a loaded machine
/// while staying inside what the Home app waits for a timeline picture (HAP-NodeJS warns
/// that a handler is "slow to respond" after the same 5 s).
pub const SNAPSHOT_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a controller asks for a snapshot: the `reason` key of the `/resource` body (§1.6),
/// sent by HKSV-aware controllers only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SnapshotReason {
    /// `0`: a periodic snapshot (the Home app's tiles).
    Periodic,
    /// `1`: an event snapshot (a notification, the timeline).
    Event,
    /// Any other value, kept as sent.
    Other(u64),
}

impl SnapshotReason {
    /// The reason of a `reason` value.
    pub fn from_wire(value: u64) -> Self {
        match value {
            0 => SnapshotReason::Periodic,
            1 => SnapshotReason::Event,
            other => SnapshotReason::Other(other),
        }
    }

    /// The `reason` value as sent.
    pub fn to_wire(self) -> u64 {
        match self {
            SnapshotReason::Periodic => 0,
            SnapshotReason::Event => 1,
            SnapshotReason::Other(value) => value,
        }
    }
}

/// One snapshot request that passed the HKSV gating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SnapshotRequest {
    /// `image-width`: the width asked for (`0` when absent: the stream's own size).
    pub width: u32,
    /// `image-height`: the height asked for (`0` when absent: the stream's own size).
    pub height: u32,
    /// `reason`, when the controller sent one (`None`: a controller's own request).
    pub reason: Option<SnapshotReason>,
}

/// The answer of a [`SnapshotSource`]: a JPEG image, or `None` when none can be made (the
/// source logs why).
pub type SnapshotFuture = Pin<Box<dyn Future<Output = Option<Vec<u8>>> + Send>>;

/// Provides the JPEG images of `POST /resource` (reference §1.6).
pub trait SnapshotSource: Send + Sync {
    /// A JPEG image of about `request.width`×`request.height`. Called on the server's
    /// runtime: it must return the future at once and do any slow work elsewhere (the
    /// future is awaited for at most [`SNAPSHOT_TIMEOUT`], then dropped).
    fn snapshot(&self, request: SnapshotRequest) -> SnapshotFuture;
}
