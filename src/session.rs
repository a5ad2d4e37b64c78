//! The encrypted HAP session framing (reference §5).
//!
//! Each frame is `u16le L ‖ ChaCha20-Poly1305(L bytes) ‖ tag`, with `L` in 1..=1024, the two
//! length bytes as AAD and nonce `0⁴ ‖ u64le(counter)`, one counter per direction. Keys are
//! prepared once per session.

use thiserror::Error;

use crate::crypto::{CountedKey, TAG_LEN};
use crate::pairing::SessionKeys;

/// Largest plaintext carried by one frame.
pub const MAX_FRAME_PLAINTEXT: usize = 1024;
const LEN_BYTES: usize = 2;

/// Framing failures; the caller closes the connection.
#[derive(Debug, Error, Clone, Copy, PartialEq, Eq)]
pub enum SessionError {
    /// A frame announces a length of 0 or more than 1024 bytes.
    #[error("encrypted frame length {0} outside 1..=1024")]
    BadLength(usize),
    /// A frame failed authentication (tampered, wrong key or wrong counter).
    #[error("encrypted frame {counter} failed authentication")]
    BadTag {
        /// Receive counter of the failing frame.
        counter: u64,
    },
}

/// An encrypted HAP session after pair-verify, for either role.
pub struct SecureSession {
    send: CountedKey,
    receive: CountedKey,
    shared_secret: [u8; 32],
}

impl SecureSession {
    /// The accessory end: sends with `accessory_to_controller`, receives with
    /// `controller_to_accessory`.
    pub fn accessory(keys: &SessionKeys) -> Self {
        Self {
            send: CountedKey::new(&keys.accessory_to_controller),
            receive: CountedKey::new(&keys.controller_to_accessory),
            shared_secret: keys.shared_secret,
        }
    }

    /// The controller end.
    pub fn controller(keys: &SessionKeys) -> Self {
        Self {
            send: CountedKey::new(&keys.controller_to_accessory),
            receive: CountedKey::new(&keys.accessory_to_controller),
            shared_secret: keys.shared_secret,
        }
    }

    /// The pair-verify shared secret (HomeKit Data Stream keys derive from it, §12.1).
    pub fn shared_secret(&self) -> &[u8; 32] {
        &self.shared_secret
    }

    /// Number of frames sent so far.
    pub fn frames_sent(&self) -> u64 {
        self.send.count()
    }

    /// Number of frames received so far.
    pub fn frames_received(&self) -> u64 {
        self.receive.count()
    }

    /// Appends `plaintext` to `out` as frames of at most 1024 plaintext bytes. An empty
    /// plaintext produces no frame.
    pub fn encrypt(&mut self, plaintext: &[u8], out: &mut Vec<u8>) {
        out.reserve(
            plaintext.len() + plaintext.len().div_ceil(MAX_FRAME_PLAINTEXT) * (LEN_BYTES + TAG_LEN),
        );
        for chunk in plaintext.chunks(MAX_FRAME_PLAINTEXT) {
            // chunk.len() <= 1024 fits in u16.
            let len = (chunk.len() as u16).to_le_bytes();
            out.extend_from_slice(&len);
            let body_start = out.len();
            out.extend_from_slice(chunk);
            let tag = self.send.seal_next(&len, &mut out[body_start..]);
            out.extend_from_slice(&tag);
        }
    }

