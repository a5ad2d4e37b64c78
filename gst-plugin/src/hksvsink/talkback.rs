// SPDX-License-Identifier: MIT OR Apache-2.0
//! Two-way audio (the Speaker service): the Opus that a live-view controller sends, decoded
//! and played out of the element's `talkback` source pad.
//!
//! `appsrc (audio/x-opus) ! opusdec ! audioconvert ! audioresample ! volume` → `talkback`
//!
//! The RTP payloads are fed to `opusdec` directly, not through `rtpopusdepay`: HomeKit's Opus
//! RTP clock is the *selected* sample rate (reference §10.5), and `rtpopusdepay` only takes
//! `clock-rate=48000`. Timestamps are computed here from the RTP timestamps at the selected
//! rate, anchored at the running time when a talk session's first packet arrives, so that a
//! synchronised sink such as `autoaudiosink` plays them. The `appsrc` is live and declares
//! [`LATENCY`]: packets that arrive up to that much late still play. There is no jitter
//! buffer: a packet older than the last one is dropped, a gap in the sequence numbers marks a
//! discontinuity, and when the controller's clock drifts more than [`RESYNC`] from ours the
//! timing starts again. Nothing comes out while no one talks (no silence is generated),
//! except 20 ms of silence when the element starts, so that the pad's sink prerolls.

use std::sync::{Arc, Mutex, MutexGuard};

use gst::prelude::*;
use hksv::opus;

use crate::logging::HKSVSINK_CAT as CAT;

/// What the `talkback` pad's sink gets on top of each packet's time: the tolerated lateness.
pub const LATENCY: gst::ClockTime = gst::ClockTime::from_mseconds(100);
/// How far the controller's timestamps may drift from the arrival times before the timing is
/// anchored again.
pub const RESYNC: gst::ClockTime = gst::ClockTime::from_mseconds(400);
/// Longest audio queued in the `appsrc` before the oldest is dropped.
const MAX_QUEUED: gst::ClockTime = gst::ClockTime::from_mseconds(500);
/// The rate of the talkback caps before any session (Opus at 16 kHz, §10.2's first offer).
const DEFAULT_RATE: u32 = 16_000;
/// A 20 ms Opus frame of silence (CELT fullband 20 ms, TOC `0xF8`): the preroll packet.
const OPUS_SILENCE_20MS: [u8; 3] = [0xF8, 0xFF, 0xFE];

/// The controls that the Speaker service's characteristics set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeakerControls {
    /// Mute: the `talkback` pad carries silence.
    pub mute: bool,
    /// Volume, percent (100 = as received).
    pub volume: u8,
}

impl Default for SpeakerControls {
    fn default() -> Self {
        SpeakerControls {
            mute: false,
            volume: 100,
        }
    }
}

/// Why the talkback branch could not be built.
#[derive(Debug, thiserror::Error)]
pub enum TalkbackError {
    /// A GStreamer element is missing.
    #[error("cannot create {0}: is the GStreamer plugin that provides it installed?")]
    Missing(&'static str),
    /// The elements could not be added or linked.
    #[error("cannot build the talkback branch: {0}")]
    Build(String),
}

/// Where a talk session's packets are placed in running time.
#[derive(Debug)]
struct Anchor {
    /// Running time of the anchor packet.
    running: gst::ClockTime,
    /// Samples since the anchor packet (extended RTP timestamp of the last packet).
    offset: i64,
    /// RTP timestamp of the last packet.
    last_timestamp: u32,
    last_sequence: u16,
}

#[derive(Debug, Default)]
struct Timing {
    rate: u32,
    anchor: Option<Anchor>,
    /// End of the last buffer pushed: time never goes back, across sessions too.
    end: gst::ClockTime,
}

struct InputInner {
    src: gst_app::AppSrc,
    timing: Mutex<Timing>,
}

/// The input of the talkback branch: where a live session's decrypted audio RTP payloads go.
/// Cheap to clone; safe to call from any thread; never blocks.
#[derive(Clone)]
pub struct TalkbackInput {
    inner: Arc<InputInner>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn samples_to_time(samples: i64, rate: u32) -> Option<gst::ClockTime> {
    let samples = u64::try_from(samples).ok()?;
    gst::ClockTime::SECOND.mul_div_floor(samples, u64::from(rate))
}

fn opus_caps(sample_rate: u32) -> gst::Caps {
    gst::Caps::builder("audio/x-opus")
        .field("channel-mapping-family", 0i32)
        .field("channels", 1i32)
        .field("rate", sample_rate as i32)
        .build()
}

impl TalkbackInput {
    /// A talk session starts with `sample_rate` (the selected rate, also the RTP clock rate).
    pub fn begin(&self, sample_rate: u32) {
        let caps = opus_caps(sample_rate);
        let mut timing = lock(&self.inner.timing);
        timing.rate = sample_rate;
        timing.anchor = None;
        drop(timing);
        if self.inner.src.caps().as_ref() != Some(&caps) {
            self.inner.src.set_caps(Some(&caps));
        }
        gst::info!(
            CAT,
            obj = self.inner.src,
            "talkback: Opus at {sample_rate} Hz"
        );
    }

