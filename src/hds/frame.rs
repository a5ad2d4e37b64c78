//! HomeKit Data Stream keys (reference §12.1) and encrypted frames (§12.2).
//!
//! A frame is `0x01 ‖ u24be length ‖ ChaCha20-Poly1305(payload) ‖ tag`: the four header bytes
//! are the AAD, the nonce is `0⁴ ‖ u64le(counter)` with one counter per direction starting
//! at 0. One frame carries one message ([`super::message`]).

use std::fmt;

use thiserror::Error;

use crate::crypto::{CountedKey, TAG_LEN, hkdf_sha512};

/// The only frame type (HAP-NodeJS drops frames of any other type; we refuse them).
pub const FRAME_TYPE: u8 = 0x01;
/// Bytes of the frame header: type and 24-bit length.
pub const HEADER_LEN: usize = 4;
/// Largest payload accepted or sent. §16 #17: HAP-NodeJS's limit, the smaller of the two
/// (go2rtc allows 0xFFFFFF); 256 KiB chunks (§12.7) stay far below it.
pub const MAX_PAYLOAD: usize = 0xF_FFFF;

const READ_KEY_INFO: &[u8] = b"HDS-Read-Encryption-Key";
const WRITE_KEY_INFO: &[u8] = b"HDS-Write-Encryption-Key";

/// The two keys of one HomeKit Data Stream connection (§12.1).
#[derive(Clone)]
pub struct HdsKeys {
    /// Encrypts what the accessory sends (`HDS-Read-Encryption-Key`).
    pub accessory_to_controller: [u8; 32],
    /// Encrypts what the controller sends (`HDS-Write-Encryption-Key`).
    pub controller_to_accessory: [u8; 32],
}

impl HdsKeys {
    /// Derives the keys from the shared secret of the HAP session that wrote
    /// `SetupDataStreamTransport` and both salts: `salt = controller ‖ accessory` (64 bytes),
    /// `HKDF-SHA512(shared_secret, salt, "HDS-Read-Encryption-Key")` for accessory → controller
    /// and `"HDS-Write-Encryption-Key"` for controller → accessory.
    pub fn derive(
        shared_secret: &[u8; 32],
        controller_salt: &[u8; 32],
        accessory_salt: &[u8; 32],
    ) -> HdsKeys {
        let mut salt = [0u8; 64];
        let (controller, accessory) = salt.split_at_mut(32);
        controller.copy_from_slice(controller_salt);
        accessory.copy_from_slice(accessory_salt);
        HdsKeys {
            accessory_to_controller: hkdf_sha512(shared_secret, &salt, READ_KEY_INFO),
            controller_to_accessory: hkdf_sha512(shared_secret, &salt, WRITE_KEY_INFO),
        }
    }
}

impl fmt::Debug for HdsKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HdsKeys").finish_non_exhaustive()
    }
}

/// Which end of the connection a [`FrameCodec`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The camera: sends with the read key, receives with the write key.
    Accessory,
    /// The hub (or our test client): the reverse.
    Controller,
}

/// Framing failures; the caller closes the connection (except for [`FrameError::BadTag`] on
/// the first frame, see [`FrameCodec::decrypt`]).
#[derive(Debug, Error, Clone, Copy, PartialEq, Eq)]
pub enum FrameError {
    /// A frame header has a type other than [`FRAME_TYPE`].
    #[error("HDS frame type 0x{0:02X}, expected 0x01")]
    BadType(u8),
    /// A payload longer than [`MAX_PAYLOAD`] (received or about to be sent).
    #[error("HDS frame payload of {0} bytes exceeds {MAX_PAYLOAD}")]
    TooLarge(usize),
    /// A frame failed authentication (tampered, wrong keys or wrong counter).
    #[error("HDS frame {counter} failed authentication")]
    BadTag {
        /// Receive counter of the failing frame.
        counter: u64,
    },
}

/// Encrypts and decrypts the frames of one HomeKit Data Stream connection.
pub struct FrameCodec {
    send: CountedKey,
    receive: CountedKey,
}

impl fmt::Debug for FrameCodec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FrameCodec")
            .field("frames_sent", &self.send.count())
            .field("frames_received", &self.receive.count())
            .finish_non_exhaustive()
    }
}

impl FrameCodec {
    /// A codec for `role`, both counters at 0.
    pub fn new(keys: &HdsKeys, role: Role) -> FrameCodec {
        let (send, receive) = match role {
            Role::Accessory => (&keys.accessory_to_controller, &keys.controller_to_accessory),
            Role::Controller => (&keys.controller_to_accessory, &keys.accessory_to_controller),
        };
        FrameCodec {
            send: CountedKey::new(send),
            receive: CountedKey::new(receive),
        }
    }

