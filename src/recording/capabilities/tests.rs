//! Tests of the recording capabilities: the static offer, the derivation from the stream and
//! the values in the camera database.

use super::*;
use crate::accessory::{CameraInfo, Category, Value, camera_database};
use crate::h264::sps::Timing;

/// An SPS of a progressive 4:2:0 stream of `mbs` macroblocks, cropped by `crop_bottom` units.
fn sps(profile_idc: u8, level_idc: u8, mbs: (u32, u32), crop_bottom: u32) -> Sps {
    Sps {
        profile_idc,
        constraint_flags: 0,
        level_idc,
        id: 0,
        chroma_format_idc: 1,
        separate_colour_plane: false,
        bit_depth_luma: 8,
        bit_depth_chroma: 8,
        log2_max_frame_num: 4,
        pic_order_cnt_type: 2,
        log2_max_pic_order_cnt_lsb: 0,
        delta_pic_order_always_zero: false,
        max_num_ref_frames: 1,
        pic_width_in_mbs: mbs.0,
        pic_height_in_map_units: mbs.1,
        frame_mbs_only: true,
        mb_adaptive_frame_field: false,
        crop: (0, 0, 0, crop_bottom),
        timing: None,
    }
}

/// `206` decoded: profiles, levels, attributes; checks there are no selected-only fields.
fn decode_206(bytes: &[u8]) -> VideoOffer {
    let top = Tlv8::decode(bytes).unwrap();
    assert_eq!(top.get_all(1).count(), 1);
    let codec = Tlv8::decode(top.get(1).unwrap()).unwrap();
    assert_eq!(codec.get_u8(1).unwrap(), Some(VIDEO_CODEC_H264));
    let params = Tlv8::decode(codec.get(2).unwrap()).unwrap();
    assert!(params.get(3).is_none() && params.get(4).is_none());
    let profiles = params.get_all(1).map(|v| v[0]).collect();
    let levels = params.get_all(2).map(|v| v[0]).collect();
    let attributes = codec
        .get_all(3)
        .map(|a| {
            let a = Tlv8::decode(a).unwrap();
            (
                a.get_u16(1).unwrap().unwrap(),
                a.get_u16(2).unwrap().unwrap(),
                a.get_u8(3).unwrap().unwrap(),
            )
        })
        .collect();
    VideoOffer {
        profiles,
        levels,
        attributes,
    }
}

/// `207` decoded: codec, channels, bit-rate mode, sample rates; checks there is no max bitrate.
fn decode_207(bytes: &[u8]) -> (u8, u8, u8, Vec<u8>) {
    let top = Tlv8::decode(bytes).unwrap();
    assert_eq!(top.get_all(1).count(), 1);
    let codec = Tlv8::decode(top.get(1).unwrap()).unwrap();
    let params = Tlv8::decode(codec.get(2).unwrap()).unwrap();
    assert!(params.get(4).is_none());
    (
        codec.require_u8(1).unwrap(),
        params.require_u8(1).unwrap(),
        params.require_u8(2).unwrap(),
        params.get_all(3).map(|v| v[0]).collect(),
    )
}

fn with_video(video: VideoParams) -> RecordingCapabilities {
    RecordingCapabilities {
        video: Some(video),
        ..RecordingCapabilities::default()
    }
}

#[test]
fn recording_configuration_matches_shipping_camera_layout() {
    // §11.1 dump layout with our 4000 ms prebuffer: 01 04 A0 0F 00 00, motion trigger,
    // fMP4 container with 4000 ms fragments.
    let expected = [
        0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00, 0x02, 0x08, 0x01, 0, 0, 0, 0, 0, 0, 0, 0x03, 0x0B,
        0x01, 0x01, 0x00, 0x02, 0x06, 0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00,
    ];
    let caps = RecordingCapabilities::default();
    assert_eq!(
        caps.supported_camera_recording_configuration(false),
        expected
    );
    let doorbell = caps.supported_camera_recording_configuration(true);
    assert_eq!(doorbell[8], 0x03);
}

