//! Recording configuration TLVs (src/recording): the hub's SelectedCameraRecordingConfiguration
//! (`209`, `selection.rs`) and the offers built from a stream (`205`/`206`/`207`,
//! `capabilities.rs`).
//!
//! First byte even: the rest is a `209` value; what parses must encode to bytes that parse to
//! the same selection. Odd: the rest is an SPS NAL unit plus audio parameters; the offers built
//! from it must be valid TLV8 and the selection a hub would make from them must parse.
#![no_main]

use hksv::h264::Sps;
use hksv::recording::{
    AudioParams, RecordingCapabilities, SelectedRecordingConfiguration, VideoParams,
};
use hksv::tlv8::Tlv8;
use libfuzzer_sys::fuzz_target;

fn offers(data: &[u8]) {
    let [rate, channels, num, den, nal @ ..] = data else {
        return;
    };
    let Ok(sps) = Sps::parse(nal) else {
        return;
    };
    let fps = (*den != 0).then(|| (u32::from(*num), u32::from(*den)));
    let video = VideoParams::from_sps(&sps, fps);
    let _ = (
        video.homekit_profile(),
        video.homekit_level(),
        video.rounded_fps(),
    );
    let audio = (*channels != 0).then(|| AudioParams {
        sample_rate: [8000, 16000, 24000, 32000, 44100, 48000, 22050][usize::from(rate % 7)],
        channels: u16::from(*channels),
    });
    let caps = RecordingCapabilities {
        prebuffer_ms: u32::from(*num) * 100,
        fragment_ms: 4000,
        video: Some(video),
        audio,
    };
    for value in [
        caps.supported_camera_recording_configuration(rate & 0x80 != 0),
        caps.supported_video_recording_configuration(),
        caps.supported_audio_recording_configuration(),
    ] {
        assert!(Tlv8::decode(&value).is_ok(), "an offer is not valid TLV8");
    }
    let _ = caps.describe();
    let selection = SelectedRecordingConfiguration::from_capabilities(&caps);
    assert_eq!(
        SelectedRecordingConfiguration::parse(&selection.encode()).as_ref(),
        Ok(&selection),
        "the selection a hub would make from our offer does not parse back"
    );
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 1 {
        offers(rest);
        return;
    }
    if let Ok(selection) = SelectedRecordingConfiguration::parse(rest) {
        let _ = selection.audio.as_ref().map(|a| a.sample_rate_hz());
        assert_eq!(
            SelectedRecordingConfiguration::parse(&selection.encode()).as_ref(),
            Ok(&selection),
            "a parsed selection does not survive encode and parse"
        );
    }
});
