//! Fragmented MP4 (ISO BMFF) for HomeKit Secure Video: an initialization segment, then
//! fragments that each start with an IDR picture and cover whole GOPs (reference §13).
//!
//! Three layers, each usable on its own:
//!
//! * the box writer: [`write_init_segment`] (`ftyp` + `moov`) and [`write_fragment_header`]
//!   (`moof` + `mdat` header) are plain functions over plain structs, so the sample data is
//!   never copied: the caller appends it after the header;
//! * [`avc`]: H.264 access units in Annex-B or length-prefixed form turned into
//!   length-prefixed samples (as byte ranges of the input plus 4-byte prefixes) and `avcC`
//!   records built from the parameter sets;
//! * [`Fragmenter`]: timestamped access units and AAC frames in, init segments and fragments
//!   out (GOP alignment, fragment duration, decode/composition times, audio interleaving).
//!   `hksvfmp4mux` wraps it, and `hksvsink` can drive it directly with owned bytes.
//!
//! Logging uses the `hksv::fmp4` target.
//!
//! Without GStreamer, with owned bytes as the payload:
//!
//! ```
//! use hksv::fmp4::avc::{self, AvcConfig, NalFraming};
//! use hksv::fmp4::{Fragmenter, Output, VideoFrame};
//!
//! # fn main() -> Result<(), hksv::fmp4::Fmp4Error> {
//! // One Annex-B access unit: SPS, PPS and an IDR slice (x264, 320x240).
//! let sps = [0x67, 0x64, 0x00, 0x14, 0xac, 0xd9, 0x41, 0x41, 0xfb, 0x01, 0x6a, 0x0c, 0x0c,
//!            0x0d, 0x4a, 0x00, 0x00, 0x03, 0x00, 0x02, 0x00, 0x00, 0x03, 0x00, 0x79, 0x1e,
//!            0x28, 0x53, 0x2c];
//! let mut access_unit = vec![0, 0, 0, 1];
//! access_unit.extend(sps);
//! access_unit.extend([0, 0, 0, 1, 0x68, 0xeb, 0xec, 0xb2, 0x2c, 0, 0, 0, 1, 0x65, 0x88, 0x84]);
//!
//! let au = avc::split_access_unit(&access_unit, NalFraming::AnnexB)?;
//! let sets = AvcConfig { length_size: 4, sps: au.sps.clone(), pps: au.pps.clone() };
//! let mut fragmenter = Fragmenter::new(4_000_000_000);
//! fragmenter.set_video_track(avc::video_track(&sets)?);
//! let sample = au.to_sample(&access_unit);
//! let frame = VideoFrame { pts: 0, dts: 0, duration: Some(33_333_333), sync: au.idr,
//!                          size: au.size, payload: sample };
//! assert!(fragmenter.push_video(frame)?.is_empty()); // the fragment is still open
//! let outputs = fragmenter.finish()?;
//! assert!(matches!(&outputs[0], Output::Init(..)));
//! let Output::Fragment(fragment) = &outputs[1] else { unreachable!() };
//! let bytes: Vec<u8> = fragment.header.iter().chain(fragment.samples.concat().iter()).copied().collect();
//! assert_eq!(&bytes[4..8], b"moof");
//! # Ok(()) }
//! ```

pub mod avc;
mod boxes;
mod fragment;
mod fragmenter;
mod init;
#[cfg(test)]
mod testutil;

pub use fragment::{
    SAMPLE_FLAGS_NON_SYNC, SAMPLE_FLAGS_SYNC, SampleInfo, TrackRun, write_fragment_header,
};
pub use fragmenter::{
    AudioFrame, Fragment, Fragmenter, MAX_FRAGMENT_DURATION, MAX_TIMESTAMP, Output, VideoFrame,
};
pub use init::{
    AUDIO_TRACK_ID, AudioTrack, InitSegment, VIDEO_TIMESCALE, VIDEO_TRACK_ID, VideoTrack,
    write_init_segment,
};

/// Log target of the fMP4 writer.
pub const LOG_TARGET: &str = "hksv::fmp4";

/// Errors of the fMP4 writer and fragmenter.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Fmp4Error {
    /// A box grew beyond 4 GiB.
    #[error("box {} is too big", String::from_utf8_lossy(.0))]
    BoxTooBig([u8; 4]),
    /// Full-box flags wider than 24 bits (a bug in the writer).
    #[error(
        "flags {flags:#x} of box {} do not fit in 24 bits",
        String::from_utf8_lossy(fourcc)
    )]
    InvalidFlags {
        /// The box.
        fourcc: [u8; 4],
        /// The flags.
        flags: u32,
    },
    /// A fragment has too many samples, too long a sample or too much data.
    #[error("fragment too big (sample count, duration or data offset overflows)")]
    FragmentTooBig,
    /// A track configuration that cannot be written.
    #[error("invalid track configuration: {0}")]
    InvalidConfig(&'static str),
    /// An `avcC` record that cannot be parsed.
    #[error("invalid avcC: {0}")]
    InvalidAvcC(&'static str),
    /// The H.264 bitstream could not be parsed.
    #[error("invalid H.264 access unit: {0}")]
    H264(#[from] crate::h264::H264Error),
    /// A timestamp beyond ±[`MAX_TIMESTAMP`] ns.
    #[error("timestamp {0} ns is out of range")]
    TimestampOutOfRange(i64),
    /// An IDR picture arrived before any SPS and PPS were known.
    #[error("no SPS/PPS before the first IDR picture")]
    MissingParameterSets,
}
