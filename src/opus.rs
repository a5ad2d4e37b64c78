// SPDX-License-Identifier: MIT OR Apache-2.0
//! Opus packets (RFC 6716 §3.1) as HomeKit live view carries them (reference §10.2, §10.5):
//! the duration of a packet from its table-of-contents (TOC) byte, counted at the *selected*
//! sample rate (HomeKit's RTP timestamps advance at that rate, not RFC 7587's 48 kHz), and the
//! joining of single-frame packets into one code-3 packet, for packet times that are not an
//! Opus frame size (30 ms = three 10 ms frames).

/// The longest Opus packet, in samples at 48 kHz (120 ms, RFC 6716 §3.2.5).
const MAX_PACKET_SAMPLES_48K: u32 = 5760;
/// The longest frame, in bytes (RFC 6716 §3.2.1).
const MAX_FRAME_LEN: usize = 1275;
/// Code-3 frame count byte: the VBR flag (frame lengths follow).
const CODE3_VBR: u8 = 0x80;

/// Why an Opus packet is not usable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpusError {
    /// The packet has no TOC byte.
    #[error("empty Opus packet")]
    Empty,
    /// A code-3 packet without its frame count byte, or with a count of zero.
    #[error("Opus code-3 packet without a valid frame count")]
    FrameCount,
    /// The packet lasts longer than 120 ms.
    #[error("Opus packet of {0} samples at 48 kHz is longer than 120 ms")]
    TooLong(u32),
    /// The selected sample rate is zero.
    #[error("sample rate 0")]
    Rate,
    /// Frames to join are not single-frame (code 0) packets of one configuration.
    #[error("Opus frames of different configurations or not single-frame packets")]
    Mismatch,
    /// A frame is longer than Opus allows.
    #[error("Opus frame of {0} bytes is longer than 1275")]
    FrameTooLong(usize),
}

/// Samples (at 48 kHz) of one frame of the TOC's configuration (RFC 6716 §3.1, Table 2).
pub fn frame_samples_48k(toc: u8) -> u32 {
    let config = toc >> 3;
    match config {
        // SILK-only: 10, 20, 40, 60 ms.
        0..=11 => [480, 960, 1920, 2880][usize::from(config % 4)],
        // Hybrid: 10, 20 ms.
        12..=15 => [480, 960][usize::from(config % 2)],
        // CELT-only: 2.5, 5, 10, 20 ms.
        _ => [120, 240, 480, 960][usize::from(config % 4)],
    }
}

/// The number of frames in `packet` (RFC 6716 §3.2).
pub fn frame_count(packet: &[u8]) -> Result<u32, OpusError> {
    let toc = *packet.first().ok_or(OpusError::Empty)?;
    match toc & 0x03 {
        0 => Ok(1),
        1 | 2 => Ok(2),
        _ => match packet.get(1).map(|b| u32::from(b & 0x3F)) {
            Some(n) if n > 0 => Ok(n),
            _ => Err(OpusError::FrameCount),
        },
    }
}

/// The duration of `packet` in samples at `rate` Hz: what the RTP timestamp advances by.
pub fn packet_samples(packet: &[u8], rate: u32) -> Result<u32, OpusError> {
    if rate == 0 {
        return Err(OpusError::Rate);
    }
    let toc = *packet.first().ok_or(OpusError::Empty)?;
    let samples_48k = frame_count(packet)? * frame_samples_48k(toc);
    if samples_48k > MAX_PACKET_SAMPLES_48K {
        return Err(OpusError::TooLong(samples_48k));
    }
    // At most 5760 × rate: no overflow for any u32 rate in u64.
    Ok((u64::from(samples_48k) * u64::from(rate) / 48_000) as u32)
}

