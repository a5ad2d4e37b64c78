//! RTCP for live view (RFC 3550 §6): the sender reports we send, and the parts of the
//! controller's compound packets we read (sender and receiver reports, BYE). RTCP shares the
//! RTP port (reference §10.4); [`is_rtcp`] tells them apart (RFC 5761 §4).

/// RTCP packet types (RFC 3550 §12.1).
mod pt {
    pub const SR: u8 = 200;
    pub const RR: u8 = 201;
    pub const SDES: u8 = 202;
    pub const BYE: u8 = 203;
}

/// Seconds between 1900 (NTP era 0) and 1970 (Unix epoch).
const NTP_UNIX_OFFSET: u64 = 2_208_988_800;

/// Whether a packet on a multiplexed port is RTCP: its second byte (RTCP packet type, or
/// RTP marker and payload type) is in 192–223 (RFC 5761 §4).
pub fn is_rtcp(packet: &[u8]) -> bool {
    matches!(packet.get(1), Some(192..=223))
}

/// The NTP timestamp (64-bit fixed point) of a time since the Unix epoch.
pub fn ntp_timestamp(since_unix: std::time::Duration) -> u64 {
    let seconds = since_unix.as_secs() + NTP_UNIX_OFFSET;
    let fraction = (u64::from(since_unix.subsec_nanos()) << 32) / 1_000_000_000;
    (seconds << 32) | fraction
}

/// A sender report without report blocks (we receive no RTP we report on), followed by an
/// SDES with our CNAME: RFC 3550 §6.1 wants every compound packet to carry a CNAME.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SenderReport {
    /// Our SSRC.
    pub ssrc: u32,
    /// Wallclock (NTP format).
    pub ntp: u64,
    /// The RTP timestamp of the same instant.
    pub rtp_timestamp: u32,
    /// Packets sent.
    pub packets: u32,
    /// Payload octets sent.
    pub octets: u32,
}

impl SenderReport {
    /// The compound packet SR + SDES(CNAME `cname`).
    pub fn to_bytes(&self, cname: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(28 + 12 + cname.len());
        out.extend_from_slice(&[0x80, pt::SR, 0, 6]);
        out.extend_from_slice(&self.ssrc.to_be_bytes());
        out.extend_from_slice(&self.ntp.to_be_bytes());
        out.extend_from_slice(&self.rtp_timestamp.to_be_bytes());
        out.extend_from_slice(&self.packets.to_be_bytes());
        out.extend_from_slice(&self.octets.to_be_bytes());
        let cname = &cname.as_bytes()[..cname.len().min(255)];
        // SDES: one chunk = SSRC, CNAME item (type 1), end item, padding to 32 bits.
        let mut chunk = self.ssrc.to_be_bytes().to_vec();
        chunk.push(1);
        chunk.push(cname.len() as u8);
        chunk.extend_from_slice(cname);
        chunk.push(0);
        while !chunk.len().is_multiple_of(4) {
            chunk.push(0);
        }
        let words = (chunk.len() / 4) as u16;
        out.extend_from_slice(&[0x81, pt::SDES]);
        out.extend_from_slice(&words.to_be_bytes());
        out.extend_from_slice(&chunk);
        out
    }
}

/// One report block of an SR or RR (RFC 3550 §6.4.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReportBlock {
    /// The SSRC reported on.
    pub ssrc: u32,
    /// Fraction lost since the last report (/256).
    pub fraction_lost: u8,
    /// Cumulative packets lost (24-bit, signed).
    pub cumulative_lost: i32,
    /// Extended highest sequence number received.
    pub highest_seq: u32,
    /// Interarrival jitter (timestamp units).
    pub jitter: u32,
}

/// A receiver report (RFC 3550 §6.4.2): what a controller sends about our stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceiverReport {
    /// The reporter's SSRC.
    pub ssrc: u32,
    /// Its report blocks.
    pub blocks: Vec<ReportBlock>,
}

impl ReceiverReport {
    /// The RR packet.
    pub fn to_bytes(&self) -> Vec<u8> {
        let count = self.blocks.len().min(31);
        let mut out = vec![0x80 | count as u8, pt::RR];
        out.extend_from_slice(&((1 + 6 * count) as u16).to_be_bytes());
        out.extend_from_slice(&self.ssrc.to_be_bytes());
        for b in &self.blocks[..count] {
            out.extend_from_slice(&b.ssrc.to_be_bytes());
            let lost = (b.cumulative_lost as u32) & 0x00ff_ffff;
            out.extend_from_slice(&((u32::from(b.fraction_lost) << 24) | lost).to_be_bytes());
            out.extend_from_slice(&b.highest_seq.to_be_bytes());
            out.extend_from_slice(&b.jitter.to_be_bytes());
            out.extend_from_slice(&[0; 8]); // LSR, DLSR
        }
        out
    }
}

/// One packet of a compound RTCP packet, as far as live view cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RtcpPacket {
    /// A sender report (the controller's talkback audio).
    SenderReport {
        /// The sender's SSRC.
        ssrc: u32,
        /// Its report blocks.
        blocks: Vec<ReportBlock>,
    },
    /// A receiver report.
    ReceiverReport(ReceiverReport),
    /// BYE: these sources leave.
    Bye(Vec<u32>),
    /// Another type (SDES, APP, feedback): its packet type.
    Other(u8),
}

