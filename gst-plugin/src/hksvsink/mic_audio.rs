// SPDX-License-Identifier: MIT OR Apache-2.0
//! Live-view audio from the camera's microphone (reference §10.2, §10.5): the AAC of the
//! element's `audio` pad, decoded and encoded to Opus at the sample rate and packet time that
//! the controller selected, one branch per live session:
//!
//! `appsrc (AAC) ! avdec_aac ! audioconvert ! audioresample ! volume !
//!  audio/x-raw,rate=<selected>,channels=1 ! opusenc ! appsink`
//!
//! **Opus, not AAC-ELD**: iOS and watchOS both accept Opus for live view (HAP-NodeJS even
//! advertises it when a camera has no audio, §10.2), and Debian's GStreamer has no AAC-ELD
//! encoder (`fdkaacenc` is not packaged; `avenc_aac` and `voaacenc` only do AAC-LC).
//!
//! Each branch is a pipeline of its own, fed from the `audio` pad's inner sink like
//! `webrtcsink` feeds its per-consumer pipelines: adding or removing a viewer never touches
//! the element's state, and a slow branch never blocks the streaming thread (the `appsrc`
//! queue is bounded and drops its oldest buffers when full).
//!
//! Without an `audio` pad there is no microphone: live sessions get video only, even when the
//! controller selected audio.
//!
//! Microphone Mute sends *silence* rather than no packets: the RTP stream and its timing go
//! on, which keeps the controller's jitter buffer and RTCP reports steady, and Opus codes
//! silence in a few bytes.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use gst::prelude::*;
use hksv::opus;

use crate::logging::HKSVSINK_CAT as CAT;

/// Longest audio the branch queues before it drops its oldest buffers.
const MAX_QUEUED: gst::ClockTime = gst::ClockTime::from_mseconds(500);

/// What the controller selected for the camera's audio (reference §10.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MicConfig {
    /// Sample rate in Hz (8000, 16000 or 24000): the RTP clock rate as well.
    pub sample_rate: u32,
    /// RTP packet time in ms (20, 30, 40 or 60).
    pub packet_time_ms: u32,
    /// The controller's maximum bit rate in kbit/s; 0 when it gave none.
    pub max_bitrate_kbps: u32,
}

impl MicConfig {
    /// The Opus frame size (ms) and frames per RTP packet for the packet time. Opus frames
    /// are 2.5–60 ms, so 30 ms is three 10 ms frames joined into one code-3 packet (as go2rtc
    /// joins three 20 ms frames for 60 ms, §10.5).
    pub fn framing(&self) -> (u32, u32) {
        let ptime = self.packet_time_ms;
        [60, 40, 20, 10]
            .into_iter()
            .find(|&f| ptime.is_multiple_of(f) && ptime / f <= 6)
            .map(|f| (f, ptime / f))
            .unwrap_or((20, 1))
    }

    /// The Opus bit rate in bit/s: enough for voice at the selected rate (16 kbit/s at
    /// 8 kHz, 24 at 16 kHz, 32 at 24 kHz), never above the controller's maximum.
    pub fn bitrate(&self) -> u32 {
        let voice = match self.sample_rate {
            0..=8_000 => 16,
            8_001..=16_000 => 24,
            _ => 32,
        };
        let kbps = match self.max_bitrate_kbps {
            0 => voice,
            max => voice.min(max).max(6),
        };
        kbps * 1000
    }

    /// The `opusenc` bandwidth nick for the selected rate. When frames are joined, at most
    /// wideband: above it the encoder switches between SILK and hybrid modes, whose frames
    /// cannot share a packet (RFC 6716 §3.2), and packets would come out shorter.
    fn bandwidth(&self) -> &'static str {
        let rate = if self.framing().1 > 1 {
            self.sample_rate.min(16_000)
        } else {
            self.sample_rate
        };
        match rate {
            0..=8_000 => "narrowband",
            8_001..=12_000 => "mediumband",
            12_001..=16_000 => "wideband",
            _ => "superwideband",
        }
    }
}

/// Receives each Opus packet and its duration in samples at the selected rate (what the RTP
/// timestamp advances by). Called on the branch's streaming thread.
pub type PacketSink = Box<dyn Fn(&[u8], u32) + Send + Sync>;

