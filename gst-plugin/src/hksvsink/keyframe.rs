// SPDX-License-Identifier: MIT OR Apache-2.0
//! The most recent keyframe of the `video` pad, kept for whoever needs a picture at once:
//! a live-view session starts with it (reference §10; issue 15) and a snapshot is decoded
//! from it (§1.6). Holding it costs one buffer reference: the access unit is not copied.

use std::sync::{Mutex, MutexGuard};

use hksv::fmp4::avc::AvcConfig;

/// An IDR access unit with the caps it came with (SPS/PPS in `codec_data` for `avc`, in
/// band for `byte-stream`).
#[derive(Clone, Debug)]
pub(super) struct Keyframe {
    /// The access unit as it arrived (its timestamps are those of the input).
    pub buffer: gst::Buffer,
    /// The caps of the `video` pad when it arrived.
    pub caps: gst::Caps,
    /// The SPS and PPS in force (from `codec_data` or in band), NAL units without start
    /// codes: a `byte-stream` keyframe need not carry them itself.
    pub parameter_sets: Option<AvcConfig>,
    /// Counts keyframes since the element started: equal numbers mean the same picture
    /// (a snapshot cache key).
    pub generation: u64,
}

/// See the module documentation.
#[derive(Default)]
pub(super) struct KeyframeCache {
    latest: Mutex<Option<Keyframe>>,
    generation: Mutex<u64>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl KeyframeCache {
    /// Keeps `buffer` when it is a keyframe (no `DELTA_UNIT` flag).
    pub fn offer(&self, buffer: &gst::Buffer, caps: &gst::Caps, parameter_sets: Option<AvcConfig>) {
        if buffer.flags().contains(gst::BufferFlags::DELTA_UNIT) {
            return;
        }
        let generation = {
            let mut g = lock(&self.generation);
            *g += 1;
            *g
        };
        *lock(&self.latest) = Some(Keyframe {
            buffer: buffer.clone(),
            caps: caps.clone(),
            parameter_sets,
            generation,
        });
    }

    /// The most recent keyframe, if one arrived since the last [`KeyframeCache::clear`].
    pub fn latest(&self) -> Option<Keyframe> {
        lock(&self.latest).clone()
    }

    /// Forgets the keyframe (stopping, or a flush: it belongs to the old stream).
    pub fn clear(&self) {
        *lock(&self.latest) = None;
    }
}
