// SPDX-License-Identifier: MIT OR Apache-2.0
//! H.264 and AAC input glue between GStreamer and [`hksv::fmp4`], shared by `hksvfmp4mux`
//! and `hksvsink`: caps to NAL framing and parameter sets, access units to zero-copy sample
//! buffers with the [`VideoTrack`] that applies from each IDR picture, in-band SPS/PPS
//! tracking, running times from the segment, and AAC caps to an [`AudioTrack`].
//!
//! Nothing here locks, pushes or posts: callers keep an [`H264Input`] in their state and
//! turn an [`InputError`] into an element error (its `Display` is the message).

use hksv::fmp4::avc::{self, AvcConfig, NalFraming, SamplePart};
use hksv::fmp4::{AudioTrack, Fmp4Error, VideoFrame, VideoTrack};

/// More memories than this in one buffer make GStreamer merge (copy) them all.
const MAX_MEMORIES_PER_BUFFER: usize = 16;

/// Why an H.264 buffer cannot be muxed. The `Display` text is one sentence for the element
/// error message.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A buffer arrived before usable caps ([`H264Input::set_caps`]).
    #[error("H.264 buffer before caps (not negotiated)")]
    NotNegotiated,
    /// The buffer has no PTS.
    #[error("Video buffer without timestamp (PTS)")]
    NoTimestamp,
    /// An IDR picture arrived before any SPS and PPS.
    #[error("No SPS/PPS before the first IDR picture (in codec_data or in the stream)")]
    MissingParameterSets,
    /// Buffers without DTS whose presentation times go back within a GOP: B-frames, whose
    /// decode order cannot be known.
    #[error(
        "H.264 with B-frames but without decode timestamps (DTS): put h264parse before this element"
    )]
    BFramesWithoutDts,
    /// The access unit or the parameter sets cannot be parsed or written.
    #[error("Cannot mux the H.264 input: {0}")]
    Stream(Fmp4Error),
    /// The sample buffer could not be built (memory could not be mapped or shared).
    #[error("Cannot build the sample buffer: {0}")]
    Buffer(String),
}

impl InputError {
    /// The flow return that goes with the error: `NotNegotiated` for
    /// [`InputError::NotNegotiated`], else `Error`. Post an element error first.
    pub fn flow_error(&self) -> gst::FlowError {
        match self {
            InputError::NotNegotiated => gst::FlowError::NotNegotiated,
            _ => gst::FlowError::Error,
        }
    }

    /// True when the input is at fault (`gst::StreamError::Format`), false for a failure to
    /// mux or to allocate (`gst::StreamError::Mux`, `gst::CoreError::Failed`).
    pub fn is_format_error(&self) -> bool {
        match self {
            InputError::NoTimestamp
            | InputError::MissingParameterSets
            | InputError::BFramesWithoutDts => true,
            InputError::Stream(err) => {
                matches!(err, Fmp4Error::H264(_) | Fmp4Error::InvalidAvcC(_))
            }
            InputError::NotNegotiated | InputError::Buffer(_) => false,
        }
    }
}

/// One access unit ready for [`hksv::fmp4::Fragmenter::push_video`].
#[derive(Debug)]
pub struct VideoInput {
    /// The sample: running times, IDR flag and the zero-copy sample buffer.
    pub frame: VideoFrame<gst::Buffer>,
    /// On IDR pictures, the video configuration that applies from this picture on: give it
    /// to [`hksv::fmp4::Fragmenter::set_video_track`] before the frame.
    pub track: Option<VideoTrack>,
}

/// The state of one H.264 input: framing and parameter sets from the caps and the stream,
/// and the last timestamps for the B-frame check. `Default` is "no caps yet".
#[derive(Debug, Default)]
pub struct H264Input {
    /// NAL framing of the input, from its caps.
    framing: Option<NalFraming>,
    /// The latest parameter sets, from `codec_data` and from the stream.
    parameter_sets: Option<AvcConfig>,
    /// Running time (ns) of the previous buffer's PTS.
    last_pts: Option<i64>,
    /// Running time (ns) of the last IDR picture's PTS.
    last_idr_pts: Option<i64>,
}