#[test]
fn prebuffer_is_advertised_as_at_least_the_minimum() {
    let caps = RecordingCapabilities {
        prebuffer_ms: 0,
        fragment_ms: 2000,
        ..RecordingCapabilities::default()
    };
    let top = Tlv8::decode(&caps.supported_camera_recording_configuration(false)).unwrap();
    assert_eq!(top.get_u32(1).unwrap(), Some(MIN_PREBUFFER_MS));
    let container = Tlv8::decode(top.get(3).unwrap()).unwrap();
    let params = Tlv8::decode(container.get(2).unwrap()).unwrap();
    assert_eq!(params.get_u32(1).unwrap(), Some(2000));
    let text = caps.describe();
    assert!(text.contains("raised"), "{text}");
    assert!(text.contains("pitfall 4"), "{text}");
    let caps = RecordingCapabilities {
        prebuffer_ms: 8000,
        ..RecordingCapabilities::default()
    };
    let top = Tlv8::decode(&caps.supported_camera_recording_configuration(true)).unwrap();
    assert_eq!(top.get_u32(1).unwrap(), Some(8000));
    assert_eq!(
        top.get_u64(2).unwrap(),
        Some(TRIGGER_MOTION | TRIGGER_DOORBELL)
    );
}

#[test]
fn audio_recording_uses_aac_lc_and_zero_separators() {
    let bytes = RecordingCapabilities::default().supported_audio_recording_configuration();
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
    let caps = RecordingCapabilities::default();
    let VideoOffer {
        profiles,
        levels,
        attributes,
    } = decode_206(&caps.supported_video_recording_configuration());
    assert_eq!(profiles, [profile::MAIN, profile::HIGH]);
    assert_eq!(levels, [0, 1, 2]);
    assert_eq!(
        attributes,
        [
            (1920, 1080, 30),
            (1280, 720, 30),
            (1920, 1080, 15),
            (1280, 720, 15)
        ]
    );
    let text = caps.describe();
    assert!(text.contains("default offer"), "{text}");
    assert!(text.contains("no audio input"), "{text}");
}

#[test]
fn high_720p30_level_31_stream() {
    let mut sps = sps(100, 31, (80, 45), 0);
    // 60 ticks per second, two ticks per frame.
    sps.timing = Some(Timing {
        num_units_in_tick: 1,
        time_scale: 60,
        fixed_frame_rate: true,
    });
    let video = VideoParams::from_sps(&sps, None);
    assert_eq!(video.fps, Some((30, 1)));
    assert_eq!((video.width, video.height), (1280, 720));
    let caps = with_video(video);
    assert_eq!(
        decode_206(&caps.supported_video_recording_configuration()),
        caps.video_offer()
    );
    let VideoOffer {
        profiles,
        levels,
        attributes,
    } = decode_206(&caps.supported_video_recording_configuration());
    assert_eq!(profiles, [profile::HIGH]);
    assert_eq!(levels, [level::L3_1]);
    assert_eq!(attributes, [(1280, 720, 30), (1280, 720, 15)]);
    let text = caps.describe();
    assert!(
        text.starts_with("H.264 High 3.1, 1280x720@30/15 from the stream;"),
        "{text}"
    );
}

#[test]
fn main_1080p25_level_41_stream() {
    // 68 macroblock rows cropped by 4 units of 2 rows: 1080.
    let sps = sps(77, 41, (120, 68), 4);
    let video = VideoParams::from_sps(&sps, Some((25, 1)));
    assert_eq!((video.width, video.height), (1920, 1080));
    let caps = with_video(video);
    let VideoOffer {
        profiles,
        levels,
        attributes,
    } = decode_206(&caps.supported_video_recording_configuration());
    assert_eq!(profiles, [profile::MAIN]);
    assert_eq!(levels, [level::L4_0]);
    assert_eq!(attributes, [(1920, 1080, 25), (1920, 1080, 15)]);
    let text = caps.describe();
    assert!(text.contains("H.264 Main 4.0, 1920x1080@25/15"), "{text}");
    assert!(text.contains("level 4.1 is above 4.0"), "{text}");
}

#[test]
fn baseline_480p10_stream_is_offered_at_15_fps_only() {
    let mut sps = sps(66, 30, (40, 30), 0);
    // Constrained baseline.
    sps.constraint_flags = 0xC0;
    let caps = with_video(VideoParams::from_sps(&sps, Some((10, 1))));
    let VideoOffer {
        profiles,
        levels,
        attributes,
    } = decode_206(&caps.supported_video_recording_configuration());
    assert_eq!(profiles, [profile::BASELINE]);
    assert_eq!(levels, [level::L3_1]);
    assert_eq!(attributes, [(640, 480, 15)]);
    let text = caps.describe();
    assert!(text.contains("stream at 10 fps offered at 15"), "{text}");
}

