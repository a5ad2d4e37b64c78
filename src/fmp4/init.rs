//! The initialization segment: `ftyp` + `moov` with empty sample tables and an `mvex` that
//! announces movie fragments (`trex` per track).

use super::Fmp4Error;
use super::boxes::{
    FULL_BOX_FLAGS_NONE, FULL_BOX_VERSION_0, write_box, write_full_box, write_unity_matrix,
};

/// Track ID of the video track.
pub const VIDEO_TRACK_ID: u32 = 1;
/// Track ID of the audio track (when there is one).
pub const AUDIO_TRACK_ID: u32 = 2;
/// Media timescale of the video track: the 90 kHz clock of H.264 over RTP and MPEG-TS, which
/// represents every common frame rate (including 30000/1001) exactly.
pub const VIDEO_TIMESCALE: u32 = 90_000;
/// Movie timescale of `mvhd`, as in the recordings the hubs receive (reference §13.2).
const MOVIE_TIMESCALE: u32 = 1000;

/// `tkhd` flags: track enabled, in movie, in preview.
const TKHD_FLAGS_ENABLED_IN_MOVIE_IN_PREVIEW: u32 = 0x7;
/// `url ` flag: the media data is in the same file.
const URL_FLAGS_SELF_CONTAINED: u32 = 0x1;
/// `vmhd` flags (always 1 per ISO/IEC 14496-12).
const VMHD_FLAGS: u32 = 0x1;
/// Packed ISO-639-2 language code "und".
const LANGUAGE_UND: u16 =
    ((b'u' - 0x60) as u16) << 10 | ((b'n' - 0x60) as u16) << 5 | (b'd' - 0x60) as u16;

/// The H.264 video track of an init segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoTrack {
    /// Picture width in pixels (display size after cropping).
    pub width: u16,
    /// Picture height in pixels.
    pub height: u16,
    /// The `AVCDecoderConfigurationRecord` (content of the `avcC` box), see
    /// [`avc::build_avcc`](super::avc::build_avcc).
    pub avcc: Vec<u8>,
}

/// The AAC audio track of an init segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioTrack {
    /// Sample rate in Hz; also the media timescale of the track.
    pub sample_rate: u32,
    /// Number of channels.
    pub channels: u16,
    /// The MPEG-4 `AudioSpecificConfig` (the `codec_data` of raw AAC caps).
    pub audio_specific_config: Vec<u8>,
}

/// What an initialization segment declares: one video track and an optional audio track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitSegment {
    /// Track 1.
    pub video: VideoTrack,
    /// Track 2, if any.
    pub audio: Option<AudioTrack>,
}

enum Track<'a> {
    Video(&'a VideoTrack),
    Audio(&'a AudioTrack),
}

impl Track<'_> {
    fn id(&self) -> u32 {
        match self {
            Track::Video(_) => VIDEO_TRACK_ID,
            Track::Audio(_) => AUDIO_TRACK_ID,
        }
    }

    fn timescale(&self) -> u32 {
        match self {
            Track::Video(_) => VIDEO_TIMESCALE,
            Track::Audio(a) => a.sample_rate,
        }
    }
}

/// Writes the initialization segment (`ftyp` + `moov`).
pub fn write_init_segment(init: &InitSegment) -> Result<Vec<u8>, Fmp4Error> {
    if init.video.avcc.is_empty() {
        return Err(Fmp4Error::InvalidConfig("empty avcC"));
    }
    if let Some(audio) = &init.audio {
        if audio.sample_rate == 0 || audio.sample_rate > u32::from(u16::MAX) {
            return Err(Fmp4Error::InvalidConfig(
                "audio sample rate must be 1..=65535 Hz",
            ));
        }
        if audio.audio_specific_config.is_empty() || audio.audio_specific_config.len() > 127 {
            return Err(Fmp4Error::InvalidConfig(
                "AudioSpecificConfig must be 1..=127 bytes",
            ));
        }
    }
    let mut tracks = vec![Track::Video(&init.video)];
    if let Some(audio) = &init.audio {
        tracks.push(Track::Audio(audio));
    }
    let mut v = Vec::with_capacity(1024);
    write_ftyp(&mut v)?;
    write_box(&mut v, b"moov", |v| {
        write_mvhd(v, tracks.len() as u32 + 1)?;
        for track in &tracks {
            write_trak(v, track)?;
        }
        write_box(v, b"mvex", |v| {
            for track in &tracks {
                write_trex(v, track.id())?;
            }
            Ok(())
        })
    })?;
    crate::logging::log_debug!(
        target: super::LOG_TARGET,
        "init segment: {}x{} video, audio {:?}, {} bytes",
        init.video.width,
        init.video.height,
        init.audio.as_ref().map(|a| (a.sample_rate, a.channels)),
        v.len()
    );
    Ok(v)
}

