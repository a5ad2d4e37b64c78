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
pub use fragmenter::{AudioFrame, Fragment, Fragmenter, Output, VideoFrame};
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
    /// An IDR picture arrived before any SPS and PPS were known.
    #[error("no SPS/PPS before the first IDR picture")]
    MissingParameterSets,
    /// Decode timestamps went backwards.
    #[error("decode timestamp {dts} ns is before the previous one ({previous} ns)")]
    TimestampsBackwards {
        /// The new decode timestamp.
        dts: i64,
        /// The previous one.
        previous: i64,
    },
}
