//! SRTP and SRTCP with `AES_CM_128_HMAC_SHA1_80` (RFC 3711), the suite HomeKit live view uses
//! (reference §10.3, §10.4), and the "none" suite, which passes packets through.
//!
//! One [`SrtpContext`] per master key and direction: session keys are derived once (key
//! derivation rate 0, RFC 3711 §4.3), the rollover counter of RTP is kept per SSRC (§3.3.1),
//! and the SRTCP index counts the packets we protect (§3.4). Receiving estimates the packet
//! index as in RFC 3711 Appendix A and checks the authentication tag before anything else.

use std::collections::HashMap;

use aes::Aes128;
use aes::cipher::{BlockCipherEncrypt, InnerIvInit, KeyInit, StreamCipher};
use hmac::{Hmac, Mac};
use sha1::Sha1;

type HmacSha1 = Hmac<Sha1>;
type AesCtr = ctr::Ctr128BE<Aes128>;
type AesCtrCore = ctr::CtrCore<Aes128, ctr::flavors::Ctr128BE>;

/// Master key length of AES_CM_128 (bytes).
pub const MASTER_KEY_LEN: usize = 16;
/// Master salt length (bytes).
pub const MASTER_SALT_LEN: usize = 14;
/// Length of the HMAC-SHA1-80 authentication tag (bytes).
pub const TAG_LEN: usize = 10;
/// SRTCP: the E flag and index word that follows the encrypted part.
const SRTCP_INDEX_LEN: usize = 4;
/// Bit 31 of the SRTCP index word: the packet is encrypted.
const SRTCP_E_FLAG: u32 = 0x8000_0000;

/// Key derivation labels (RFC 3711 §4.3.2).
mod label {
    pub const RTP_ENCRYPTION: u8 = 0;
    pub const RTP_AUTHENTICATION: u8 = 1;
    pub const RTP_SALT: u8 = 2;
    pub const RTCP_ENCRYPTION: u8 = 3;
    pub const RTCP_AUTHENTICATION: u8 = 4;
    pub const RTCP_SALT: u8 = 5;
}

/// Why a packet was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SrtpError {
    /// Shorter than its headers and tag.
    #[error("packet too short ({0} bytes)")]
    TooShort(usize),
    /// The authentication tag does not match (wrong key, or a forged or damaged packet).
    #[error("authentication failed")]
    Authentication,
    /// Not RTP/RTCP version 2.
    #[error("not an RTP version 2 packet")]
    Version,
    /// The master key or salt does not have the suite's length.
    #[error("master key of {key} bytes and salt of {salt} bytes (expected 16 and 14)")]
    KeyLength {
        /// Key length given.
        key: usize,
        /// Salt length given.
        salt: usize,
    },
}

/// The session keys of one direction for RTP or RTCP (RFC 3711 §4.3).
#[derive(Clone)]
pub struct SessionKeys {
    /// The encryption key, expanded.
    cipher: Aes128,
    /// The session salt `k_s`.
    salt: [u8; MASTER_SALT_LEN],
    /// HMAC-SHA1 keyed with the session authentication key.
    mac: HmacSha1,
    /// The raw keys, for tests and diagnostics.
    #[cfg(test)]
    raw: ([u8; 16], [u8; 20]),
}

impl SessionKeys {
    /// Derives the RTP (`rtcp == false`) or RTCP session keys from a master key and salt,
    /// key derivation rate 0.
    pub fn derive(master_key: &[u8], master_salt: &[u8], rtcp: bool) -> Result<Self, SrtpError> {
        let (Ok(key), Ok(salt)) = (
            <[u8; MASTER_KEY_LEN]>::try_from(master_key),
            <[u8; MASTER_SALT_LEN]>::try_from(master_salt),
        ) else {
            return Err(SrtpError::KeyLength {
                key: master_key.len(),
                salt: master_salt.len(),
            });
        };
        let prf = Aes128::new(&key.into());
        let labels = if rtcp {
            [
                label::RTCP_ENCRYPTION,
                label::RTCP_AUTHENTICATION,
                label::RTCP_SALT,
            ]
        } else {
            [
                label::RTP_ENCRYPTION,
                label::RTP_AUTHENTICATION,
                label::RTP_SALT,
            ]
        };
        let mut enc = [0u8; 16];
        derive_key(&prf, &salt, labels[0], &mut enc);
        let mut auth = [0u8; 20];
        derive_key(&prf, &salt, labels[1], &mut auth);
        let mut session_salt = [0u8; MASTER_SALT_LEN];
        derive_key(&prf, &salt, labels[2], &mut session_salt);
        let mac =
            <HmacSha1 as KeyInit>::new_from_slice(&auth).map_err(|_| SrtpError::KeyLength {
                key: auth.len(),
                salt: 0,
            })?;
        Ok(SessionKeys {
            cipher: Aes128::new(&enc.into()),
            salt: session_salt,
            mac,
            #[cfg(test)]
            raw: (enc, auth),
        })
    }