fn write_ftyp(v: &mut Vec<u8>) -> Result<(), Fmp4Error> {
    // Reference §16 #21: the brands ffmpeg and positron write (major `mp42`, minor 1,
    // compatible `isom`, `mp42`, `avc1`) are the set confirmed in recordings that Home hubs
    // accepted (§13.2); go2rtc's `iso5`/`iso6` set is unconfirmed, so we use ffmpeg's.
    write_box(v, b"ftyp", |v| {
        // Major brand.
        v.extend(b"mp42");
        // Minor version.
        v.extend(1u32.to_be_bytes());
        // Compatible brands.
        v.extend(b"isom");
        v.extend(b"mp42");
        v.extend(b"avc1");
        Ok(())
    })
}

fn write_mvhd(v: &mut Vec<u8>, next_track_id: u32) -> Result<(), Fmp4Error> {
    write_full_box(v, b"mvhd", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
        // Creation and modification time.
        v.extend(0u32.to_be_bytes());
        v.extend(0u32.to_be_bytes());
        // Timescale.
        v.extend(MOVIE_TIMESCALE.to_be_bytes());
        // Duration: unknown, the samples are in the fragments.
        v.extend(0u32.to_be_bytes());
        // Rate 1.0, volume 1.0, reserved.
        v.extend(0x0001_0000u32.to_be_bytes());
        v.extend(0x0100u16.to_be_bytes());
        v.extend([0u8; 10]);
        write_unity_matrix(v);
        // Pre-defined.
        v.extend([0u8; 24]);
        // Next track ID.
        v.extend(next_track_id.to_be_bytes());
        Ok(())
    })
}

fn write_trak(v: &mut Vec<u8>, track: &Track) -> Result<(), Fmp4Error> {
    write_box(v, b"trak", |v| {
        write_tkhd(v, track)?;
        write_box(v, b"mdia", |v| {
            write_mdhd(v, track.timescale())?;
            write_hdlr(v, track)?;
            write_minf(v, track)
        })
    })
}

fn write_tkhd(v: &mut Vec<u8>, track: &Track) -> Result<(), Fmp4Error> {
    let flags = TKHD_FLAGS_ENABLED_IN_MOVIE_IN_PREVIEW;
    write_full_box(v, b"tkhd", FULL_BOX_VERSION_0, flags, |v| {
        // Creation and modification time.
        v.extend(0u32.to_be_bytes());
        v.extend(0u32.to_be_bytes());
        // Track ID, reserved.
        v.extend(track.id().to_be_bytes());
        v.extend(0u32.to_be_bytes());
        // Duration: unknown.
        v.extend(0u32.to_be_bytes());
        // Reserved.
        v.extend([0u8; 8]);
        // Layer, alternate group.
        v.extend(0u16.to_be_bytes());
        v.extend(0u16.to_be_bytes());
        // Volume (1.0 for audio), reserved.
        let volume: u16 = match track {
            Track::Video(_) => 0,
            Track::Audio(_) => 0x0100,
        };
        v.extend(volume.to_be_bytes());
        v.extend(0u16.to_be_bytes());
        write_unity_matrix(v);
        // Width and height, 16.16 fixed point.
        let (width, height) = match track {
            Track::Video(video) => (u32::from(video.width), u32::from(video.height)),
            Track::Audio(_) => (0, 0),
        };
        v.extend((width << 16).to_be_bytes());
        v.extend((height << 16).to_be_bytes());
        Ok(())
    })
}

