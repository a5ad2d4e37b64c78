//! SelectedCameraRecordingConfiguration (`209`, reference §11.4): the hub's pick of one entry
//! of each capability, written by the hub (and by our hub client in tests).
//!
//! Video and audio configurations carry their fields directly, without the type-1 wrapper of
//! the supported values (§16 #2: HAP-NodeJS's parser and positron's capture; go2rtc's wrapper
//! is not followed). The bytes come from a peer: parsing never panics, and integers are read
//! leniently (1, 2, 4 or 8 bytes, little-endian), since HAP-NodeJS writes u32 as 4 bytes but
//! other controllers may use minimal widths.

use thiserror::Error;

use super::capabilities::{
    AUDIO_CODEC_AAC_LC, BITRATE_MODE_VARIABLE, CONTAINER_FRAGMENTED_MP4, RecordingCapabilities,
    SAMPLE_RATES_HZ, TRIGGER_MOTION, VIDEO_CODEC_H264,
};
use crate::tlv8::{Tlv8, Tlv8Error};

/// Video bitrate a hub picks in [`SelectedRecordingConfiguration::from_capabilities`]: 2000
/// kbit/s, what hubs select with face recognition on (§11.4 SVS note, field notes 5.1).
const HUB_VIDEO_BITRATE_KBPS: u32 = 2000;
/// Audio bitrate a hub picks in [`SelectedRecordingConfiguration::from_capabilities`]: 64
/// kbit/s, seen with AAC-LC (field notes 5.1).
const HUB_AUDIO_BITRATE_KBPS: u32 = 64;

/// The selected video configuration (`209` type 2). The codec is always H.264 (the only one
/// offered).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectedVideo {
    /// HomeKit profile id (0 baseline, 1 main, 2 high).
    pub profile: u8,
    /// HomeKit level id (0 = 3.1, 1 = 3.2, 2 = 4.0).
    pub level: u8,
    /// Bitrate in kbit/s.
    pub bitrate_kbps: u32,
    /// I-frame interval in ms (usually the fragment length, §11.4).
    pub iframe_interval_ms: u32,
    /// Width in pixels.
    pub width: u16,
    /// Height in pixels.
    pub height: u16,
    /// Frame rate.
    pub fps: u8,
}

/// The selected audio configuration (`209` type 3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectedAudio {
    /// Codec (0 AAC-LC, 1 AAC-ELD).
    pub codec: u8,
    /// Channel count.
    pub channels: u8,
    /// Bit-rate mode (0 variable, 1 constant).
    pub bitrate_mode: u8,
    /// Sample-rate index (see [`sample_rate_hz`]).
    pub sample_rate: u8,
    /// Maximum bitrate in kbit/s.
    pub max_bitrate_kbps: u32,
}

impl SelectedAudio {
    /// The selected sample rate in Hz, if the index is a known one.
    pub fn sample_rate_hz(&self) -> Option<u32> {
        sample_rate_hz(self.sample_rate)
    }
}

/// A SelectedCameraRecordingConfiguration (`209`). The container is always fragmented MP4 (the
/// only one offered).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectedRecordingConfiguration {
    /// Prebuffer length in ms.
    pub prebuffer_ms: u32,
    /// Event trigger bitmask (`0x01` motion, `0x02` doorbell).
    pub event_triggers: u64,
    /// Fragment length in ms.
    pub fragment_ms: u32,
    /// The video selection.
    pub video: SelectedVideo,
    /// The audio selection, if the hub wrote one.
    pub audio: Option<SelectedAudio>,
}

/// The sample rate of a HomeKit sample-rate index (§11.3): 0..=5 → 8000..48000 Hz.
pub fn sample_rate_hz(index: u8) -> Option<u32> {
    SAMPLE_RATES_HZ.get(usize::from(index)).copied()
}