    /// Decrypts every complete frame at the front of `inbuf`, removes them from it and
    /// returns their concatenated plaintext; `Ok(None)` when not even one whole frame is
    /// buffered yet. Partial frames stay in `inbuf`.
    pub fn decrypt(&mut self, inbuf: &mut Vec<u8>) -> Result<Option<Vec<u8>>, SessionError> {
        let mut plaintext = Vec::new();
        let mut consumed = 0usize;
        let mut frames = 0usize;
        while let Some(&[lo, hi]) = inbuf.get(consumed..consumed + LEN_BYTES) {
            let aad = [lo, hi];
            let len = usize::from(u16::from_le_bytes(aad));
            if len == 0 || len > MAX_FRAME_PLAINTEXT {
                return Err(SessionError::BadLength(len));
            }
            let body_start = consumed + LEN_BYTES;
            if inbuf.len() < body_start + len + TAG_LEN {
                break;
            }
            let (body, tag) = inbuf[body_start..body_start + len + TAG_LEN].split_at_mut(len);
            self.receive
                .open_next(&aad, body, tag)
                .map_err(|counter| SessionError::BadTag { counter })?;
            plaintext.extend_from_slice(body);
            consumed = body_start + len + TAG_LEN;
            frames += 1;
        }
        inbuf.drain(..consumed);
        Ok((frames > 0).then_some(plaintext))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> SessionKeys {
        SessionKeys {
            shared_secret: [1; 32],
            accessory_to_controller: [2; 32],
            controller_to_accessory: [3; 32],
        }
    }

    fn pair() -> (SecureSession, SecureSession) {
        (
            SecureSession::accessory(&keys()),
            SecureSession::controller(&keys()),
        )
    }

    #[test]
    fn round_trip_both_directions() {
        let (mut acc, mut ctl) = pair();
        let mut wire = Vec::new();
        ctl.encrypt(b"GET /accessories HTTP/1.1\r\n\r\n", &mut wire);
        assert_eq!(wire.len(), 2 + 29 + 16);
        assert_eq!(
            acc.decrypt(&mut wire).unwrap().unwrap(),
            b"GET /accessories HTTP/1.1\r\n\r\n"
        );
        assert!(wire.is_empty());
        acc.encrypt(b"HTTP/1.1 200 OK\r\n", &mut wire);
        assert_eq!(
            ctl.decrypt(&mut wire).unwrap().unwrap(),
            b"HTTP/1.1 200 OK\r\n"
        );
        assert_eq!(acc.shared_secret(), &[1; 32]);
        assert_eq!((acc.frames_sent(), acc.frames_received()), (1, 1));
    }

    #[test]
    fn frame_boundary_at_1024() {
        let (mut acc, mut ctl) = pair();
        for (len, frames) in [(1024usize, 1usize), (1025, 2), (2048, 2), (3000, 3)] {
            let data: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let mut wire = Vec::new();
            ctl.encrypt(&data, &mut wire);
            assert_eq!(wire.len(), len + frames * 18, "len {len}");
            assert_eq!(u16::from_le_bytes([wire[0], wire[1]]), len.min(1024) as u16);
            assert_eq!(acc.decrypt(&mut wire).unwrap().unwrap(), data);
        }
        let mut wire = Vec::new();
        ctl.encrypt(&[], &mut wire);
        assert!(wire.is_empty());
    }

    #[test]
    fn split_frames_are_buffered() {
        let (mut acc, mut ctl) = pair();
        let data: Vec<u8> = (0..2500).map(|i| (i * 7) as u8).collect();
        let mut wire = Vec::new();
        ctl.encrypt(&data, &mut wire);
        let mut inbuf = Vec::new();
        let mut out = Vec::new();
        for byte in wire {
            inbuf.push(byte);
            if let Some(plain) = acc.decrypt(&mut inbuf).unwrap() {
                out.extend_from_slice(&plain);
            }
        }
        assert_eq!(out, data);
        assert!(inbuf.is_empty());
        assert_eq!(acc.frames_received(), 3);
    }

    #[test]
    fn bad_length_tamper_and_counter_are_errors() {
        let (mut acc, mut ctl) = pair();
        let mut too_long = vec![0x01, 0x04];
        too_long.extend_from_slice(&[0; 1041]);
        assert_eq!(
            acc.decrypt(&mut too_long),
            Err(SessionError::BadLength(1025))
        );
        assert_eq!(
            acc.decrypt(&mut vec![0, 0, 1, 2]),
            Err(SessionError::BadLength(0))
        );

        let mut wire = Vec::new();
        ctl.encrypt(b"hello", &mut wire);
        let mut tampered = wire.clone();
        tampered[3] ^= 0x80;
        assert_eq!(
            acc.decrypt(&mut tampered),
            Err(SessionError::BadTag { counter: 0 })
        );
        let mut tampered_len = wire.clone();
        tampered_len[0] = 4;
        tampered_len.pop();
        assert_eq!(
            acc.decrypt(&mut tampered_len),
            Err(SessionError::BadTag { counter: 0 })
        );

        // Skipping a frame makes the receiver's counter disagree.
        let mut second = Vec::new();
        ctl.encrypt(b"world", &mut second);
        assert_eq!(
            acc.decrypt(&mut second),
            Err(SessionError::BadTag { counter: 0 })
        );
        // Replaying the first frame to the wrong direction fails too.
        let (_, mut other_ctl) = pair();
        assert!(other_ctl.decrypt(&mut wire.clone()).is_err());
        assert_eq!(acc.decrypt(&mut wire).unwrap().unwrap(), b"hello");
    }
}
