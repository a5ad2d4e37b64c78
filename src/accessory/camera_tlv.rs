//! Default TLV8 values of the camera characteristics (reference §10, §11). Lists inside
//! characteristic TLVs are separated by `00 00` (§2.2, §16 #4); nested values longer than
//! 255 bytes are fragmented by the TLV8 encoder (§16 #5).
//!
//! The recording capabilities are deliberately small and strict (field notes pitfall 16):
//! H.264 Main/High at levels 3.1/3.2/4.0, 1920×1080 and 1280×720 at 30 and 15 fps, AAC-LC mono
//! at 16/24/32 kHz, no selected-only fields in the supported values (§16 #1, #3).

use crate::accessory::Category;
use crate::tlv8::{CHARACTERISTIC_SEPARATOR, Tlv8};

/// H.264 profile ids (§10.1): Main, High.
const PROFILES: [u8; 2] = [1, 2];
/// H.264 level ids (§10.1): 3.1, 3.2, 4.0.
const LEVELS: [u8; 3] = [0, 1, 2];
/// Recording resolutions (§11.2).
const RECORDING_ATTRIBUTES: [(u16, u16, u8); 4] = [
    (1920, 1080, 30),
    (1280, 720, 30),
    (1920, 1080, 15),
    (1280, 720, 15),
];
/// Live-view resolutions (§10.1): 320×240@15 is what the Apple Watch asks for.
const STREAM_ATTRIBUTES: [(u16, u16, u8); 4] = [
    (1920, 1080, 30),
    (1280, 720, 30),
    (640, 360, 30),
    (320, 240, 15),
];
/// Prebuffer length advertised in `205` (§11.1), milliseconds.
pub const PREBUFFER_MS: u32 = 4000;
/// Fragment length advertised in `205` (§11.1, field notes pitfall 4), milliseconds.
pub const FRAGMENT_MS: u32 = 4000;

/// Items of one type, one per value, separated by `00 00` (a TLV list of scalars).
fn u8_list(out: &mut Tlv8, ty: u8, values: &[u8]) {
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            out.push_separator(CHARACTERISTIC_SEPARATOR);
        }
        out.push_u8(ty, *value);
    }
}

/// Nested items of one type, separated by `00 00`.
fn tlv_list(out: &mut Tlv8, ty: u8, values: &[Tlv8]) {
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            out.push_separator(CHARACTERISTIC_SEPARATOR);
        }
        out.push_tlv(ty, value);
    }
}

fn video_attributes(list: &[(u16, u16, u8)]) -> Vec<Tlv8> {
    list.iter()
        .map(|&(width, height, fps)| {
            let mut a = Tlv8::new();
            a.push_u16(1, width).push_u16(2, height).push_u8(3, fps);
            a
        })
        .collect()
}

/// An H.264 codec configuration: codec 0, parameters, attribute list.
fn h264_configuration(params: &Tlv8, attributes: &[(u16, u16, u8)]) -> Tlv8 {
    let mut codec = Tlv8::new();
    codec.push_u8(1, 0).push_tlv(2, params);
    tlv_list(&mut codec, 3, &video_attributes(attributes));
    codec
}

/// `114` SupportedVideoStreamConfiguration (§10.1).
pub fn supported_video_stream_configuration() -> Vec<u8> {
    let mut params = Tlv8::new();
    u8_list(&mut params, 1, &PROFILES);
    u8_list(&mut params, 2, &LEVELS);
    params.push_u8(3, 0);
    let mut out = Tlv8::new();
    out.push_tlv(1, &h264_configuration(&params, &STREAM_ATTRIBUTES));
    out.encode()
}

/// `115` SupportedAudioStreamConfiguration (§10.2): Opus at 16 and 24 kHz and AAC-ELD at
/// 16 kHz, mono, variable bit rate; no comfort noise. HAP-NodeJS notes iOS refuses to stream
/// without an audio offer, so it is there even when the source has no audio.
pub fn supported_audio_stream_configuration() -> Vec<u8> {
    const OPUS: u8 = 3;
    const AAC_ELD: u8 = 2;
    let codecs: Vec<Tlv8> = [(OPUS, 1u8), (OPUS, 2), (AAC_ELD, 1)]
        .iter()
        .map(|&(codec, rate)| {
            let mut params = Tlv8::new();
            params.push_u8(1, 1).push_u8(2, 0).push_u8(3, rate);
            let mut c = Tlv8::new();
            c.push_u8(1, codec).push_tlv(2, &params);
            c
        })
        .collect();
    let mut out = Tlv8::new();
    tlv_list(&mut out, 1, &codecs);
    out.push_u8(2, 0);
    out.encode()
}

/// `116` SupportedRTPConfiguration (§10.3): AES_CM_128_HMAC_SHA1_80 (item type 2).
pub fn supported_rtp_configuration() -> Vec<u8> {
    let mut out = Tlv8::new();
    out.push_u8(2, 0);
    out.encode()
}

/// `117` idle value: session control with command 2 (suspend) (§10.5).
pub fn idle_selected_rtp_stream_configuration() -> Vec<u8> {
    let mut control = Tlv8::new();
    control.push_u8(2, 2);
    let mut out = Tlv8::new();
    out.push_tlv(1, &control);
    out.encode()
}

