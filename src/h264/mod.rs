//! H.264 (ISO/IEC 14496-10) bitstream parsing, without reconstructing any sample.
//!
//! Enough of the syntax for muxing and for motion analysis in the compressed domain:
//!
//! * [`nal`]: NAL unit splitting of Annex-B byte streams and of length-prefixed (AVCC)
//!   access units, and the one-byte NAL unit header;
//! * [`bits`]: a bit reader over escaped NAL payloads (emulation prevention bytes are dropped
//!   on the fly) with exp-Golomb codes;
//! * [`sps`], [`pps`]: sequence and picture parameter sets (profile, level, picture size,
//!   entropy coder, initial QP, ...);
//! * [`slice`](mod@slice): slice headers (and where their slice data starts), and a
//!   [`ParameterSets`] store to resolve them;
//! * [`mb`]: the macroblock layer of I and P slices (kinds, bits, motion vectors), entropy
//!   decoded only.
//!
//! Every parser takes untrusted bytes and returns [`H264Error`] on bad input; none of them
//! panics. Logging uses the `hksv::h264` target.

pub mod bits;
pub mod mb;
pub mod nal;
pub mod pps;
pub mod slice;
pub mod sps;

pub use nal::{NalHeader, NalUnitType, split_annex_b, split_length_prefixed};
pub use pps::Pps;
pub use slice::{LumaWeight, ParameterSets, SliceHeader, SliceType};
pub use sps::Sps;

/// Log target of the H.264 parser.
pub const LOG_TARGET: &str = "hksv::h264";

/// Errors of the H.264 parsers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum H264Error {
    /// The payload ended before the syntax element was complete.
    #[error("bitstream ended while reading {0}")]
    Truncated(&'static str),
    /// An exp-Golomb code had more than 31 leading zero bits.
    #[error("exp-Golomb code of {0} is too long")]
    ExpGolombTooLong(&'static str),
    /// A syntax element has a value the standard does not allow (or that we refuse).
    #[error("{field} = {value} is out of range")]
    OutOfRange {
        /// Name of the syntax element.
        field: &'static str,
        /// The value that was read.
        value: i64,
    },
    /// A length-prefixed NAL unit claims more bytes than the buffer holds.
    #[error("NAL unit length {len} overruns the buffer ({remaining} bytes left)")]
    LengthOverrun {
        /// Length read from the prefix.
        len: usize,
        /// Bytes left in the buffer after the prefix.
        remaining: usize,
    },
    /// The NAL length prefix size is not 1, 2, 3 or 4 bytes.
    #[error("invalid NAL length prefix size {0}")]
    InvalidLengthSize(usize),
    /// A NAL unit has no header byte.
    #[error("empty NAL unit")]
    EmptyNal,
    /// The forbidden_zero_bit of a NAL unit header is set.
    #[error("forbidden_zero_bit is set in NAL header {0:#04x}")]
    ForbiddenZeroBit(u8),
    /// A parser was given a NAL unit of another type.
    #[error("expected NAL unit type {expected}, got {got}")]
    WrongNalType {
        /// The type the parser handles.
        expected: &'static str,
        /// The type found in the header.
        got: u8,
    },
    /// A slice refers to a picture parameter set that was not seen.
    #[error("missing PPS {0}")]
    MissingPps(u32),
    /// A picture parameter set refers to a sequence parameter set that was not seen.
    #[error("missing SPS {0}")]
    MissingSps(u32),
    /// A valid stream uses a feature this parser does not handle.
    #[error("unsupported: {0}")]
    Unsupported(&'static str),
    /// The slice data does not decode (an invalid code, or it does not end where it must).
    #[error("invalid slice data at macroblock {mb}: {what}")]
    InvalidSliceData {
        /// Address of the macroblock being parsed.
        mb: u32,
        /// What was wrong.
        what: &'static str,
    },
}

/// Result alias of the H.264 parsers.
pub type Result<T> = std::result::Result<T, H264Error>;

#[cfg(test)]
mod tests;
