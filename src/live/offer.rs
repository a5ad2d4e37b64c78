//! What live view offers (`114`, `116`; reference §10.1, §10.3), derived from the stream.
//!
//! The stream is sent as it is, never transcoded: the offer names the stream's own profile
//! and level (from its SPS), its own resolution and frame rate, and the standard list that
//! controllers look for (§10.1: 1080p and 720p at 30 fps, 320×240 at 15 fps for the Apple
//! Watch). Whatever a controller selects, it receives the stream as it is; H.264 decoders
//! take any resolution within their level, which is what makes this work in practice
//! (go2rtc does the same).

use crate::recording::VideoParams;
use crate::recording::codec_tlv::{h264_configuration, u8_list};
use crate::tlv8::Tlv8;

/// Resolutions every offer lists (§10.1).
const STANDARD_ATTRIBUTES: [(u16, u16, u8); 5] = [
    (1920, 1080, 30),
    (1280, 720, 30),
    (640, 360, 30),
    (480, 270, 30),
    (320, 240, 15),
];

/// `114` for a stream with these parameters: its profile and level, its resolution and
/// frame rate first, then the standard list.
pub fn supported_video_stream_configuration(stream: &VideoParams) -> Vec<u8> {
    let mut params = Tlv8::new();
    u8_list(&mut params, 1, &[stream.homekit_profile()]);
    u8_list(&mut params, 2, &[stream.homekit_level()]);
    params.push_u8(3, 0);
    let own = (
        u16::try_from(stream.width).unwrap_or(u16::MAX),
        u16::try_from(stream.height).unwrap_or(u16::MAX),
        u8::try_from(stream.rounded_fps().unwrap_or(30)).unwrap_or(u8::MAX),
    );
    let mut attributes = vec![own];
    attributes.extend(STANDARD_ATTRIBUTES.iter().filter(|a| **a != own));
    let mut out = Tlv8::new();
    out.push_tlv(1, &h264_configuration(&params, &attributes));
    out.encode()
}

/// `116` (§10.3, item type 2): AES_CM_128_HMAC_SHA1_80 and none.
pub fn supported_rtp_configuration() -> Vec<u8> {
    let mut out = Tlv8::new();
    u8_list(&mut out, 2, &[0, 2]);
    out.encode()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtp_configuration_lists_both_suites() {
        assert_eq!(
            supported_rtp_configuration(),
            [0x02, 1, 0, 0x00, 0x00, 0x02, 1, 2]
        );
    }

    #[test]
    fn video_offer_follows_the_stream() {
        let stream = VideoParams {
            profile_idc: 77,
            constraint_flags: 0,
            level_idc: 40,
            width: 1280,
            height: 720,
            fps: Some((25, 1)),
        };
        let bytes = supported_video_stream_configuration(&stream);
        let mut expected = vec![0x01, 0, 0x01, 1, 0x00, 0x02, 9];
        // Profile Main (1), level 4.0 (2), packetization 0.
        expected.extend_from_slice(&[0x01, 1, 1, 0x02, 1, 2, 0x03, 1, 0]);
        let attrs: [(u16, u16, u8); 6] = [
            (1280, 720, 25),
            (1920, 1080, 30),
            (1280, 720, 30),
            (640, 360, 30),
            (480, 270, 30),
            (320, 240, 15),
        ];
        for (i, (w, h, f)) in attrs.iter().enumerate() {
            if i > 0 {
                expected.extend_from_slice(&[0x00, 0x00]);
            }
            expected.extend_from_slice(&[0x03, 11, 0x01, 2]);
            expected.extend_from_slice(&w.to_le_bytes());
            expected.extend_from_slice(&[0x02, 2]);
            expected.extend_from_slice(&h.to_le_bytes());
            expected.extend_from_slice(&[0x03, 1, *f]);
        }
        expected[1] = (expected.len() - 2) as u8;
        assert_eq!(bytes, expected);
    }
}