fn write_mdhd(v: &mut Vec<u8>, timescale: u32) -> Result<(), Fmp4Error> {
    write_full_box(v, b"mdhd", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
        // Creation and modification time.
        v.extend(0u32.to_be_bytes());
        v.extend(0u32.to_be_bytes());
        // Timescale, duration (unknown).
        v.extend(timescale.to_be_bytes());
        v.extend(0u32.to_be_bytes());
        // Language, pre-defined.
        v.extend(LANGUAGE_UND.to_be_bytes());
        v.extend(0u16.to_be_bytes());
        Ok(())
    })
}

fn write_hdlr(v: &mut Vec<u8>, track: &Track) -> Result<(), Fmp4Error> {
    let (handler, name): (&[u8; 4], &[u8]) = match track {
        Track::Video(_) => (b"vide", b"VideoHandler\0"),
        Track::Audio(_) => (b"soun", b"SoundHandler\0"),
    };
    write_full_box(v, b"hdlr", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
        // Pre-defined.
        v.extend(0u32.to_be_bytes());
        // Handler type.
        v.extend(handler);
        // Reserved.
        v.extend([0u8; 12]);
        // Name, null-terminated.
        v.extend(name);
        Ok(())
    })
}

fn write_minf(v: &mut Vec<u8>, track: &Track) -> Result<(), Fmp4Error> {
    write_box(v, b"minf", |v| {
        match track {
            Track::Video(_) => write_full_box(v, b"vmhd", FULL_BOX_VERSION_0, VMHD_FLAGS, |v| {
                // Graphics mode, opcolor.
                v.extend([0u8; 8]);
                Ok(())
            })?,
            Track::Audio(_) => {
                write_full_box(v, b"smhd", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
                    // Balance, reserved.
                    v.extend([0u8; 4]);
                    Ok(())
                })?
            }
        }
        write_box(v, b"dinf", |v| {
            write_full_box(v, b"dref", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
                // Entry count.
                v.extend(1u32.to_be_bytes());
                write_full_box(
                    v,
                    b"url ",
                    FULL_BOX_VERSION_0,
                    URL_FLAGS_SELF_CONTAINED,
                    |_| Ok(()),
                )
            })
        })?;
        write_stbl(v, track)
    })
}

fn write_stbl(v: &mut Vec<u8>, track: &Track) -> Result<(), Fmp4Error> {
    write_box(v, b"stbl", |v| {
        write_full_box(v, b"stsd", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
            // Entry count.
            v.extend(1u32.to_be_bytes());
            match track {
                Track::Video(video) => write_avc1(v, video),
                Track::Audio(audio) => write_mp4a(v, audio),
            }
        })?;
        // Empty sample tables: all samples are in movie fragments.
        for fourcc in [b"stts", b"stsc", b"stco"] {
            write_full_box(v, fourcc, FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
                // Entry count.
                v.extend(0u32.to_be_bytes());
                Ok(())
            })?;
        }
        write_full_box(v, b"stsz", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
            // Sample size (0 = sizes in a table), sample count.
            v.extend(0u32.to_be_bytes());
            v.extend(0u32.to_be_bytes());
            Ok(())
        })
    })
}

/// The fields every `SampleEntry` starts with.
fn write_sample_entry_header(v: &mut Vec<u8>) {
    // Reserved.
    v.extend([0u8; 6]);
    // Data reference index.
    v.extend(1u16.to_be_bytes());
}

fn write_avc1(v: &mut Vec<u8>, video: &VideoTrack) -> Result<(), Fmp4Error> {
    write_box(v, b"avc1", |v| {
        write_sample_entry_header(v);
        // Pre-defined, reserved, pre-defined.
        v.extend([0u8; 16]);
        // Width, height.
        v.extend(video.width.to_be_bytes());
        v.extend(video.height.to_be_bytes());
        // Horizontal and vertical resolution: 72 dpi.
        v.extend(0x0048_0000u32.to_be_bytes());
        v.extend(0x0048_0000u32.to_be_bytes());
        // Reserved.
        v.extend(0u32.to_be_bytes());
        // Frame count.
        v.extend(1u16.to_be_bytes());
        // Compressor name: empty Pascal string in 32 bytes.
        v.extend([0u8; 32]);
        // Depth: colour without alpha.
        v.extend(0x0018u16.to_be_bytes());
        // Pre-defined.
        v.extend((-1i16).to_be_bytes());
        write_box(v, b"avcC", |v| {
            v.extend(&video.avcc);
            Ok(())
        })
    })
}