    /// XORs `data` with the AES-CM keystream for `ssrc` and packet index `index` (§4.1.1):
    /// IV = (k_s · 2^16) XOR (SSRC · 2^64) XOR (index · 2^16).
    fn apply_keystream(&self, ssrc: u32, index: u64, data: &mut [u8]) {
        let mut iv = [0u8; 16];
        iv[..MASTER_SALT_LEN].copy_from_slice(&self.salt);
        for (b, s) in iv[4..8].iter_mut().zip(ssrc.to_be_bytes()) {
            *b ^= s;
        }
        for (b, s) in iv[8..14].iter_mut().zip(&index.to_be_bytes()[2..]) {
            *b ^= s;
        }
        let mut ctr = AesCtr::from_core(AesCtrCore::inner_iv_init(self.cipher.clone(), &iv.into()));
        ctr.apply_keystream(data);
    }

    /// The 80-bit tag of `parts` concatenated.
    fn tag(&self, parts: &[&[u8]]) -> [u8; TAG_LEN] {
        let mut mac = self.mac.clone();
        for part in parts {
            mac.update(part);
        }
        let full = mac.finalize().into_bytes();
        let mut tag = [0u8; TAG_LEN];
        tag.copy_from_slice(&full[..TAG_LEN]);
        tag
    }
}

/// The AES-CM PRF of the key derivation (§4.3.1, §4.3.3): x = (label · 2^48) XOR master salt
/// (index DIV kdr is 0), keystream from IV x · 2^16.
fn derive_key(prf: &Aes128, master_salt: &[u8; MASTER_SALT_LEN], label: u8, out: &mut [u8]) {
    let mut x = [0u8; 16];
    x[..MASTER_SALT_LEN].copy_from_slice(master_salt);
    x[7] ^= label;
    for (counter, chunk) in out.chunks_mut(16).enumerate() {
        let mut block = x;
        block[14..16].copy_from_slice(&(counter as u16).to_be_bytes());
        let mut block = block.into();
        prf.encrypt_block(&mut block);
        chunk.copy_from_slice(&block[..chunk.len()]);
    }
}

/// Length of the RTP header of `packet` (fixed part, CSRCs, extension), checked against the
/// packet's length.
pub fn rtp_header_len(packet: &[u8]) -> Result<usize, SrtpError> {
    let first = *packet.first().ok_or(SrtpError::TooShort(0))?;
    if first >> 6 != 2 {
        return Err(SrtpError::Version);
    }
    let mut len = 12 + 4 * usize::from(first & 0x0f);
    if first & 0x10 != 0 {
        let ext = packet
            .get(len + 2..len + 4)
            .ok_or(SrtpError::TooShort(packet.len()))?;
        len += 4 + 4 * usize::from(u16::from_be_bytes([ext[0], ext[1]]));
    }
    if packet.len() < len {
        return Err(SrtpError::TooShort(packet.len()));
    }
    Ok(len)
}

fn be_u16(b: &[u8], at: usize) -> Result<u16, SrtpError> {
    b.get(at..at + 2)
        .map(|s| u16::from_be_bytes([s[0], s[1]]))
        .ok_or(SrtpError::TooShort(b.len()))
}

fn be_u32(b: &[u8], at: usize) -> Result<u32, SrtpError> {
    b.get(at..at + 4)
        .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
        .ok_or(SrtpError::TooShort(b.len()))
}