    /// The talk session ended: the next one anchors its timing again.
    pub fn end(&self) {
        lock(&self.inner.timing).anchor = None;
    }

    /// One Opus RTP payload with its RTP timestamp (at the selected rate) and sequence number.
    /// Dropped while the element is not playing, before [`TalkbackInput::begin`], or when it is
    /// not an Opus packet.
    pub fn push(&self, payload: &[u8], timestamp: u32, sequence: u16) {
        let src = &self.inner.src;
        let Some(now) = src.current_running_time() else {
            gst::trace!(CAT, obj = src, "talkback packet dropped: not playing");
            return;
        };
        let mut timing = lock(&self.inner.timing);
        let rate = timing.rate;
        if rate == 0 {
            gst::debug!(CAT, obj = src, "talkback packet dropped: no session began");
            return;
        }
        let samples = match opus::packet_samples(payload, rate) {
            Ok(samples) => samples,
            Err(err) => {
                gst::debug!(CAT, obj = src, "talkback packet dropped: {err}");
                return;
            }
        };
        let mut discont = false;
        let pts = match timing.anchor.as_mut() {
            Some(anchor) => {
                let delta = i64::from(timestamp.wrapping_sub(anchor.last_timestamp) as i32);
                if delta <= 0 {
                    gst::debug!(
                        CAT,
                        obj = src,
                        "talkback packet {sequence} dropped: late or repeated (timestamp {timestamp})"
                    );
                    return;
                }
                if sequence != anchor.last_sequence.wrapping_add(1) {
                    discont = true;
                }
                anchor.offset += delta;
                anchor.last_timestamp = timestamp;
                anchor.last_sequence = sequence;
                samples_to_time(anchor.offset, rate).map(|t| anchor.running + t)
            }
            None => None,
        };
        let drifted = pts.is_some_and(|pts| pts + RESYNC < now || pts > now + RESYNC);
        let pts = match pts {
            Some(pts) if !drifted && pts >= timing.end => pts,
            _ => {
                if timing.anchor.is_some() {
                    gst::debug!(
                        CAT,
                        obj = src,
                        "talkback timing anchored again (packet at {pts:?}, now {now})"
                    );
                }
                let running = now.max(timing.end);
                timing.anchor = Some(Anchor {
                    running,
                    offset: 0,
                    last_timestamp: timestamp,
                    last_sequence: sequence,
                });
                discont = true;
                running
            }
        };
        let duration = samples_to_time(i64::from(samples), rate).unwrap_or(gst::ClockTime::ZERO);
        timing.end = pts + duration;
        drop(timing);
        let mut buffer = gst::Buffer::from_slice(payload.to_vec());
        {
            let b = buffer.make_mut();
            b.set_pts(pts);
            b.set_duration(duration);
            if discont {
                b.set_flags(gst::BufferFlags::DISCONT);
            }
        }
        if let Err(err) = src.push_buffer(buffer) {
            gst::debug!(CAT, obj = src, "talkback packet not taken: {err:?}");
        }
    }
}

/// The talkback branch inside the element.
pub struct Talkback {
    src: gst_app::AppSrc,
    volume: gst::Element,
    elements: Vec<gst::Element>,
    input: TalkbackInput,
}

fn make(factory: &'static str, name: &str) -> Result<gst::Element, TalkbackError> {
    gst::ElementFactory::make(factory)
        .name(name)
        .build()
        .map_err(|_| TalkbackError::Missing(factory))
}

impl Talkback {
    /// Creates the branch's elements (not yet in a bin).
    pub fn new() -> Result<Talkback, TalkbackError> {
        let src = gst_app::AppSrc::builder()
            .name("talkbacksrc")
            .format(gst::Format::Time)
            .is_live(true)
            .min_latency(LATENCY.nseconds() as i64)
            .max_latency(LATENCY.nseconds() as i64)
            .max_time(MAX_QUEUED)
            .leaky_type(gst_app::AppLeakyType::Downstream)
            .build();
        let decoder = make("opusdec", "talkbackdec")?;
        // Packet loss is concealed rather than heard as a click.
        decoder.set_property("plc", true);
        let volume = make("volume", "talkbackvolume")?;
        let elements = vec![
            src.clone().upcast(),
            decoder,
            make("audioconvert", "talkbackconvert")?,
            make("audioresample", "talkbackresample")?,
            volume.clone(),
        ];
        let input = TalkbackInput {
            inner: Arc::new(InputInner {
                src: src.clone(),
                timing: Mutex::new(Timing::default()),
            }),
        };
        Ok(Talkback {
            src,
            volume,
            elements,
            input,
        })
    }