fn write_mp4a(v: &mut Vec<u8>, audio: &AudioTrack) -> Result<(), Fmp4Error> {
    write_box(v, b"mp4a", |v| {
        write_sample_entry_header(v);
        // Reserved (version, revision, vendor).
        v.extend([0u8; 8]);
        // Channel count, sample size.
        v.extend(audio.channels.to_be_bytes());
        v.extend(16u16.to_be_bytes());
        // Pre-defined, reserved.
        v.extend(0u32.to_be_bytes());
        // Sample rate, 16.16 fixed point (checked to fit by the caller).
        v.extend((audio.sample_rate << 16).to_be_bytes());
        write_esds(v, audio)
    })
}

/// ES descriptor tags of ISO/IEC 14496-1.
const ES_DESCRIPTOR_TAG: u8 = 0x03;
const DECODER_CONFIG_DESCRIPTOR_TAG: u8 = 0x04;
const DECODER_SPECIFIC_INFO_TAG: u8 = 0x05;
const SL_CONFIG_DESCRIPTOR_TAG: u8 = 0x06;
/// objectTypeIndication of MPEG-4 audio (AAC).
const OBJECT_TYPE_MPEG4_AUDIO: u8 = 0x40;
/// streamType 5 (audio) << 2 | upStream 0 << 1 | reserved 1.
const STREAM_TYPE_AUDIO: u8 = 0x15;

/// Writes a descriptor whose content is shorter than 128 bytes (one length byte).
fn write_descriptor(v: &mut Vec<u8>, tag: u8, content: &[u8]) -> Result<(), Fmp4Error> {
    let len = u8::try_from(content.len())
        .ok()
        .filter(|len| *len < 0x80)
        .ok_or(Fmp4Error::InvalidConfig("esds descriptor too long"))?;
    v.push(tag);
    v.push(len);
    v.extend(content);
    Ok(())
}

fn write_esds(v: &mut Vec<u8>, audio: &AudioTrack) -> Result<(), Fmp4Error> {
    write_full_box(v, b"esds", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
        let mut decoder_config = vec![OBJECT_TYPE_MPEG4_AUDIO, STREAM_TYPE_AUDIO];
        // Buffer size (24 bits), max bitrate, average bitrate: unknown.
        decoder_config.extend([0u8; 3]);
        decoder_config.extend(0u32.to_be_bytes());
        decoder_config.extend(0u32.to_be_bytes());
        write_descriptor(
            &mut decoder_config,
            DECODER_SPECIFIC_INFO_TAG,
            &audio.audio_specific_config,
        )?;
        // ES ID, flags.
        let mut es = vec![0, 0, 0];
        write_descriptor(&mut es, DECODER_CONFIG_DESCRIPTOR_TAG, &decoder_config)?;
        // Pre-defined SL config for MP4 files.
        write_descriptor(&mut es, SL_CONFIG_DESCRIPTOR_TAG, &[0x02])?;
        write_descriptor(v, ES_DESCRIPTOR_TAG, &es)
    })
}