/// What a receiver remembers of one SSRC: the highest sequence number and its rollover
/// counter (RFC 3711 Appendix A, `s_l` and ROC).
#[derive(Clone, Copy, Debug)]
struct RtpReceiveState {
    highest_seq: u16,
    roc: u32,
}

/// Keys for one master key in one direction: protects what we send, or unprotects what the
/// controller sends.
pub struct SrtpContext {
    keys: Option<(SessionKeys, SessionKeys)>,
    /// Sender: the rollover counter and last sequence number per SSRC.
    send_roc: HashMap<u32, (u16, u32)>,
    /// Receiver: see [`RtpReceiveState`].
    receive: HashMap<u32, RtpReceiveState>,
    /// The next SRTCP index (31 bits).
    srtcp_index: u32,
}

impl SrtpContext {
    /// A context for AES_CM_128_HMAC_SHA1_80 with this master key and salt.
    pub fn aes_cm_128(master_key: &[u8], master_salt: &[u8]) -> Result<Self, SrtpError> {
        Ok(SrtpContext {
            keys: Some((
                SessionKeys::derive(master_key, master_salt, false)?,
                SessionKeys::derive(master_key, master_salt, true)?,
            )),
            send_roc: HashMap::new(),
            receive: HashMap::new(),
            srtcp_index: 0,
        })
    }

    /// The "none" suite (§10.3: for testing): packets pass unchanged.
    pub fn null() -> Self {
        SrtpContext {
            keys: None,
            send_roc: HashMap::new(),
            receive: HashMap::new(),
            srtcp_index: 0,
        }
    }

    /// Protects an RTP packet into `out` (cleared first): payload encrypted, tag appended
    /// (RFC 3711 §3.3). The rollover counter rises when the sequence number wraps.
    pub fn protect_rtp(&mut self, packet: &[u8], out: &mut Vec<u8>) -> Result<(), SrtpError> {
        out.clear();
        out.extend_from_slice(packet);
        let Some((rtp, _)) = &self.keys else {
            return Ok(());
        };
        let header = rtp_header_len(packet)?;
        let seq = be_u16(packet, 2)?;
        let ssrc = be_u32(packet, 8)?;
        let (last, roc) = self.send_roc.entry(ssrc).or_insert((seq, 0));
        if seq < *last && *last - seq > 0x8000 {
            *roc = roc.wrapping_add(1);
        }
        *last = seq;
        let roc = *roc;
        let index = (u64::from(roc) << 16) | u64::from(seq);
        rtp.apply_keystream(ssrc, index, &mut out[header..]);
        let tag = rtp.tag(&[out, &roc.to_be_bytes()]);
        out.extend_from_slice(&tag);
        Ok(())
    }

    /// Checks and decrypts an SRTP packet in place: on success `packet` is the plain RTP
    /// packet (tag removed).
    pub fn unprotect_rtp(&mut self, packet: &mut Vec<u8>) -> Result<(), SrtpError> {
        let Some((rtp, _)) = &self.keys else {
            return Ok(());
        };
        if packet.len() < 12 + TAG_LEN {
            return Err(SrtpError::TooShort(packet.len()));
        }
        let body = packet.len() - TAG_LEN;
        let header = rtp_header_len(&packet[..body])?;
        let seq = be_u16(packet, 2)?;
        let ssrc = be_u32(packet, 8)?;
        let state = self.receive.get(&ssrc).copied();
        let roc = match state {
            None => 0,
            Some(s) => estimate_roc(s, seq),
        };
        let expected = rtp.tag(&[&packet[..body], &roc.to_be_bytes()]);
        if !constant_time_eq(&expected, &packet[body..]) {
            return Err(SrtpError::Authentication);
        }
        let index = (u64::from(roc) << 16) | u64::from(seq);
        packet.truncate(body);
        rtp.apply_keystream(ssrc, index, &mut packet[header..]);
        let newer = match state {
            None => true,
            Some(s) => index > ((u64::from(s.roc) << 16) | u64::from(s.highest_seq)),
        };
        if newer {
            self.receive.insert(
                ssrc,
                RtpReceiveState {
                    highest_seq: seq,
                    roc,
                },
            );
        }
        Ok(())
    }

