//! Tests of the `209` parser and encoder.

use super::*;
use crate::recording::{AudioParams, VideoParams};

/// The example selection of §11.4 (positron's annotated capture), written out by hand.
const POSITRON: [u8; 91] = [
    0x01, 0x1D, // general configuration
    0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00, // prebuffer 4000 ms
    0x02, 0x08, 0x01, 0, 0, 0, 0, 0, 0, 0, // motion
    0x03, 0x0B, // media container
    0x01, 0x01, 0x00, // fragmented MP4
    0x02, 0x06, 0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00, // fragments of 4000 ms
    0x02, 0x24, // video configuration
    0x01, 0x01, 0x00, // H.264
    0x02, 0x12, // parameters
    0x01, 0x01, 0x01, // Main
    0x02, 0x01, 0x01, // level 3.2
    0x03, 0x04, 0xD0, 0x07, 0x00, 0x00, // 2000 kbit/s
    0x04, 0x04, 0xA0, 0x0F, 0x00, 0x00, // I-frame interval 4000 ms
    0x03, 0x0B, // attributes
    0x01, 0x02, 0x80, 0x07, // 1920
    0x02, 0x02, 0x38, 0x04, // 1080
    0x03, 0x01, 0x18, // 24 fps
    0x03, 0x14, // audio configuration
    0x01, 0x01, 0x01, // AAC-ELD
    0x02, 0x0F, // parameters
    0x01, 0x01, 0x01, // mono
    0x02, 0x01, 0x00, // variable
    0x03, 0x01, 0x01, // 16 kHz
    0x04, 0x04, 0x20, 0x00, 0x00, 0x00, // 32 kbit/s
];

fn positron() -> SelectedRecordingConfiguration {
    SelectedRecordingConfiguration {
        prebuffer_ms: 4000,
        event_triggers: 0x01,
        fragment_ms: 4000,
        video: SelectedVideo {
            profile: 1,
            level: 1,
            bitrate_kbps: 2000,
            iframe_interval_ms: 4000,
            width: 1920,
            height: 1080,
            fps: 24,
        },
        audio: Some(SelectedAudio {
            codec: 1,
            channels: 1,
            bitrate_mode: 0,
            sample_rate: 1,
            max_bitrate_kbps: 32,
        }),
    }
}

#[test]
fn parses_the_positron_example() {
    let selected = SelectedRecordingConfiguration::parse(&POSITRON).unwrap();
    assert_eq!(selected, positron());
    assert_eq!(selected.audio.unwrap().sample_rate_hz(), Some(16000));
    // The encoder writes the same item order and widths.
    assert_eq!(positron().encode(), POSITRON);
}

#[test]
fn round_trips() {
    let mut selected = positron();
    for audio in [None, selected.audio.clone()] {
        selected.audio = audio;
        selected.video.bitrate_kbps = 800;
        selected.event_triggers = 0x03;
        let bytes = selected.encode();
        assert_eq!(
            SelectedRecordingConfiguration::parse(&bytes),
            Ok(selected.clone())
        );
    }
    let caps = RecordingCapabilities {
        prebuffer_ms: 8000,
        fragment_ms: 4000,
        video: Some(VideoParams {
            profile_idc: 100,
            constraint_flags: 0,
            level_idc: 31,
            width: 1280,
            height: 720,
            fps: Some((25, 1)),
        }),
        audio: Some(AudioParams {
            sample_rate: 48000,
            channels: 2,
        }),
    };
    let selected = SelectedRecordingConfiguration::from_capabilities(&caps);
    assert_eq!(
        (
            selected.video.profile,
            selected.video.level,
            selected.video.fps
        ),
        (2, 0, 25)
    );
    let audio = selected.audio.clone().unwrap();
    assert_eq!((audio.channels, audio.sample_rate_hz()), (2, Some(48000)));
    assert_eq!(
        SelectedRecordingConfiguration::parse(&selected.encode()),
        Ok(selected)
    );
}

#[test]
fn from_default_capabilities() {
    let selected = SelectedRecordingConfiguration::from_capabilities(&Default::default());
    assert_eq!(
        selected,
        SelectedRecordingConfiguration {
            prebuffer_ms: 4000,
            event_triggers: 0x01,
            fragment_ms: 4000,
            video: SelectedVideo {
                profile: 1,
                level: 0,
                bitrate_kbps: 2000,
                iframe_interval_ms: 4000,
                width: 1920,
                height: 1080,
                fps: 30,
            },
            audio: Some(SelectedAudio {
                codec: 0,
                channels: 1,
                bitrate_mode: 0,
                sample_rate: 1,
                max_bitrate_kbps: 64,
            }),
        }
    );
}