fn write_trex(v: &mut Vec<u8>, track_id: u32) -> Result<(), Fmp4Error> {
    write_full_box(v, b"trex", FULL_BOX_VERSION_0, FULL_BOX_FLAGS_NONE, |v| {
        // Track ID, default sample description index.
        v.extend(track_id.to_be_bytes());
        v.extend(1u32.to_be_bytes());
        // Default sample duration, size and flags: every fragment states its own.
        v.extend([0u8; 12]);
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fmp4::avc::{build_avcc, tests::config};
    use crate::fmp4::testutil::{children, find, u32_at};

    fn init(audio: bool) -> InitSegment {
        InitSegment {
            video: VideoTrack {
                width: 320,
                height: 240,
                avcc: build_avcc(&config()).unwrap(),
            },
            audio: audio.then(|| AudioTrack {
                sample_rate: 32000,
                channels: 1,
                audio_specific_config: vec![0x12, 0x88],
            }),
        }
    }

    #[test]
    fn ftyp_and_moov_with_two_tracks_and_trex() {
        let data = write_init_segment(&init(true)).unwrap();
        let top: Vec<[u8; 4]> = children(&data).into_iter().map(|(f, _)| f).collect();
        assert_eq!(top, [*b"ftyp", *b"moov"]);
        assert_eq!(find(&data, &["ftyp"], 0), b"mp42\0\0\0\x01isommp42avc1");
        let mvhd = find(&data, &["moov", "mvhd"], 0);
        assert_eq!(u32_at(mvhd, 12), 1000);
        assert_eq!(u32_at(mvhd, 96), 3, "next track ID");
        let tkhd = find(&data, &["moov", "trak", "tkhd"], 0);
        assert_eq!(u32_at(tkhd, 12), VIDEO_TRACK_ID);
        assert_eq!((u32_at(tkhd, 76), u32_at(tkhd, 80)), (320 << 16, 240 << 16));
        let trex: Vec<u32> = (0..2)
            .map(|i| u32_at(find(&data, &["moov", "mvex", "trex"], i), 4))
            .collect();
        assert_eq!(trex, [VIDEO_TRACK_ID, AUDIO_TRACK_ID]);
        let avcc = find(
            &data,
            &[
                "moov", "trak", "mdia", "minf", "stbl", "stsd", "avc1", "avcC",
            ],
            0,
        );
        assert_eq!(avcc, build_avcc(&config()).unwrap());
        let mdhd = |i| {
            let trak = children(find(&data, &["moov"], 0))
                .into_iter()
                .filter(|(f, _)| f == b"trak")
                .nth(i)
                .unwrap()
                .1;
            u32_at(find(trak, &["mdia", "mdhd"], 0), 12)
        };
        assert_eq!((mdhd(0), mdhd(1)), (VIDEO_TIMESCALE, 32000));
    }

    #[test]
    fn esds_carries_the_audio_specific_config() {
        let data = write_init_segment(&init(true)).unwrap();
        let moov = find(&data, &["moov"], 0);
        let audio_trak = children(moov)
            .into_iter()
            .filter(|(f, _)| f == b"trak")
            .nth(1)
            .unwrap()
            .1;
        let mp4a = find(audio_trak, &["mdia", "minf", "stbl", "stsd", "mp4a"], 0);
        assert_eq!(&mp4a[16..18], &[0, 1], "channels");
        assert_eq!(u32_at(mp4a, 24), 32000 << 16);
        let esds = find(
            audio_trak,
            &["mdia", "minf", "stbl", "stsd", "mp4a", "esds"],
            0,
        );
        assert_eq!(&esds[4..6], &[ES_DESCRIPTOR_TAG, esds.len() as u8 - 6]);
        let dsi = esds
            .windows(4)
            .position(|w| w == [DECODER_SPECIFIC_INFO_TAG, 2, 0x12, 0x88]);
        assert!(dsi.is_some());
    }

    #[test]
    fn video_only_declares_one_track() {
        let data = write_init_segment(&init(false)).unwrap();
        let moov = find(&data, &["moov"], 0);
        assert_eq!(
            children(moov).iter().filter(|(f, _)| f == b"trak").count(),
            1
        );
        assert_eq!(children(find(&data, &["moov", "mvex"], 0)).len(), 1);
    }

    #[test]
    fn unwritable_configs_are_errors() {
        let mut bad = init(true);
        bad.audio.as_mut().unwrap().sample_rate = 96000;
        assert!(matches!(
            write_init_segment(&bad),
            Err(Fmp4Error::InvalidConfig(_))
        ));
        let mut bad = init(false);
        bad.video.avcc.clear();
        assert!(matches!(
            write_init_segment(&bad),
            Err(Fmp4Error::InvalidConfig(_))
        ));
    }
}