impl H264Input {
    /// Takes `video/x-h264` caps: the framing from `stream-format` (`avc`, `avc3`,
    /// `byte-stream`) and the parameter sets from `codec_data` when it has them. The error
    /// says why the caps are refused.
    pub fn set_caps(&mut self, caps: &gst::CapsRef) -> Result<(), String> {
        let s = caps.structure(0).ok_or("empty caps")?;
        let format = s
            .get::<&str>("stream-format")
            .map_err(|_| "no stream-format")?;
        let codec_data = s.get::<gst::Buffer>("codec_data").ok();
        let parsed = match codec_data {
            Some(data) => {
                let map = data.map_readable().map_err(|_| "unreadable codec_data")?;
                Some(avc::parse_avcc(&map).map_err(|e| e.to_string())?)
            }
            None => None,
        };
        let framing = match (format, &parsed) {
            ("byte-stream", _) => NalFraming::AnnexB,
            ("avc" | "avc3", Some(config)) => NalFraming::LengthPrefixed(config.length_size),
            ("avc3", None) => NalFraming::LengthPrefixed(4),
            ("avc", None) => return Err("stream-format=avc without codec_data".into()),
            (other, _) => return Err(format!("unsupported stream-format {other}")),
        };
        if framing == NalFraming::AnnexB && self.framing.is_some_and(|f| f != framing) {
            // Parameter sets learned with another framing keep their length size; reset.
            self.parameter_sets = None;
        }
        self.framing = Some(framing);
        if let Some(config) = parsed.filter(|c| !c.sps.is_empty() && !c.pps.is_empty()) {
            self.parameter_sets = Some(config);
        } else if let Some(sets) = self.parameter_sets.as_mut() {
            sets.length_size = framing.output_length_size();
        }
        Ok(())
    }

    /// The latest parameter sets (from `codec_data` or in-band SPS/PPS).
    pub fn parameter_sets(&self) -> Option<&AvcConfig> {
        self.parameter_sets.as_ref()
    }

    /// The NAL framing of the input, once caps were taken.
    pub fn framing(&self) -> Option<NalFraming> {
        self.framing
    }

    /// Forgets the last timestamps used for the B-frame check (after a flush, whose new
    /// timeline may start earlier).
    pub fn reset_timing(&mut self) {
        self.last_pts = None;
        self.last_idr_pts = None;
    }

    /// Turns an access unit (`alignment=au`) into a sample: running times from `segment`
    /// (DTS = PTS when the buffer has none), in-band SPS/PPS taken into the parameter sets,
    /// the sample buffer sharing the input memory. `Ok(None)`: the buffer is outside the
    /// segment and is dropped.
    ///
    /// A buffer without DTS whose PTS is below the previous buffer's, but after the last IDR
    /// picture's, is a reordered picture (B-frames): [`InputError::BFramesWithoutDts`]. A
    /// PTS that goes back to before the last IDR picture is a restart of the source, left to
    /// the fragmenter.
    pub fn access_unit(
        &mut self,
        buffer: gst::Buffer,
        segment: &gst::FormattedSegment<gst::ClockTime>,
    ) -> Result<Option<VideoInput>, InputError> {
        let framing = self.framing.ok_or(InputError::NotNegotiated)?;
        let pts = buffer.pts().ok_or(InputError::NoTimestamp)?;
        let has_dts = buffer.dts().is_some();
        let dts = buffer.dts().unwrap_or(pts);
        let (Some(pts), Some(dts)) = (running_time(segment, pts), running_time(segment, dts))
        else {
            return Ok(None);
        };

        let au = {
            let map = buffer
                .map_readable()
                .map_err(|_| InputError::Buffer("the buffer cannot be mapped".into()))?;
            avc::split_access_unit(&map, framing).map_err(InputError::Stream)?
        };
        if !has_dts
            && !au.idr
            && self.last_pts.is_some_and(|last| pts < last)
            && self.last_idr_pts.is_some_and(|idr| pts > idr)
        {
            return Err(InputError::BFramesWithoutDts);
        }
        self.last_pts = Some(pts);
        if au.idr {
            self.last_idr_pts = Some(pts);
        }

        if !au.sps.is_empty() || !au.pps.is_empty() {
            let sets = self.parameter_sets.get_or_insert_with(|| AvcConfig {
                length_size: framing.output_length_size(),
                sps: Vec::new(),
                pps: Vec::new(),
            });
            if !au.sps.is_empty() {
                sets.sps.clone_from(&au.sps);
            }
            if !au.pps.is_empty() {
                sets.pps.clone_from(&au.pps);
            }
        }
        let track = if au.idr {
            let sets = self
                .parameter_sets
                .as_ref()
                .ok_or(InputError::MissingParameterSets)?;
            Some(avc::video_track(sets).map_err(|err| match err {
                Fmp4Error::MissingParameterSets => InputError::MissingParameterSets,
                err => InputError::Stream(err),
            })?)
        } else {
            None
        };

        let duration = buffer.duration().map(gst::ClockTime::nseconds);
        let payload =
            sample_buffer(buffer, &au).map_err(|err| InputError::Buffer(err.to_string()))?;
        Ok(Some(VideoInput {
            frame: VideoFrame {
                pts,
                dts,
                duration,
                sync: au.idr,
                size: au.size,
                payload,
            },
            track,
        }))
    }
}