/// Why a `209` value cannot be used. `item` names the TLV item by its path of types, e.g.
/// "video profile (2.2.1)".
#[derive(Debug, Error, Clone, PartialEq)]
pub enum SelectionError {
    /// An item is not valid TLV8.
    #[error("selected recording configuration: {item} is not valid TLV8: {source}")]
    Malformed {
        /// The item.
        item: &'static str,
        /// The decoding error.
        #[source]
        source: Tlv8Error,
    },
    /// A required item is absent.
    #[error("selected recording configuration: {item} missing")]
    Missing {
        /// The item.
        item: &'static str,
    },
    /// An integer item has a length other than 1, 2, 4 or 8 bytes.
    #[error("selected recording configuration: {item} is {len} bytes long, not 1, 2, 4 or 8")]
    BadLength {
        /// The item.
        item: &'static str,
        /// Its length.
        len: usize,
    },
    /// An integer item does not fit its field.
    #[error("selected recording configuration: {item} = {value} is out of range")]
    OutOfRange {
        /// The item.
        item: &'static str,
        /// Its value.
        value: u64,
    },
    /// A codec or container that was never offered.
    #[error("selected recording configuration: {item} = {value} is not supported")]
    Unsupported {
        /// The item.
        item: &'static str,
        /// Its value.
        value: u64,
    },
}

/// The nested TLV8 of item `ty`.
fn nested(parent: &Tlv8, ty: u8, item: &'static str) -> Result<Tlv8, SelectionError> {
    let bytes = parent.get(ty).ok_or(SelectionError::Missing { item })?;
    Tlv8::decode(bytes).map_err(|source| SelectionError::Malformed { item, source })
}

/// Integer item `ty`: 1, 2, 4 or 8 bytes, little-endian, fitting `T`.
fn uint<T: TryFrom<u64>>(parent: &Tlv8, ty: u8, item: &'static str) -> Result<T, SelectionError> {
    let bytes = parent.get(ty).ok_or(SelectionError::Missing { item })?;
    if !matches!(bytes.len(), 1 | 2 | 4 | 8) {
        return Err(SelectionError::BadLength {
            item,
            len: bytes.len(),
        });
    }
    let value = bytes
        .iter()
        .rev()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    T::try_from(value).map_err(|_| SelectionError::OutOfRange { item, value })
}

impl SelectedRecordingConfiguration {
    /// Parses a `209` value as the hub writes it.
    pub fn parse(bytes: &[u8]) -> Result<Self, SelectionError> {
        let top = Tlv8::decode(bytes).map_err(|source| SelectionError::Malformed {
            item: "selected recording configuration",
            source,
        })?;

        let general = nested(&top, 1, "general configuration (1)")?;
        let prebuffer_ms = uint(&general, 1, "prebuffer length (1.1)")?;
        let event_triggers = uint(&general, 2, "event trigger options (1.2)")?;
        // "Exactly one media container entry" (§11.4); a list would start with the first.
        let container = nested(&general, 3, "media container configuration (1.3)")?;
        let container_type: u8 = uint(&container, 1, "media container type (1.3.1)")?;
        if container_type != CONTAINER_FRAGMENTED_MP4 {
            return Err(SelectionError::Unsupported {
                item: "media container type (1.3.1)",
                value: container_type.into(),
            });
        }
        let container_params = nested(&container, 2, "media container parameters (1.3.2)")?;
        let fragment_ms = uint(&container_params, 1, "fragment length (1.3.2.1)")?;

        let video = nested(&top, 2, "video configuration (2)")?;
        let codec: u8 = uint(&video, 1, "video codec (2.1)")?;
        if codec != VIDEO_CODEC_H264 {
            return Err(SelectionError::Unsupported {
                item: "video codec (2.1)",
                value: codec.into(),
            });
        }
        let params = nested(&video, 2, "video codec parameters (2.2)")?;
        let attributes = nested(&video, 3, "video attributes (2.3)")?;
        let video = SelectedVideo {
            profile: uint(&params, 1, "video profile (2.2.1)")?,
            level: uint(&params, 2, "video level (2.2.2)")?,
            bitrate_kbps: uint(&params, 3, "video bitrate (2.2.3)")?,
            iframe_interval_ms: uint(&params, 4, "I-frame interval (2.2.4)")?,
            width: uint(&attributes, 1, "video width (2.3.1)")?,
            height: uint(&attributes, 2, "video height (2.3.2)")?,
            fps: uint(&attributes, 3, "video frame rate (2.3.3)")?,
        };

        // No audio item (or an empty one): the hub selected no audio.
        let audio = match top.get(3) {
            None | Some([]) => None,
            Some(_) => {
                let audio = nested(&top, 3, "audio configuration (3)")?;
                let params = nested(&audio, 2, "audio codec parameters (3.2)")?;
                Some(SelectedAudio {
                    codec: uint(&audio, 1, "audio codec (3.1)")?,
                    channels: uint(&params, 1, "audio channels (3.2.1)")?,
                    bitrate_mode: uint(&params, 2, "audio bit-rate mode (3.2.2)")?,
                    sample_rate: uint(&params, 3, "audio sample rate (3.2.3)")?,
                    max_bitrate_kbps: uint(&params, 4, "max audio bitrate (3.2.4)")?,
                })
            }
        };

        Ok(SelectedRecordingConfiguration {
            prebuffer_ms,
            event_triggers,
            fragment_ms,
            video,
            audio,
        })
    }