/// `118` idle value: status 2 (error) (§10.4).
pub fn idle_setup_endpoints() -> Vec<u8> {
    let mut out = Tlv8::new();
    out.push_u8(2, 2);
    out.encode()
}

/// `120` StreamingStatus: 0 available (§10.6).
pub fn streaming_status_available() -> Vec<u8> {
    let mut out = Tlv8::new();
    out.push_u8(1, 0);
    out.encode()
}

/// `205` SupportedCameraRecordingConfiguration (§11.1): prebuffer, triggers (motion, plus
/// doorbell for a doorbell), fMP4 with [`FRAGMENT_MS`] fragments.
pub fn supported_camera_recording_configuration(category: Category) -> Vec<u8> {
    let triggers: u64 = match category {
        Category::Camera => 0x01,
        Category::Doorbell => 0x01 | 0x02,
    };
    let mut container_params = Tlv8::new();
    container_params.push_u32(1, FRAGMENT_MS);
    let mut container = Tlv8::new();
    container.push_u8(1, 0).push_tlv(2, &container_params);
    let mut out = Tlv8::new();
    out.push_u32(1, PREBUFFER_MS)
        .push_u64(2, triggers)
        .push_tlv(3, &container);
    out.encode()
}

/// `206` SupportedVideoRecordingConfiguration (§11.2): profiles and levels only in the
/// parameters (§16 #3).
pub fn supported_video_recording_configuration() -> Vec<u8> {
    let mut params = Tlv8::new();
    u8_list(&mut params, 1, &PROFILES);
    u8_list(&mut params, 2, &LEVELS);
    let mut out = Tlv8::new();
    out.push_tlv(1, &h264_configuration(&params, &RECORDING_ATTRIBUTES));
    out.encode()
}

/// `207` SupportedAudioRecordingConfiguration (§11.3): AAC-LC (codec 0, §16 #1) only — a hub
/// prefers AAC-ELD when offered (pitfall 17) — mono, variable, 16/24/32 kHz; no max bitrate
/// (selected-only, §16 #3).
pub fn supported_audio_recording_configuration() -> Vec<u8> {
    let mut params = Tlv8::new();
    params.push_u8(1, 1).push_u8(2, 0);
    u8_list(&mut params, 3, &[1, 2, 3]);
    let mut codec = Tlv8::new();
    codec.push_u8(1, 0).push_tlv(2, &params);
    let mut out = Tlv8::new();
    out.push_tlv(1, &codec);
    out.encode()
}

/// `130` SupportedDataStreamTransportConfiguration (§11.5): HDS over TCP.
pub fn supported_data_stream_transport_configuration() -> Vec<u8> {
    let mut transport = Tlv8::new();
    transport.push_u8(1, 0);
    let mut out = Tlv8::new();
    out.push_tlv(1, &transport);
    out.encode()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_stream_transport_matches_reference_bytes() {
        assert_eq!(
            supported_data_stream_transport_configuration(),
            [0x01, 0x03, 0x01, 0x01, 0x00]
        );
    }

    #[test]
    fn recording_configuration_matches_shipping_camera_layout() {
        // §11.1 dump layout with our 4000 ms prebuffer: 01 04 A0 0F 00 00, motion trigger,
        // fMP4 container with 4000 ms fragments.
        let expected = [
            0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00, 0x02, 0x08, 0x01, 0, 0, 0, 0, 0, 0, 0, 0x03, 0x0B,
            0x01, 0x01, 0x00, 0x02, 0x06, 0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00,
        ];
        assert_eq!(
            supported_camera_recording_configuration(Category::Camera),
            expected
        );
        let doorbell = supported_camera_recording_configuration(Category::Doorbell);
        assert_eq!(doorbell[8], 0x03);
    }

    #[test]
    fn audio_recording_uses_aac_lc_and_zero_separators() {
        let bytes = supported_audio_recording_configuration();
        let top = Tlv8::decode(&bytes).unwrap();
        let codec = Tlv8::decode(top.get(1).unwrap()).unwrap();
        assert_eq!(codec.get(1), Some(&[0u8][..]));
        let params = codec.get(2).unwrap();
        // channels 1, variable bitrate, rates 16 | 24 | 32 kHz separated by 00 00, no type 4.
        assert_eq!(
            params,
            [1, 1, 1, 2, 1, 0, 3, 1, 1, 0, 0, 3, 1, 2, 0, 0, 3, 1, 3]
        );
    }

    #[test]
    fn video_recording_lists_four_attributes_without_selected_only_fields() {
        let top = Tlv8::decode(&supported_video_recording_configuration()).unwrap();
        let codec = Tlv8::decode(top.get(1).unwrap()).unwrap();
        let params = Tlv8::decode(codec.get(2).unwrap()).unwrap();
        assert!(params.get(3).is_none() && params.get(4).is_none());
        assert_eq!(codec.get_all(3).count(), 4);
        let first = Tlv8::decode(codec.get(3).unwrap()).unwrap();
        assert_eq!(first.get(1), Some(&1920u16.to_le_bytes()[..]));
    }
}