    /// Number of frames encrypted so far (the next send counter).
    pub fn frames_sent(&self) -> u64 {
        self.send.count()
    }

    /// Number of frames decrypted so far (the next receive counter).
    pub fn frames_received(&self) -> u64 {
        self.receive.count()
    }

    /// Appends one frame carrying `payload` to `out`; [`FrameError::TooLarge`] (and nothing
    /// appended, counter unchanged) when the payload exceeds [`MAX_PAYLOAD`].
    pub fn encrypt(&mut self, payload: &[u8], out: &mut Vec<u8>) -> Result<(), FrameError> {
        let len = payload.len();
        if len > MAX_PAYLOAD {
            return Err(FrameError::TooLarge(len));
        }
        // len <= 0xFFFFF fits 24 bits.
        let len_be = (len as u32).to_be_bytes();
        let header = [FRAME_TYPE, len_be[1], len_be[2], len_be[3]];
        out.reserve(HEADER_LEN + len + TAG_LEN);
        out.extend_from_slice(&header);
        let body_start = out.len();
        out.extend_from_slice(payload);
        let tag = self.send.seal_next(&header, &mut out[body_start..]);
        out.extend_from_slice(&tag);
        Ok(())
    }

    /// Decrypts the first frame of `inbuf`.
    ///
    /// * `Ok(None)`: the frame is not complete yet; `inbuf` is untouched.
    /// * `Ok(Some(payload))`: the frame is removed from `inbuf` and the receive counter
    ///   advances; call again for the next frame.
    /// * `Err(BadTag)`: `inbuf` and the counter are untouched, so the caller can try another
    ///   prepared session's keys on the same first frame (HAP-NodeJS identifies the HAP
    ///   session of a new HDS connection this way, §12.1).
    /// * `Err(BadType | TooLarge)`: the header is invalid (see [`frame_len`]).
    pub fn decrypt(&mut self, inbuf: &mut Vec<u8>) -> Result<Option<Vec<u8>>, FrameError> {
        let Some(total) = frame_len(inbuf)? else {
            return Ok(None);
        };
        let (Some(header), Some(body), Some(tag)) = (
            inbuf.get(..HEADER_LEN),
            inbuf.get(HEADER_LEN..total - TAG_LEN),
            inbuf.get(total - TAG_LEN..total),
        ) else {
            return Ok(None);
        };
        // Decrypt a copy so that a failure leaves `inbuf` exactly as it was.
        let mut payload = body.to_vec();
        self.receive
            .open_next(header, &mut payload, tag)
            .map_err(|counter| FrameError::BadTag { counter })?;
        inbuf.drain(..total);
        Ok(Some(payload))
    }
}