/// Why a compound packet could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RtcpError {
    /// A length field points past the end, or the version is not 2.
    #[error("malformed RTCP at byte {0}")]
    Malformed(usize),
}

fn report_blocks(body: &[u8], count: usize) -> Vec<ReportBlock> {
    body.chunks_exact(24)
        .take(count)
        .map(|b| {
            let word = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
            let lost = word(4) & 0x00ff_ffff;
            // Sign-extend the 24-bit count.
            let cumulative_lost = ((lost << 8) as i32) >> 8;
            ReportBlock {
                ssrc: word(0),
                fraction_lost: b[4],
                cumulative_lost,
                highest_seq: word(8),
                jitter: word(12),
            }
        })
        .collect()
}

/// Reads the packets of a compound RTCP packet (after SRTCP removed its protection).
pub fn parse_compound(mut bytes: &[u8]) -> Result<Vec<RtcpPacket>, RtcpError> {
    let total = bytes.len();
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let at = total - bytes.len();
        let [first, kind, l0, l1, ..] = *bytes else {
            return Err(RtcpError::Malformed(at));
        };
        let len = 4 * (usize::from(u16::from_be_bytes([l0, l1])) + 1);
        if first >> 6 != 2 || len > bytes.len() {
            return Err(RtcpError::Malformed(at));
        }
        let packet = &bytes[..len];
        let count = usize::from(first & 0x1f);
        let ssrc = |i: usize| {
            packet
                .get(i..i + 4)
                .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
                .ok_or(RtcpError::Malformed(at))
        };
        out.push(match kind {
            pt::SR => RtcpPacket::SenderReport {
                ssrc: ssrc(4)?,
                blocks: report_blocks(packet.get(28..).unwrap_or_default(), count),
            },
            pt::RR => RtcpPacket::ReceiverReport(ReceiverReport {
                ssrc: ssrc(4)?,
                blocks: report_blocks(packet.get(8..).unwrap_or_default(), count),
            }),
            pt::BYE => RtcpPacket::Bye((0..count).filter_map(|i| ssrc(4 + 4 * i).ok()).collect()),
            other => RtcpPacket::Other(other),
        });
        bytes = &bytes[len..];
    }
    Ok(out)
}

/// A BYE packet for `ssrc` (sent when a session ends).
pub fn bye(ssrc: u32) -> Vec<u8> {
    let mut out = vec![0x81, pt::BYE, 0, 1];
    out.extend_from_slice(&ssrc.to_be_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sender_report_layout() {
        let sr = SenderReport {
            ssrc: 0x0102_0304,
            ntp: 0x1122_3344_5566_7788,
            rtp_timestamp: 0x99aa_bbcc,
            packets: 5,
            octets: 1000,
        };
        let bytes = sr.to_bytes("cam");
        assert_eq!(
            bytes[..28],
            [
                0x80, 200, 0, 6, 1, 2, 3, 4, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99,
                0xaa, 0xbb, 0xcc, 0, 0, 0, 5, 0, 0, 0x03, 0xe8
            ]
        );
        // SDES: header, SSRC, CNAME item "cam", end, no padding needed (4+2+3+1 = 10 → 12).
        assert_eq!(
            bytes[28..],
            [0x81, 202, 0, 3, 1, 2, 3, 4, 1, 3, b'c', b'a', b'm', 0, 0, 0]
        );
        let parsed = parse_compound(&bytes).unwrap();
        assert_eq!(
            parsed,
            vec![
                RtcpPacket::SenderReport {
                    ssrc: 0x0102_0304,
                    blocks: vec![]
                },
                RtcpPacket::Other(202)
            ]
        );
    }

    #[test]
    fn receiver_report_and_bye_round_trip() {
        let rr = ReceiverReport {
            ssrc: 42,
            blocks: vec![ReportBlock {
                ssrc: 7,
                fraction_lost: 3,
                cumulative_lost: -2,
                highest_seq: 70000,
                jitter: 11,
            }],
        };
        let mut compound = rr.to_bytes();
        assert_eq!(compound.len(), 32);
        assert_eq!(compound[..4], [0x81, 201, 0, 7]);
        compound.extend_from_slice(&bye(42));
        assert_eq!(
            parse_compound(&compound).unwrap(),
            vec![RtcpPacket::ReceiverReport(rr), RtcpPacket::Bye(vec![42])]
        );
    }

    #[test]
    fn truncated_compound_is_refused() {
        let mut bytes = bye(1);
        bytes[3] = 5;
        assert_eq!(parse_compound(&bytes), Err(RtcpError::Malformed(0)));
        assert!(parse_compound(&[0x80]).is_err());
    }

    #[test]
    fn rtcp_and_rtp_are_told_apart() {
        assert!(is_rtcp(&[0x80, 200]));
        assert!(is_rtcp(&[0x81, 201]));
        assert!(!is_rtcp(&[0x80, 99]));
        assert!(!is_rtcp(&[0x80, 0x80 | 99]));
        assert!(!is_rtcp(&[0x80, 110]));
    }

    #[test]
    fn ntp_of_the_unix_epoch() {
        assert_eq!(
            ntp_timestamp(std::time::Duration::from_millis(500)),
            (NTP_UNIX_OFFSET << 32) | 0x8000_0000
        );
    }
}