    /// Adds the branch to `bin` and returns the pad to ghost as `talkback`.
    pub fn add_to(&self, bin: &gst::Bin) -> Result<gst::Pad, TalkbackError> {
        bin.add_many(&self.elements)
            .map_err(|e| TalkbackError::Build(e.to_string()))?;
        gst::Element::link_many(&self.elements).map_err(|e| TalkbackError::Build(e.to_string()))?;
        self.volume
            .static_pad("src")
            .ok_or_else(|| TalkbackError::Build("volume has no src pad".into()))
    }

    /// READY→PAUSED, once the `appsrc` runs: 20 ms of silence at running time 0, so that the
    /// sink linked to `talkback` prerolls. Without it a pipeline with that sink never reaches
    /// PLAYING while no one talks (the sink waits for its first buffer, and the pipeline for
    /// the sink), and the element's own sinks would stay blocked in preroll.
    pub fn preroll(&self) {
        let src = &self.src;
        if src.caps().is_none() {
            src.set_caps(Some(&opus_caps(DEFAULT_RATE)));
        }
        let duration = gst::ClockTime::from_mseconds(20);
        let mut timing = lock(&self.input.inner.timing);
        timing.anchor = None;
        timing.end = duration;
        drop(timing);
        let mut buffer = gst::Buffer::from_slice(OPUS_SILENCE_20MS);
        {
            let b = buffer.make_mut();
            b.set_pts(gst::ClockTime::ZERO);
            b.set_duration(duration);
            b.set_flags(gst::BufferFlags::DISCONT);
        }
        if let Err(err) = src.push_buffer(buffer) {
            gst::debug!(CAT, obj = src, "talkback preroll not taken: {err:?}");
        }
    }

    /// Whether the `appsrc` is live (set before READY→PAUSED): only with the Speaker service,
    /// so that an element without it prerolls as before.
    pub fn set_live(&self, live: bool) {
        self.src.set_is_live(live);
    }

    /// Applies the Speaker service's Mute and Volume.
    pub fn set_controls(&self, controls: SpeakerControls) {
        self.volume.set_property("mute", controls.mute);
        self.volume
            .set_property("volume", f64::from(controls.volume.min(100)) / 100.0);
    }

    /// Where a session's packets go.
    pub fn input(&self) -> TalkbackInput {
        self.input.clone()
    }
}