/// Total length (header, payload and tag) of the first frame in `inbuf` once its header is
/// complete, `Ok(None)` before. A type other than [`FRAME_TYPE`] is an error as soon as the
/// first byte is there; a length above [`MAX_PAYLOAD`] once the header is complete.
pub fn frame_len(inbuf: &[u8]) -> Result<Option<usize>, FrameError> {
    match inbuf.first() {
        None => return Ok(None),
        Some(&FRAME_TYPE) => {}
        Some(&other) => return Err(FrameError::BadType(other)),
    }
    let Some(&[_, a, b, c]) = inbuf.get(..HEADER_LEN) else {
        return Ok(None);
    };
    let len = usize::from(a) << 16 | usize::from(b) << 8 | usize::from(c);
    if len > MAX_PAYLOAD {
        return Err(FrameError::TooLarge(len));
    }
    Ok(Some(HEADER_LEN + len + TAG_LEN))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    fn keys() -> HdsKeys {
        HdsKeys::derive(&[1; 32], &[2; 32], &[3; 32])
    }

    fn pair() -> (FrameCodec, FrameCodec) {
        let keys = keys();
        (
            FrameCodec::new(&keys, Role::Accessory),
            FrameCodec::new(&keys, Role::Controller),
        )
    }

    #[test]
    fn keys_follow_section_12_1() {
        let keys = keys();
        let mut salt = [2u8; 64];
        salt[32..].fill(3);
        assert_eq!(
            keys.accessory_to_controller,
            hkdf_sha512(&[1; 32], &salt, b"HDS-Read-Encryption-Key")
        );
        assert_eq!(
            keys.controller_to_accessory,
            hkdf_sha512(&[1; 32], &salt, b"HDS-Write-Encryption-Key")
        );
        assert_ne!(keys.accessory_to_controller, keys.controller_to_accessory);
        let debug = format!("{keys:?}");
        assert_eq!(debug, "HdsKeys { .. }");
    }

    #[test]
    fn keys_match_an_independent_hkdf() {
        // Computed with Python's hmac/hashlib, HKDF-SHA512 written out by hand (extract:
        // PRK = HMAC(salt, ikm); expand: T1 = HMAC(PRK, info ‖ 0x01), first 32 bytes) for
        // shared secret 00 01 … 1f, controller salt (c0 … cf) twice, accessory salt
        // (a0 … af) twice, salt = controller ‖ accessory.
        let shared: [u8; 32] = std::array::from_fn(|i| i as u8);
        let controller: [u8; 32] = std::array::from_fn(|i| 0xC0 + (i % 16) as u8);
        let accessory: [u8; 32] = std::array::from_fn(|i| 0xA0 + (i % 16) as u8);
        let keys = HdsKeys::derive(&shared, &controller, &accessory);
        assert_eq!(
            keys.accessory_to_controller.to_vec(),
            hex("8c58f5cd2a9d4d204682a34dd6ec6a43656ba4f12c2b3b93e7419903e5b0858d")
        );
        assert_eq!(
            keys.controller_to_accessory.to_vec(),
            hex("6a54643332528f33e8b2a872f52af9d86098ba98df30e3c89989234659685476")
        );
    }

    #[test]
    fn round_trip_both_directions() {
        let (mut acc, mut ctl) = pair();
        let mut wire = Vec::new();
        ctl.encrypt(b"hello", &mut wire).unwrap();
        assert_eq!(&wire[..4], &[0x01, 0x00, 0x00, 0x05]);
        assert_eq!(wire.len(), 4 + 5 + 16);
        assert_eq!(frame_len(&wire), Ok(Some(25)));
        assert_eq!(acc.decrypt(&mut wire).unwrap().unwrap(), b"hello");
        assert!(wire.is_empty());

        let big: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
        acc.encrypt(&big, &mut wire).unwrap();
        assert_eq!(&wire[..4], &[0x01, 0x04, 0x93, 0xE0]);
        assert_eq!(ctl.decrypt(&mut wire).unwrap().unwrap(), big);
        acc.encrypt(&[], &mut wire).unwrap();
        assert_eq!(ctl.decrypt(&mut wire).unwrap().unwrap(), b"");
        assert_eq!((acc.frames_sent(), acc.frames_received()), (2, 1));
        assert_eq!((ctl.frames_sent(), ctl.frames_received()), (1, 2));
    }

    #[test]
    fn wire_format_matches_the_aead_directly() {
        let keys = keys();
        let mut acc = FrameCodec::new(&keys, Role::Accessory);
        let mut wire = Vec::new();
        acc.encrypt(b"a", &mut wire).unwrap();
        acc.encrypt(b"b", &mut wire).unwrap();
        let second = &wire[21..];
        let sealed = crate::crypto::seal(
            &keys.accessory_to_controller,
            &1u64.to_le_bytes(),
            &[1, 0, 0, 1],
            b"b",
        );
        assert_eq!(&second[..4], &[1, 0, 0, 1]);
        assert_eq!(&second[4..], &sealed[..]);
    }

    #[test]
    fn several_and_partial_frames() {
        let (mut acc, mut ctl) = pair();
        let mut wire = Vec::new();
        for msg in [&b"one"[..], b"two", b"three"] {
            ctl.encrypt(msg, &mut wire).unwrap();
        }
        let mut inbuf = Vec::new();
        let mut got = Vec::new();
        for byte in wire {
            inbuf.push(byte);
            let before = inbuf.clone();
            match acc.decrypt(&mut inbuf).unwrap() {
                Some(payload) => got.push(payload),
                None => assert_eq!(inbuf, before),
            }
        }
        assert_eq!(
            got,
            vec![b"one".to_vec(), b"two".to_vec(), b"three".to_vec()]
        );
        assert!(inbuf.is_empty());

        let mut wire = Vec::new();
        for msg in [&b"x"[..], b"y"] {
            ctl.encrypt(msg, &mut wire).unwrap();
        }
        wire.extend_from_slice(&[0x01, 0x00]);
        assert_eq!(acc.decrypt(&mut wire).unwrap().unwrap(), b"x");
        assert_eq!(acc.decrypt(&mut wire).unwrap().unwrap(), b"y");
        assert_eq!(acc.decrypt(&mut wire), Ok(None));
        assert_eq!(wire, [0x01, 0x00]);
        assert_eq!(acc.frames_received(), 5);
    }

    #[test]
    fn tampering_fails_and_leaves_buffer_and_counter() {
        let (mut acc, mut ctl) = pair();
        let mut wire = Vec::new();
        ctl.encrypt(b"payload", &mut wire).unwrap();
        for i in 1..wire.len() {
            let mut tampered = wire.clone();
            tampered[i] ^= 0x01;
            let before = tampered.clone();
            let result = acc.decrypt(&mut tampered);
            // Flipping length bits may make the frame look incomplete instead.
            match result {
                Err(FrameError::BadTag { counter: 0 }) | Ok(None) => {}
                other => panic!("byte {i}: {other:?}"),
            }
            assert_eq!(tampered, before);
            assert_eq!(acc.frames_received(), 0);
        }
        // Another session's keys on the same first frame: BadTag, then the right keys work.
        let mut other = FrameCodec::new(
            &HdsKeys::derive(&[9; 32], &[2; 32], &[3; 32]),
            Role::Accessory,
        );
        assert_eq!(
            other.decrypt(&mut wire),
            Err(FrameError::BadTag { counter: 0 })
        );
        // The controller's own receive key is the other direction's.
        let mut wrong_direction = FrameCodec::new(&keys(), Role::Controller);
        assert_eq!(
            wrong_direction.decrypt(&mut wire),
            Err(FrameError::BadTag { counter: 0 })
        );
        assert_eq!(acc.decrypt(&mut wire).unwrap().unwrap(), b"payload");
    }

    #[test]
    fn bad_type_and_too_large() {
        let (mut acc, mut ctl) = pair();
        assert_eq!(frame_len(&[]), Ok(None));
        assert_eq!(frame_len(&[0x01, 0x00]), Ok(None));
        assert_eq!(frame_len(&[0x02]), Err(FrameError::BadType(2)));
        assert_eq!(
            acc.decrypt(&mut vec![0x00, 0, 0, 0]),
            Err(FrameError::BadType(0))
        );
        assert_eq!(
            frame_len(&[0x01, 0x0F, 0xFF, 0xFF]),
            Ok(Some(4 + MAX_PAYLOAD + 16))
        );
        assert_eq!(
            frame_len(&[0x01, 0x10, 0x00, 0x00]),
            Err(FrameError::TooLarge(0x10_0000))
        );
        assert_eq!(
            acc.decrypt(&mut vec![0x01, 0xFF, 0xFF, 0xFF]),
            Err(FrameError::TooLarge(0xFF_FFFF))
        );
        let mut out = vec![7];
        assert_eq!(
            ctl.encrypt(&vec![0; MAX_PAYLOAD + 1], &mut out),
            Err(FrameError::TooLarge(MAX_PAYLOAD + 1))
        );
        assert_eq!(out, [7]);
        assert_eq!(ctl.frames_sent(), 0);
        ctl.encrypt(&vec![0; MAX_PAYLOAD], &mut out).unwrap();
        assert_eq!(out.len(), 1 + 4 + MAX_PAYLOAD + 16);
    }

    #[test]
    fn counters_are_independent_per_direction() {
        let (mut acc, mut ctl) = pair();
        let mut to_acc = Vec::new();
        let mut to_ctl = Vec::new();
        for i in 0..3u8 {
            ctl.encrypt(&[i], &mut to_acc).unwrap();
        }
        acc.encrypt(b"first", &mut to_ctl).unwrap();
        assert_eq!(ctl.decrypt(&mut to_ctl).unwrap().unwrap(), b"first");
        for i in 0..3u8 {
            assert_eq!(acc.decrypt(&mut to_acc).unwrap().unwrap(), [i]);
        }
        acc.encrypt(b"second", &mut to_ctl).unwrap();
        assert_eq!(ctl.decrypt(&mut to_ctl).unwrap().unwrap(), b"second");
        assert_eq!((acc.frames_sent(), acc.frames_received()), (2, 3));
        assert_eq!((ctl.frames_sent(), ctl.frames_received()), (3, 2));
        // A frame sealed with counter 0 again (replay) fails at counter 3.
        let mut replay = Vec::new();
        FrameCodec::new(&keys(), Role::Controller)
            .encrypt(&[0], &mut replay)
            .unwrap();
        assert_eq!(
            acc.decrypt(&mut replay),
            Err(FrameError::BadTag { counter: 3 })
        );
    }
}