/// The audio track of raw AAC caps (`audio/mpeg, mpegversion=4, stream-format=raw`): rate,
/// channels and the AudioSpecificConfig from `codec_data`. The error says why the caps are
/// refused.
pub fn aac_track(caps: &gst::CapsRef) -> Result<AudioTrack, String> {
    let s = caps.structure(0).ok_or("empty caps")?;
    let rate = s.get::<i32>("rate").map_err(|_| "no rate")?;
    let channels = s.get::<i32>("channels").map_err(|_| "no channels")?;
    let data = s
        .get::<gst::Buffer>("codec_data")
        .map_err(|_| "raw AAC without codec_data (AudioSpecificConfig)")?;
    let audio_specific_config = data
        .map_readable()
        .map_err(|_| "unreadable codec_data")?
        .to_vec();
    Ok(AudioTrack {
        sample_rate: u32::try_from(rate).map_err(|_| "bad rate")?,
        channels: u16::try_from(channels).map_err(|_| "bad channels")?,
        audio_specific_config,
    })
}

/// Signed running time in ns of `time` in `segment`; `None` outside the segment.
pub fn running_time(
    segment: &gst::FormattedSegment<gst::ClockTime>,
    time: gst::ClockTime,
) -> Option<i64> {
    match segment.to_running_time_full(time)? {
        gst::Signed::Positive(t) => i64::try_from(t.nseconds()).ok(),
        gst::Signed::Negative(t) => i64::try_from(t.nseconds()).ok().map(|t| -t),
    }
}

/// The sample of an access unit: the input buffer itself when nothing changes, else its
/// memory regions (shared, not copied) interleaved with new 4-byte length prefixes.
/// Byte-stream NAL units are framed by start codes; MP4 wants a length before each. The
/// start codes are simply left out of the regions, and each length is a new 4-byte memory,
/// so the slice data is never copied. Only an access unit with more than 8 NAL units would
/// exceed GStreamer's 16 memories per buffer (which would merge them with a copy anyway);
/// that rare case is assembled in one copy.
pub fn sample_buffer(
    input: gst::Buffer,
    au: &avc::AccessUnit,
) -> Result<gst::Buffer, gst::glib::BoolError> {
    if let [SamplePart::Input(range)] = au.parts.as_slice()
        && range.start == 0
        && range.end == input.size()
    {
        return Ok(input);
    }
    let mut out = input.copy_region(
        gst::BufferCopyFlags::FLAGS | gst::BufferCopyFlags::TIMESTAMPS | gst::BufferCopyFlags::META,
        ..,
    )?;
    let out_mut = out.make_mut();
    if au.parts.len() > MAX_MEMORIES_PER_BUFFER {
        let map = input.map_readable()?;
        out_mut.append_memory(gst::Memory::from_slice(au.to_sample(&map)));
        return Ok(out);
    }
    for part in &au.parts {
        match part {
            SamplePart::Prefix(prefix) => out_mut.append_memory(gst::Memory::from_slice(*prefix)),
            SamplePart::Input(range) => {
                let region = input.copy_region(gst::BufferCopyFlags::MEMORY, range.clone())?;
                for memory in region.iter_memories_owned() {
                    out_mut.append_memory(memory);
                }
            }
        }
    }
    Ok(out)
}