#[test]
fn truncated_and_garbage_input_are_errors() {
    assert_eq!(
        SelectedRecordingConfiguration::parse(&[]),
        Err(SelectionError::Missing {
            item: "general configuration (1)"
        })
    );
    // Cut anywhere before the end of the video item: an error (after it, a valid selection
    // without audio or a truncated audio item).
    let video_end = 2 + 0x1D + 2 + 0x24;
    for len in 0..POSITRON.len() {
        let result = SelectedRecordingConfiguration::parse(&POSITRON[..len]);
        if len != video_end {
            assert!(result.is_err(), "length {len}: {result:?}");
        } else {
            assert_eq!(result.unwrap().audio, None);
        }
    }
    // A truncated nested item names it.
    let mut cut = POSITRON;
    cut[1] = 0x1C;
    let err = SelectedRecordingConfiguration::parse(&cut).unwrap_err();
    assert!(err.to_string().contains("general configuration"), "{err}");
    // Pseudo-random bytes and mutations of the example never panic.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..2000 {
        let len = (next() % 120) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = SelectedRecordingConfiguration::parse(&bytes);
        let mut mutated = POSITRON;
        let at = (next() % POSITRON.len() as u64) as usize;
        mutated[at] = next() as u8;
        let _ = SelectedRecordingConfiguration::parse(&mutated);
    }
}

#[test]
fn integer_items_of_other_widths() {
    let mut container_params = Tlv8::new();
    container_params.push_u16(1, 4000);
    let mut container = Tlv8::new();
    container
        .push(1, vec![0, 0, 0, 0])
        .push_tlv(2, &container_params);
    let mut general = Tlv8::new();
    general
        .push_u64(1, 4000)
        .push_u8(2, 1)
        .push_tlv(3, &container);
    let mut params = Tlv8::new();
    params
        .push_u32(1, 2)
        .push_u16(2, 2)
        .push_u16(3, 800)
        .push_u64(4, 4000);
    let mut attributes = Tlv8::new();
    attributes
        .push_u32(1, 1280)
        .push_u32(2, 720)
        .push_u16(3, 30);
    let mut video = Tlv8::new();
    video
        .push_u32(1, 0)
        .push_tlv(2, &params)
        .push_tlv(3, &attributes);
    let mut top = Tlv8::new();
    top.push_tlv(1, &general).push_tlv(2, &video);
    let selected = SelectedRecordingConfiguration::parse(&top.encode()).unwrap();
    assert_eq!(
        selected,
        SelectedRecordingConfiguration {
            prebuffer_ms: 4000,
            event_triggers: 1,
            fragment_ms: 4000,
            video: SelectedVideo {
                profile: 2,
                level: 2,
                bitrate_kbps: 800,
                iframe_interval_ms: 4000,
                width: 1280,
                height: 720,
                fps: 30,
            },
            audio: None,
        }
    );

    // A 3-byte integer, a value too large for its field, a codec never offered.
    let with_params = |params: &Tlv8, codec: u8| {
        let mut video = Tlv8::new();
        video
            .push_u8(1, codec)
            .push_tlv(2, params)
            .push_tlv(3, &attributes);
        let mut top = Tlv8::new();
        top.push_tlv(1, &general).push_tlv(2, &video);
        SelectedRecordingConfiguration::parse(&top.encode())
    };
    let mut bad = Tlv8::new();
    bad.push(1, vec![1, 0, 0])
        .push_u8(2, 0)
        .push_u32(3, 1)
        .push_u32(4, 1);
    assert_eq!(
        with_params(&bad, 0),
        Err(SelectionError::BadLength {
            item: "video profile (2.2.1)",
            len: 3
        })
    );
    let mut big = Tlv8::new();
    big.push_u8(1, 0)
        .push_u16(2, 300)
        .push_u32(3, 1)
        .push_u32(4, 1);
    let err = with_params(&big, 0).unwrap_err();
    assert_eq!(
        err,
        SelectionError::OutOfRange {
            item: "video level (2.2.2)",
            value: 300
        }
    );
    assert!(err.to_string().contains("video level (2.2.2) = 300"));
    let mut missing = Tlv8::new();
    missing.push_u8(1, 0).push_u8(2, 0).push_u32(3, 1);
    assert_eq!(
        with_params(&missing, 0),
        Err(SelectionError::Missing {
            item: "I-frame interval (2.2.4)"
        })
    );
    assert_eq!(
        with_params(&params, 1),
        Err(SelectionError::Unsupported {
            item: "video codec (2.1)",
            value: 1
        })
    );
}

#[test]
fn sample_rate_indices() {
    let rates: Vec<_> = (0..=6).map(sample_rate_hz).collect();
    assert_eq!(
        rates,
        [
            Some(8000),
            Some(16000),
            Some(24000),
            Some(32000),
            Some(44100),
            Some(48000),
            None
        ]
    );
}