/// Why a branch could not be built.
#[derive(Debug, thiserror::Error)]
pub enum MicError {
    /// A GStreamer element is missing.
    #[error("cannot create {0}: is the GStreamer plugin that provides it installed?")]
    Missing(&'static str),
    /// The elements could not be linked or started.
    #[error("cannot build the microphone branch: {0}")]
    Build(String),
}

/// Joins Opus frames into packets of the packet time.
struct Framer {
    per_packet: usize,
    rate: u32,
    pending: Vec<Vec<u8>>,
}

impl Framer {
    fn new(per_packet: u32, rate: u32) -> Self {
        Framer {
            per_packet: per_packet.max(1) as usize,
            rate,
            pending: Vec::new(),
        }
    }

    /// Takes one encoder packet; emits complete RTP payloads with their sample counts.
    fn push(&mut self, packet: &[u8], emit: &mut impl FnMut(&[u8], u32)) {
        if self.per_packet == 1 {
            self.emit_one(packet, emit);
            return;
        }
        let joinable = |a: &[u8], b: &[u8]| match (a.first(), b.first()) {
            (Some(x), Some(y)) => x & 0xFC == y & 0xFC && y & 0x03 == 0,
            _ => false,
        };
        if let Some(first) = self.pending.first()
            && !joinable(first, packet)
        {
            // The encoder switched mode or bandwidth mid-packet: what is pending goes out as
            // a shorter packet (its timestamp stays right, only the packet time differs).
            self.flush(emit);
        }
        self.pending.push(packet.to_vec());
        if self.pending.len() >= self.per_packet {
            self.flush(emit);
        }
    }

    fn flush(&mut self, emit: &mut impl FnMut(&[u8], u32)) {
        let frames: Vec<Vec<u8>> = std::mem::take(&mut self.pending);
        let refs: Vec<&[u8]> = frames.iter().map(Vec::as_slice).collect();
        match opus::join_frames(&refs) {
            Ok(joined) => self.emit_one(&joined, emit),
            Err(err) => {
                gst::debug!(CAT, "Opus frames not joined ({err}): sent one by one");
                for frame in refs {
                    self.emit_one(frame, emit);
                }
            }
        }
    }

    fn emit_one(&self, packet: &[u8], emit: &mut impl FnMut(&[u8], u32)) {
        match opus::packet_samples(packet, self.rate) {
            Ok(samples) => emit(packet, samples),
            Err(err) => gst::warning!(CAT, "Opus packet dropped: {err}"),
        }
    }
}

/// The controls that the Microphone service's characteristics set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MicControls {
    /// Mute: the branch sends silence.
    pub mute: bool,
    /// Volume, percent (100 = as captured).
    pub volume: u8,
}

impl Default for MicControls {
    fn default() -> Self {
        MicControls {
            mute: false,
            volume: 100,
        }
    }
}

/// One live session's microphone branch. Dropping it stops the branch.
pub struct MicBranch {
    pipeline: gst::Pipeline,
    src: gst_app::AppSrc,
    volume: gst::Element,
    config: MicConfig,
    /// The caps given to the `appsrc` (set again when the `audio` pad's change).
    last_caps: Mutex<Option<gst::Caps>>,
}