    /// Protects a (compound) RTCP packet into `out`: everything after the first 8 bytes
    /// encrypted, then the E flag and SRTCP index, then the tag (RFC 3711 §3.4).
    pub fn protect_rtcp(&mut self, packet: &[u8], out: &mut Vec<u8>) -> Result<(), SrtpError> {
        out.clear();
        out.extend_from_slice(packet);
        let Some((_, rtcp)) = &self.keys else {
            return Ok(());
        };
        if packet.len() < 8 {
            return Err(SrtpError::TooShort(packet.len()));
        }
        let ssrc = be_u32(packet, 4)?;
        let index = self.srtcp_index;
        self.srtcp_index = (self.srtcp_index + 1) & 0x7fff_ffff;
        rtcp.apply_keystream(ssrc, u64::from(index), &mut out[8..]);
        out.extend_from_slice(&(SRTCP_E_FLAG | index).to_be_bytes());
        let tag = rtcp.tag(&[out]);
        out.extend_from_slice(&tag);
        Ok(())
    }

    /// Checks and decrypts an SRTCP packet in place: on success `packet` is the plain
    /// compound RTCP packet.
    pub fn unprotect_rtcp(&mut self, packet: &mut Vec<u8>) -> Result<(), SrtpError> {
        let Some((_, rtcp)) = &self.keys else {
            return Ok(());
        };
        if packet.len() < 8 + SRTCP_INDEX_LEN + TAG_LEN {
            return Err(SrtpError::TooShort(packet.len()));
        }
        let body = packet.len() - TAG_LEN;
        let expected = rtcp.tag(&[&packet[..body]]);
        if !constant_time_eq(&expected, &packet[body..]) {
            return Err(SrtpError::Authentication);
        }
        let word = be_u32(packet, body - SRTCP_INDEX_LEN)?;
        let ssrc = be_u32(packet, 4)?;
        packet.truncate(body - SRTCP_INDEX_LEN);
        if word & SRTCP_E_FLAG != 0 {
            rtcp.apply_keystream(ssrc, u64::from(word & !SRTCP_E_FLAG), &mut packet[8..]);
        }
        Ok(())
    }
}