/// Joins single-frame (code 0) packets of one configuration into one variable-bitrate code-3
/// packet (RFC 6716 §3.2.5). One packet is returned as it is.
pub fn join_frames(packets: &[&[u8]]) -> Result<Vec<u8>, OpusError> {
    let first = *packets.first().ok_or(OpusError::Empty)?;
    if packets.len() == 1 {
        return Ok(first.to_vec());
    }
    let toc = *first.first().ok_or(OpusError::Empty)?;
    let mut total_48k = 0u32;
    for packet in packets {
        let t = *packet.first().ok_or(OpusError::Empty)?;
        // Same configuration and stereo flag, code 0.
        if t & 0xFC != toc & 0xFC || t & 0x03 != 0 {
            return Err(OpusError::Mismatch);
        }
        if packet.len() - 1 > MAX_FRAME_LEN {
            return Err(OpusError::FrameTooLong(packet.len() - 1));
        }
        total_48k += frame_samples_48k(t);
    }
    if total_48k > MAX_PACKET_SAMPLES_48K {
        return Err(OpusError::TooLong(total_48k));
    }
    let count = u8::try_from(packets.len()).map_err(|_| OpusError::FrameCount)?;
    let mut out =
        Vec::with_capacity(2 + 2 * packets.len() + packets.iter().map(|p| p.len()).sum::<usize>());
    out.push((toc & 0xFC) | 0x03);
    out.push(CODE3_VBR | count);
    // Every frame's length but the last's (RFC 6716 §3.2.1).
    for packet in &packets[..packets.len() - 1] {
        let len = packet.len() - 1;
        if len < 252 {
            out.push(len as u8);
        } else {
            let low = 252 + (len & 0x03);
            out.push(low as u8);
            out.push(((len - low) >> 2) as u8);
        }
    }
    for packet in packets {
        out.extend_from_slice(&packet[1..]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// TOC of SILK wideband 10 ms (config 8), mono, code 0.
    const SILK_WB_10MS: u8 = 8 << 3;
    /// TOC of SILK wideband 20 ms (config 9).
    const SILK_WB_20MS: u8 = 9 << 3;
    /// TOC of CELT fullband 20 ms (config 31).
    const CELT_FB_20MS: u8 = 31 << 3;

    #[test]
    fn samples_advance_at_the_selected_rate() {
        // 20 ms at 16 kHz: +320 (reference §10.5), at 24 kHz: +480.
        assert_eq!(packet_samples(&[SILK_WB_20MS, 1, 2], 16_000), Ok(320));
        assert_eq!(packet_samples(&[SILK_WB_20MS, 1, 2], 24_000), Ok(480));
        assert_eq!(packet_samples(&[CELT_FB_20MS], 48_000), Ok(960));
        // Code 1: two frames.
        assert_eq!(packet_samples(&[SILK_WB_20MS | 1, 0, 0], 16_000), Ok(640));
        // Code 3, three 20 ms frames: 60 ms.
        assert_eq!(packet_samples(&[SILK_WB_20MS | 3, 3, 0], 16_000), Ok(960));
    }

    #[test]
    fn bad_packets_are_refused() {
        assert_eq!(packet_samples(&[], 16_000), Err(OpusError::Empty));
        assert_eq!(
            packet_samples(&[SILK_WB_20MS | 3], 16_000),
            Err(OpusError::FrameCount)
        );
        assert_eq!(
            packet_samples(&[SILK_WB_20MS | 3, 0], 16_000),
            Err(OpusError::FrameCount)
        );
        // Seven 20 ms frames: 140 ms.
        assert_eq!(
            packet_samples(&[SILK_WB_20MS | 3, 7], 16_000),
            Err(OpusError::TooLong(6720))
        );
        assert_eq!(packet_samples(&[SILK_WB_20MS], 0), Err(OpusError::Rate));
    }

    #[test]
    fn three_10ms_frames_make_one_30ms_packet() {
        let a = [SILK_WB_10MS, 1, 2, 3];
        let b = [SILK_WB_10MS, 4];
        let long: Vec<u8> = std::iter::once(SILK_WB_10MS)
            .chain((0..300).map(|i| i as u8))
            .collect();
        let joined = join_frames(&[&a, &long, &b]).unwrap();
        assert_eq!(joined[0], SILK_WB_10MS | 3);
        assert_eq!(joined[1], 0x80 | 3);
        // 3 bytes, then 300 = 252 + 0 + 4 × 12.
        assert_eq!(&joined[2..5], &[3, 252, 12]);
        assert_eq!(&joined[5..8], &[1, 2, 3]);
        assert_eq!(&joined[8..308], &long[1..]);
        assert_eq!(&joined[308..], &[4]);
        assert_eq!(packet_samples(&joined, 16_000), Ok(480));
    }

    #[test]
    fn frames_of_different_configurations_are_not_joined() {
        let a = [SILK_WB_10MS, 1];
        let b = [SILK_WB_20MS, 1];
        assert_eq!(join_frames(&[&a, &b]), Err(OpusError::Mismatch));
        assert_eq!(
            join_frames(&[&a, &[SILK_WB_10MS | 1, 0]]),
            Err(OpusError::Mismatch)
        );
        assert_eq!(join_frames(&[&a]), Ok(a.to_vec()));
        assert_eq!(join_frames(&[]), Err(OpusError::Empty));
    }
}
