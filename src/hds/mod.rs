//! HomeKit Data Stream (HDS, reference §12): the TCP side channel over which a hub receives
//! HomeKit Secure Video recordings.
//!
//! A hub asks for a data stream by writing `SetupDataStreamTransport` (§11.6) on an encrypted
//! HAP connection, then connects to the TCP port the accessory returned. On that connection
//! the layers are, from the bottom up:
//!
//! * [`frame`]: keys derived from the HAP session's shared secret and both salts (§12.1) and
//!   the encrypted frames `type ‖ u24be length ‖ ciphertext ‖ tag` (§12.2).
//! * [`message`]: each frame's payload is `header length ‖ header ‖ body`, both OPACK values;
//!   the header says event, request or response, the protocol and the topic (§12.3, §12.5).
//! * [`opack`]: Apple's OPACK binary value encoding used by headers and bodies (§12.4).
//! * [`datasend`]: the `control`/`hello` handshake and the `dataSend` protocol that carries
//!   the fragmented MP4 recording in chunks (§12.6, §12.7).
//!
//! Everything here is pure: bytes in, bytes or typed errors out. Nothing a peer sends can
//! make this code panic; the I/O and timers live with the callers.

pub mod datasend;
pub mod frame;
pub mod message;
pub mod opack;

/// `log` target of the HomeKit Data Stream code.
pub const LOG: &str = "hksv::hds";