/// The rollover counter of a received sequence number (RFC 3711 Appendix A).
fn estimate_roc(state: RtpReceiveState, seq: u16) -> u32 {
    let (s_l, roc) = (i32::from(state.highest_seq), state.roc);
    let seq = i32::from(seq);
    if s_l < 0x8000 {
        if seq - s_l > 0x8000 {
            roc.wrapping_sub(1)
        } else {
            roc
        }
    } else if s_l - 0x8000 > seq {
        roc.wrapping_add(1)
    } else {
        roc
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    /// RFC 3711 Appendix B.3: key derivation.
    #[test]
    fn key_derivation_matches_rfc_3711_b3() {
        let key = hex("E1F97A0D3E018BE0D64FA32C06DE4139");
        let salt = hex("0EC675AD498AFEEBB6960B3AABE6");
        let keys = SessionKeys::derive(&key, &salt, false).unwrap();
        assert_eq!(keys.raw.0.to_vec(), hex("C61E7A93744F39EE10734AFE3FF7A087"));
        assert_eq!(keys.salt.to_vec(), hex("30CBBC08863D8C85D49DB34A9AE1"));
        assert_eq!(
            keys.raw.1.to_vec(),
            hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4")
        );
        // The first bytes of the 94-byte authentication key walk of B.3 (two AES blocks).
        let prf = Aes128::new(&<[u8; 16]>::try_from(key.as_slice()).unwrap().into());
        let mut long = [0u8; 32];
        derive_key(
            &prf,
            &salt.clone().try_into().unwrap(),
            label::RTP_AUTHENTICATION,
            &mut long,
        );
        assert_eq!(
            long.to_vec(),
            hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA48F0A0ACF3C34E2359E6CDBCE")
        );
    }

    /// RFC 3711 Appendix B.2: the AES-CM keystream of session key 2B7E…, salt F0F1…FD,
    /// SSRC 0, index 0.
    #[test]
    fn keystream_matches_rfc_3711_b2() {
        let key: [u8; 16] = hex("2B7E151628AED2A6ABF7158809CF4F3C").try_into().unwrap();
        let salt: [u8; 14] = hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD").try_into().unwrap();
        let keys = SessionKeys {
            cipher: Aes128::new(&key.into()),
            salt,
            mac: <HmacSha1 as KeyInit>::new_from_slice(&[0u8; 20]).unwrap(),
            raw: (key, [0; 20]),
        };
        let mut stream = vec![0u8; 48];
        keys.apply_keystream(0, 0, &mut stream);
        assert_eq!(
            stream,
            hex(
                "E03EAD0935C95E80E166B16DD92B4EB4 D23513162B02D0F72A43A2FE4A5F97AB \
                 41E95B3BB0A2E8DD477901E4FCA894C0"
            )
        );
    }

    fn rtp(seq: u16, ssrc: u32, payload: &[u8]) -> Vec<u8> {
        let mut p = vec![0x80, 96];
        p.extend_from_slice(&seq.to_be_bytes());
        p.extend_from_slice(&1234u32.to_be_bytes());
        p.extend_from_slice(&ssrc.to_be_bytes());
        p.extend_from_slice(payload);
        p
    }

    #[test]
    fn rtp_round_trip_across_a_sequence_wrap() {
        let key = [7u8; 16];
        let salt = [9u8; 14];
        let mut tx = SrtpContext::aes_cm_128(&key, &salt).unwrap();
        let mut rx = SrtpContext::aes_cm_128(&key, &salt).unwrap();
        let mut out = Vec::new();
        for seq in [65533u16, 65534, 65535, 0, 1, 2] {
            let plain = rtp(seq, 0xdead_beef, b"hello homekit");
            tx.protect_rtp(&plain, &mut out).unwrap();
            assert_eq!(out.len(), plain.len() + TAG_LEN);
            assert_eq!(out[..12], plain[..12], "header stays clear");
            assert_ne!(out[12..plain.len()], plain[12..], "payload encrypted");
            let mut received = out.clone();
            rx.unprotect_rtp(&mut received).unwrap();
            assert_eq!(received, plain);
        }
        assert_eq!(tx.send_roc[&0xdead_beef], (2, 1));
        // A damaged packet is refused.
        tx.protect_rtp(&rtp(3, 0xdead_beef, b"x"), &mut out)
            .unwrap();
        let mut damaged = out.clone();
        damaged[12] ^= 1;
        assert_eq!(
            rx.unprotect_rtp(&mut damaged),
            Err(SrtpError::Authentication)
        );
        // Another key cannot read it.
        let mut other = SrtpContext::aes_cm_128(&[8u8; 16], &salt).unwrap();
        assert_eq!(
            other.unprotect_rtp(&mut out),
            Err(SrtpError::Authentication)
        );
    }

    #[test]
    fn rtcp_round_trip_and_index() {
        let mut tx = SrtpContext::aes_cm_128(&[1u8; 16], &[2u8; 14]).unwrap();
        let mut rx = SrtpContext::aes_cm_128(&[1u8; 16], &[2u8; 14]).unwrap();
        let plain = hex("80C9000100000042");
        let mut out = Vec::new();
        for index in 0..3u32 {
            tx.protect_rtcp(&plain, &mut out).unwrap();
            assert_eq!(out.len(), plain.len() + 4 + TAG_LEN);
            assert_eq!(
                out[plain.len()..plain.len() + 4],
                (0x8000_0000 | index).to_be_bytes()
            );
            let mut received = out.clone();
            rx.unprotect_rtcp(&mut received).unwrap();
            assert_eq!(received, plain);
        }
        out[3] ^= 1;
        assert_eq!(rx.unprotect_rtcp(&mut out), Err(SrtpError::Authentication));
    }

    #[test]
    fn null_suite_passes_through() {
        let mut ctx = SrtpContext::null();
        let plain = rtp(1, 5, b"abc");
        let mut out = Vec::new();
        ctx.protect_rtp(&plain, &mut out).unwrap();
        assert_eq!(out, plain);
        ctx.unprotect_rtp(&mut out).unwrap();
        assert_eq!(out, plain);
    }

    #[test]
    fn wrong_key_lengths_are_refused() {
        assert!(matches!(
            SrtpContext::aes_cm_128(&[0; 32], &[0; 14]),
            Err(SrtpError::KeyLength { key: 32, salt: 14 })
        ));
    }
}