#[test]
fn frame_rates_are_rounded_clamped_and_default_to_30_and_15() {
    let base = VideoParams {
        profile_idc: 100,
        constraint_flags: 0,
        level_idc: 32,
        width: 1280,
        height: 720,
        fps: None,
    };
    let attributes = |fps| {
        let caps = with_video(VideoParams {
            fps,
            ..base.clone()
        });
        decode_206(&caps.supported_video_recording_configuration()).attributes
    };
    assert_eq!(attributes(None), [(1280, 720, 30), (1280, 720, 15)]);
    assert_eq!(attributes(Some((0, 1))), [(1280, 720, 30), (1280, 720, 15)]);
    assert_eq!(
        attributes(Some((30000, 1001))),
        [(1280, 720, 30), (1280, 720, 15)]
    );
    assert_eq!(
        attributes(Some((60, 1))),
        [(1280, 720, 30), (1280, 720, 15)]
    );
    assert_eq!(attributes(Some((15, 1))), [(1280, 720, 15)]);
    assert_eq!(
        attributes(Some((16, 1))),
        [(1280, 720, 16), (1280, 720, 15)]
    );
    assert_eq!(with_video(base.clone()).video_offer().levels, [level::L3_2]);
    // Caps without a usable rate fall back to the SPS timing.
    let mut sps = sps(100, 40, (80, 45), 0);
    sps.timing = Some(Timing {
        num_units_in_tick: 1001,
        time_scale: 48000,
        fixed_frame_rate: true,
    });
    let video = VideoParams::from_sps(&sps, Some((0, 1)));
    assert_eq!(video.fps, Some((24000, 1001)));
    assert_eq!(video.rounded_fps(), Some(24));
}

#[test]
fn portrait_and_unusable_sizes() {
    let portrait = with_video(VideoParams {
        profile_idc: 77,
        constraint_flags: 0,
        level_idc: 40,
        width: 720,
        height: 1280,
        fps: Some((30, 1)),
    });
    assert_eq!(
        portrait.video_offer().attributes,
        [(720, 1280, 30), (720, 1280, 15)]
    );
    assert!(portrait.describe().contains("portrait 720x1280"));
    let huge = with_video(VideoParams {
        width: 70000,
        ..portrait.video.clone().unwrap()
    });
    assert_eq!(huge.video_offer().attributes.len(), 4);
    assert!(huge.describe().contains("cannot be offered"));
}

#[test]
fn stereo_48_khz_audio() {
    let caps = RecordingCapabilities {
        audio: Some(AudioParams {
            sample_rate: 48000,
            channels: 2,
        }),
        ..RecordingCapabilities::default()
    };
    let (codec, channels, mode, rates) =
        decode_207(&caps.supported_audio_recording_configuration());
    assert_eq!(
        (codec, channels, mode, rates),
        (AUDIO_CODEC_AAC_LC, 2, BITRATE_MODE_VARIABLE, vec![5])
    );
    let text = caps.describe();
    assert!(
        text.contains("AAC-LC stereo 48 kHz from the stream"),
        "{text}"
    );
}

#[test]
fn unlisted_audio_rate_gets_the_default_rates() {
    let caps = RecordingCapabilities {
        audio: Some(AudioParams {
            sample_rate: 22050,
            channels: 1,
        }),
        ..RecordingCapabilities::default()
    };
    let (codec, channels, _, rates) = decode_207(&caps.supported_audio_recording_configuration());
    assert_eq!((codec, channels, rates), (0, 1, vec![1, 2, 3]));
    let text = caps.describe();
    assert!(
        text.contains("AAC-LC mono 16/24/32 kHz (stream rate 22050 Hz"),
        "{text}"
    );
    let rate_44 = RecordingCapabilities {
        audio: Some(AudioParams {
            sample_rate: 44100,
            channels: 1,
        }),
        ..RecordingCapabilities::default()
    };
    assert_eq!(rate_44.audio_offer().sample_rates, [4]);
    assert!(rate_44.describe().contains("mono 44.1 kHz"));
    assert_eq!(sample_rate_index(8000), Some(0));
    assert_eq!(sample_rate_index(11025), None);
}

#[test]
fn camera_database_offers_the_capabilities_of_its_info() {
    let mut info = CameraInfo::new("Cam");
    assert_eq!(info.recording, RecordingCapabilities::default());
    info.category = Category::Doorbell;
    info.recording = with_video(VideoParams::from_sps(
        &sps(100, 31, (80, 45), 0),
        Some((30, 1)),
    ));
    let db = camera_database(&info);
    let bytes = |key: &str| match db.value(key) {
        Some(Value::Bytes(bytes)) => bytes.clone(),
        other => panic!("{key}: {other:?}"),
    };
    assert_eq!(
        bytes("204/205"),
        info.recording
            .supported_camera_recording_configuration(true)
    );
    assert_eq!(
        bytes("204/206"),
        info.recording.supported_video_recording_configuration()
    );
    assert_eq!(
        bytes("204/207"),
        info.recording.supported_audio_recording_configuration()
    );
}
