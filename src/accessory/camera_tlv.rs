//! Default TLV8 values of the camera characteristics (reference §10, §11). Lists inside
//! characteristic TLVs are separated by `00 00` (§2.2, §16 #4); nested values longer than
//! 255 bytes are fragmented by the TLV8 encoder (§16 #5).
//!
//! The recording values (`205`/`206`/`207`) are built from the stream by
//! [`crate::recording::RecordingCapabilities`].

use crate::recording::codec_tlv::{h264_configuration, tlv_list, u8_list};
use crate::tlv8::Tlv8;

/// H.264 profile ids (§10.1): Main, High.
const PROFILES: [u8; 2] = [1, 2];
/// H.264 level ids (§10.1): 3.1, 3.2, 4.0.
const LEVELS: [u8; 3] = [0, 1, 2];
/// Live-view resolutions (§10.1): 320×240@15 is what the Apple Watch asks for.
const STREAM_ATTRIBUTES: [(u16, u16, u8); 4] = [
    (1920, 1080, 30),
    (1280, 720, 30),
    (640, 360, 30),
    (320, 240, 15),
];

/// `114` SupportedVideoStreamConfiguration (§10.1) until the stream is known (then
/// [`crate::live::offer`]).
pub fn supported_video_stream_configuration() -> Vec<u8> {
    let mut params = Tlv8::new();
    u8_list(&mut params, 1, &PROFILES);
    u8_list(&mut params, 2, &LEVELS);
    params.push_u8(3, 0);
    let mut out = Tlv8::new();
    out.push_tlv(1, &h264_configuration(&params, &STREAM_ATTRIBUTES));
    out.encode()
}

/// `115` SupportedAudioStreamConfiguration (§10.2): Opus at 16 and 24 kHz, mono, variable
/// bit rate; no comfort noise. Opus only: it is what `hksvsink` sends (iOS and watchOS both
/// take it; Debian's GStreamer has no AAC-ELD encoder), so a controller cannot select a codec
/// that would leave it without sound. HAP-NodeJS notes iOS refuses to stream without an audio
/// offer, so it is there even when the source has no audio.
pub fn supported_audio_stream_configuration() -> Vec<u8> {
    const OPUS: u8 = 3;
    let codecs: Vec<Tlv8> = [(OPUS, 1u8), (OPUS, 2)]
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
    fn audio_stream_offer_is_opus_mono_16_and_24_khz() {
        let tlv = Tlv8::decode(&supported_audio_stream_configuration()).unwrap();
        let codecs: Vec<(u8, u8, u8)> = tlv
            .get_all(1)
            .map(|codec| {
                let codec = Tlv8::decode(codec).unwrap();
                let params = Tlv8::decode(codec.get(2).unwrap()).unwrap();
                (
                    codec.get(1).unwrap()[0],
                    params.get(1).unwrap()[0],
                    params.get(3).unwrap()[0],
                )
            })
            .collect();
        // (codec 3 = Opus, channels, sample rate code: 1 = 16 kHz, 2 = 24 kHz), §10.2.
        assert_eq!(codecs, [(3, 1, 1), (3, 1, 2)]);
        assert_eq!(tlv.get(2), Some(&[0u8][..]), "no comfort noise");
    }
}