    /// Encodes the value as a hub writes it (the item order and widths of positron's capture,
    /// §11.4).
    pub fn encode(&self) -> Vec<u8> {
        let mut container_params = Tlv8::new();
        container_params.push_u32(1, self.fragment_ms);
        let mut container = Tlv8::new();
        container
            .push_u8(1, CONTAINER_FRAGMENTED_MP4)
            .push_tlv(2, &container_params);
        let mut general = Tlv8::new();
        general
            .push_u32(1, self.prebuffer_ms)
            .push_u64(2, self.event_triggers)
            .push_tlv(3, &container);

        let v = &self.video;
        let mut params = Tlv8::new();
        params
            .push_u8(1, v.profile)
            .push_u8(2, v.level)
            .push_u32(3, v.bitrate_kbps)
            .push_u32(4, v.iframe_interval_ms);
        let mut attributes = Tlv8::new();
        attributes
            .push_u16(1, v.width)
            .push_u16(2, v.height)
            .push_u8(3, v.fps);
        let mut video = Tlv8::new();
        video
            .push_u8(1, VIDEO_CODEC_H264)
            .push_tlv(2, &params)
            .push_tlv(3, &attributes);

        let mut out = Tlv8::new();
        out.push_tlv(1, &general).push_tlv(2, &video);
        if let Some(a) = &self.audio {
            let mut params = Tlv8::new();
            params
                .push_u8(1, a.channels)
                .push_u8(2, a.bitrate_mode)
                .push_u8(3, a.sample_rate)
                .push_u32(4, a.max_bitrate_kbps);
            let mut audio = Tlv8::new();
            audio.push_u8(1, a.codec).push_tlv(2, &params);
            out.push_tlv(3, &audio);
        }
        out.encode()
    }

    /// What a hub would pick from `caps`: the first profile, level and attribute of `206`, the
    /// first sample rate of `207`, the prebuffer and fragment length of `205`, the motion
    /// trigger (hubs never select the doorbell one, §11.1), 2000 kbit/s video, an I-frame
    /// interval equal to the fragment length (§11.4) and 64 kbit/s audio.
    pub fn from_capabilities(caps: &RecordingCapabilities) -> Self {
        let video = caps.video_offer();
        let audio = caps.audio_offer();
        let (width, height, fps) = video
            .attributes
            .first()
            .copied()
            .unwrap_or((1920, 1080, 30));
        SelectedRecordingConfiguration {
            prebuffer_ms: caps.advertised_prebuffer_ms(),
            event_triggers: TRIGGER_MOTION,
            fragment_ms: caps.fragment_ms,
            video: SelectedVideo {
                profile: video.profiles.first().copied().unwrap_or_default(),
                level: video.levels.first().copied().unwrap_or_default(),
                bitrate_kbps: HUB_VIDEO_BITRATE_KBPS,
                iframe_interval_ms: caps.fragment_ms,
                width,
                height,
                fps,
            },
            audio: Some(SelectedAudio {
                codec: AUDIO_CODEC_AAC_LC,
                channels: audio.channels,
                bitrate_mode: BITRATE_MODE_VARIABLE,
                sample_rate: audio.sample_rates.first().copied().unwrap_or(1),
                max_bitrate_kbps: HUB_AUDIO_BITRATE_KBPS,
            }),
        }
    }
}

#[cfg(test)]
mod tests;