fn make(factory: &'static str) -> Result<gst::Element, MicError> {
    gst::ElementFactory::make(factory)
        .build()
        .map_err(|_| MicError::Missing(factory))
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl MicBranch {
    /// Builds and starts a branch that encodes to `config` and hands each packet to `sink`.
    pub fn new(
        config: MicConfig,
        controls: MicControls,
        sink: PacketSink,
    ) -> Result<MicBranch, MicError> {
        let (frame_ms, per_packet) = config.framing();
        let pipeline = gst::Pipeline::with_name("hksv-mic");
        let src = gst_app::AppSrc::builder()
            .name("aac")
            .format(gst::Format::Time)
            .is_live(false)
            .max_time(MAX_QUEUED)
            .leaky_type(gst_app::AppLeakyType::Downstream)
            .build();
        let decoder = make("avdec_aac")?;
        let convert = make("audioconvert")?;
        let resample = make("audioresample")?;
        let volume = make("volume")?;
        let filter = make("capsfilter")?;
        filter.set_property(
            "caps",
            gst::Caps::builder("audio/x-raw")
                .field("rate", config.sample_rate as i32)
                .field("channels", 1i32)
                .build(),
        );
        let encoder = make("opusenc")?;
        encoder.set_property_from_str("audio-type", "voice");
        encoder.set_property_from_str("bandwidth", config.bandwidth());
        encoder.set_property_from_str("frame-size", &frame_ms.to_string());
        encoder.set_property_from_str("bitrate-type", "constrained-vbr");
        encoder.set_property("bitrate", config.bitrate() as i32);
        let appsink = gst_app::AppSink::builder().name("opus").sync(false).build();
        let framer = Mutex::new(Framer::new(per_packet, config.sample_rate));
        appsink.set_callbacks(
            gst_app::AppSinkCallbacks::builder()
                .new_sample(move |appsink| {
                    let sample = appsink
                        .pull_sample()
                        .map_err(|_| gst::FlowError::Flushing)?;
                    let Some(buffer) = sample.buffer() else {
                        return Ok(gst::FlowSuccess::Ok);
                    };
                    let map = buffer.map_readable().map_err(|_| gst::FlowError::Error)?;
                    lock(&framer).push(&map, &mut |payload, samples| sink(payload, samples));
                    Ok(gst::FlowSuccess::Ok)
                })
                .build(),
        );
        let elements = [
            src.upcast_ref::<gst::Element>(),
            &decoder,
            &convert,
            &resample,
            &volume,
            &filter,
            &encoder,
            appsink.upcast_ref(),
        ];
        pipeline
            .add_many(elements)
            .map_err(|e| MicError::Build(e.to_string()))?;
        gst::Element::link_many(elements).map_err(|e| MicError::Build(e.to_string()))?;
        let branch = MicBranch {
            pipeline,
            src,
            volume,
            config,
            last_caps: Mutex::new(None),
        };
        branch.set_controls(controls);
        branch
            .pipeline
            .set_state(gst::State::Playing)
            .map_err(|e| MicError::Build(format!("cannot start: {e}")))?;
        gst::debug!(
            CAT,
            "microphone branch: Opus {} Hz, {} ms packets ({}×{} ms frames), {} bit/s",
            config.sample_rate,
            config.packet_time_ms,
            per_packet,
            frame_ms,
            config.bitrate()
        );
        Ok(branch)
    }

    /// What the branch encodes to.
    pub fn config(&self) -> MicConfig {
        self.config
    }

    /// Feeds one AAC sample of the `audio` pad (its caps and segment come with it). Never
    /// blocks: when the branch falls behind, its oldest queued audio is dropped.
    pub fn push(&self, sample: &gst::Sample) {
        let Some(buffer) = sample.buffer_owned() else {
            return;
        };
        if let Some(caps) = sample.caps() {
            let mut last = lock(&self.last_caps);
            if last.as_ref().map(|c| c.as_ref()) != Some(caps) {
                self.src.set_caps(Some(&caps.to_owned()));
                *last = Some(caps.to_owned());
            }
        }
        // Timestamps become running times: the branch has a segment of its own from 0.
        let running = sample
            .segment()
            .and_then(|s| s.downcast_ref::<gst::ClockTime>())
            .zip(buffer.pts())
            .and_then(|(segment, pts)| segment.to_running_time(pts));
        let mut buffer = buffer;
        if let Some(running) = running {
            let b = buffer.make_mut();
            b.set_pts(running);
            b.set_dts(gst::ClockTime::NONE);
        }
        if let Err(err) = self.src.push_buffer(buffer) {
            gst::debug!(CAT, "microphone branch refused a buffer: {err:?}");
        }
    }

    /// Applies the Microphone service's Mute and Volume.
    pub fn set_controls(&self, controls: MicControls) {
        self.volume.set_property("mute", controls.mute);
        self.volume
            .set_property("volume", f64::from(controls.volume.min(100)) / 100.0);
    }

    /// Ends the input and waits (at most `timeout`) until every packet went out. Returns
    /// whether the branch drained.
    pub fn finish(&self, timeout: Duration) -> bool {
        let _ = self.src.end_of_stream();
        let Some(bus) = self.pipeline.bus() else {
            return false;
        };
        let timeout = gst::ClockTime::from_nseconds(timeout.as_nanos() as u64);
        bus.timed_pop_filtered(timeout, &[gst::MessageType::Eos, gst::MessageType::Error])
            .is_some_and(|m| m.type_() == gst::MessageType::Eos)
    }
}

impl Drop for MicBranch {
    fn drop(&mut self) {
        let _ = self.pipeline.set_state(gst::State::Null);
    }
}

/// The microphone branches of the live sessions, fed from the `audio` pad.
#[derive(Default)]
pub struct MicTaps {
    branches: Mutex<Vec<(String, Arc<MicBranch>)>>,
    controls: Mutex<MicControls>,
}

impl MicTaps {
    /// Adds the branch of session `id` (replacing an older one of the same id).
    pub fn add(&self, id: &str, branch: MicBranch) {
        let branch = Arc::new(branch);
        branch.set_controls(*lock(&self.controls));
        let mut branches = lock(&self.branches);
        branches.retain(|(i, _)| i != id);
        branches.push((id.to_owned(), branch));
    }

    /// Removes (and stops) the branch of session `id`; whether there was one.
    pub fn remove(&self, id: &str) -> bool {
        let removed: Vec<_> = {
            let mut branches = lock(&self.branches);
            let (gone, kept) = std::mem::take(&mut *branches)
                .into_iter()
                .partition(|(i, _)| i == id);
            *branches = kept;
            gone
        };
        !removed.is_empty()
    }

    /// Removes every branch.
    pub fn clear(&self) {
        let removed = std::mem::take(&mut *lock(&self.branches));
        drop(removed);
    }

    /// Whether any session listens.
    pub fn is_empty(&self) -> bool {
        lock(&self.branches).is_empty()
    }

    /// Feeds an AAC sample to every branch.
    pub fn push(&self, sample: &gst::Sample) {
        let branches: Vec<Arc<MicBranch>> = lock(&self.branches)
            .iter()
            .map(|(_, b)| b.clone())
            .collect();
        for branch in branches {
            branch.push(sample);
        }
    }

    /// Applies Mute and Volume to every branch, now and to those added later.
    pub fn set_controls(&self, controls: MicControls) {
        *lock(&self.controls) = controls;
        for (_, branch) in lock(&self.branches).iter() {
            branch.set_controls(controls);
        }
    }

    /// The current Mute and Volume.
    pub fn controls(&self) -> MicControls {
        *lock(&self.controls)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(rate: u32, ptime: u32) -> MicConfig {
        MicConfig {
            sample_rate: rate,
            packet_time_ms: ptime,
            max_bitrate_kbps: 0,
        }
    }

    #[test]
    fn packet_times_map_to_opus_frames() {
        assert_eq!(config(16_000, 20).framing(), (20, 1));
        assert_eq!(config(16_000, 30).framing(), (10, 3));
        assert_eq!(config(16_000, 40).framing(), (40, 1));
        assert_eq!(config(16_000, 60).framing(), (60, 1));
        assert_eq!(config(16_000, 7).framing(), (20, 1));
    }

    #[test]
    fn bitrate_suits_voice_and_respects_the_maximum() {
        assert_eq!(config(16_000, 20).bitrate(), 24_000);
        assert_eq!(config(24_000, 20).bitrate(), 32_000);
        assert_eq!(config(8_000, 20).bitrate(), 16_000);
        let capped = MicConfig {
            max_bitrate_kbps: 20,
            ..config(24_000, 20)
        };
        assert_eq!(capped.bitrate(), 20_000);
    }

    #[test]
    fn framer_joins_three_frames_and_flushes_on_a_mode_change() {
        let mut framer = Framer::new(3, 16_000);
        let mut out = Vec::new();
        let silk_10 = 8u8 << 3;
        let celt_10 = 26u8 << 3;
        for packet in [
            [silk_10, 1],
            [silk_10, 2],
            [silk_10, 3],
            [silk_10, 4],
            [celt_10, 5],
        ] {
            framer.push(&packet, &mut |p, s| out.push((p.to_vec(), s)));
        }
        // Three SILK frames: 30 ms; then the single SILK frame flushed by the CELT one.
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].1, 480);
        assert_eq!(out[0].0, vec![silk_10 | 3, 0x83, 1, 1, 1, 2, 3]);
        assert_eq!(out[1], (vec![silk_10, 4], 160));
    }
}
