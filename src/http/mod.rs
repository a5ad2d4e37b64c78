//! A small HTTP/1.1 implementation for HAP (reference §1): an incremental parser for requests
//! (and, for the controller side, responses and `EVENT/1.0` messages) over a byte buffer, with
//! pipelining, `Content-Length` bodies and size limits, and a writer for responses in which
//! `EVENT/1.0 200 OK` is just another start line.

mod parse;
mod write;

pub use parse::{Message, StartLine, parse_message, parse_request, parse_request_limited};
pub use write::{Response, status_reason};

/// Largest accepted header block (start line + headers), in bytes.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;
/// Largest accepted body, in bytes (ADK's per-session buffer is 32 KiB; the accessory
/// database of a camera is about 10 KiB, snapshots go the other way).
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Largest body accepted from a connection that has not finished pair-verify: pairing
/// messages are a few hundred bytes, and ADK's whole inbound buffer per session is 32 KiB
/// (reference §1.9). Keeps unauthenticated peers from making the accessory buffer 1 MiB each.
pub const MAX_UNVERIFIED_BODY_BYTES: usize = 32 * 1024;

/// Content type of pairing messages.
pub const CONTENT_TYPE_PAIRING: &str = "application/pairing+tlv8";
/// Content type of HAP JSON.
pub const CONTENT_TYPE_HAP_JSON: &str = "application/hap+json";
/// Content type of snapshots.
pub const CONTENT_TYPE_JPEG: &str = "image/jpeg";

/// Why a message could not be parsed. The connection cannot continue after any of these.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    /// The header block is longer than [`MAX_HEADER_BYTES`].
    #[error("header block exceeds {MAX_HEADER_BYTES} bytes")]
    HeaderTooLarge,
    /// The body is larger than the limit of the connection ([`MAX_BODY_BYTES`], or
    /// [`MAX_UNVERIFIED_BODY_BYTES`] before pair-verify).
    #[error("body of {size} bytes exceeds {limit} bytes")]
    BodyTooLarge {
        /// Announced (or, chunked, received) body size.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The start line is not `METHOD target HTTP/1.x` (or `HTTP/1.x code reason`,
    /// `EVENT/1.0 code reason` for responses).
    #[error("malformed start line")]
    BadStartLine,
    /// A header line has no colon or is not text.
    #[error("malformed header line")]
    BadHeader,
    /// `Content-Length` is not a number.
    #[error("invalid Content-Length")]
    BadContentLength,
    /// Chunked or other transfer codings are not used by HAP and not accepted.
    #[error("unsupported Transfer-Encoding")]
    UnsupportedTransferEncoding,
}
