//! The recording capabilities offered in `205`/`206`/`207` (reference §11.1–§11.3), derived
//! from the stream as it really is. The camera remuxes and never transcodes: the hub gets what
//! the camera sends, so the offer describes exactly that stream.
//!
//! The offer is small and strict (field notes pitfall 16: too many entries make the hub fail
//! to select), lists inside the values are separated by `00 00` (§16 #4) and selected-only
//! fields never appear in them (§16 #3).

use super::codec_tlv::{h264_configuration, tlv_list, u8_list};
use crate::h264::Sps;
use crate::tlv8::Tlv8;

/// Prebuffer length advertised in `205` by default (§11.1), milliseconds.
pub const PREBUFFER_MS: u32 = 4000;
/// Fragment length advertised in `205` by default (§11.1, field notes pitfall 4), milliseconds.
pub const FRAGMENT_MS: u32 = 4000;
/// Shortest prebuffer advertised in `205`: "at least 4000 ms" (§11.1, HAP-NodeJS). Field notes
/// pitfall 25 says hubs accept 0 too, but this camera really holds its prebuffer (§13.5,
/// §16 #19), so it offers at least this much.
pub const MIN_PREBUFFER_MS: u32 = 4000;

/// Event trigger bit of `205`: motion (§11.1).
pub const TRIGGER_MOTION: u64 = 0x01;
/// Event trigger bit of `205`: doorbell (§11.1).
pub const TRIGGER_DOORBELL: u64 = 0x02;
/// Media container type: fragmented MP4 (§11.1).
pub const CONTAINER_FRAGMENTED_MP4: u8 = 0;
/// Video codec id: H.264 (§11.2).
pub const VIDEO_CODEC_H264: u8 = 0;
/// Audio codec id: AAC-LC (§11.3, §16 #1: 0/1, not go2rtc's 2/3).
pub const AUDIO_CODEC_AAC_LC: u8 = 0;
/// Audio codec id: AAC-ELD (§11.3, §16 #1). Never offered: a hub prefers it when offered and
/// the camera sends AAC-LC (field notes pitfall 17).
pub const AUDIO_CODEC_AAC_ELD: u8 = 1;
/// Audio bit-rate mode: variable (§11.3).
pub const BITRATE_MODE_VARIABLE: u8 = 0;

/// HomeKit H.264 profile ids (§10.1, §11.2).
pub mod profile {
    /// Baseline (constrained baseline).
    pub const BASELINE: u8 = 0;
    /// Main.
    pub const MAIN: u8 = 1;
    /// High.
    pub const HIGH: u8 = 2;
}

/// HomeKit H.264 level ids (§10.1, §11.2); there is none above 4.0 in this model.
pub mod level {
    /// Level 3.1.
    pub const L3_1: u8 = 0;
    /// Level 3.2.
    pub const L3_2: u8 = 1;
    /// Level 4.0.
    pub const L4_0: u8 = 2;
}

/// Sample rates by HomeKit index (§11.3): 0 = 8 kHz … 5 = 48 kHz.
pub(crate) const SAMPLE_RATES_HZ: [u32; 6] = [8000, 16000, 24000, 32000, 44100, 48000];

/// The static video offer, used until the stream is known: the hub needs an offer before the
/// first buffer. Main and High (§11.2, field notes 5.1) ...
const DEFAULT_PROFILES: [u8; 2] = [profile::MAIN, profile::HIGH];
/// ... at levels 3.1, 3.2 and 4.0, the only HomeKit levels (pitfall 16) ...
const DEFAULT_LEVELS: [u8; 3] = [level::L3_1, level::L3_2, level::L4_0];
/// ... with the mandatory 1920×1080 and 1280×720 at 30 fps and the mandatory 15 fps (§11.2,
/// pitfall 16).
const DEFAULT_ATTRIBUTES: [(u16, u16, u8); 4] = [
    (1920, 1080, 30),
    (1280, 720, 30),
    (1920, 1080, 15),
    (1280, 720, 15),
];
/// The static audio offer: mono at 16/24/32 kHz, few rates (pitfall 16).
const DEFAULT_SAMPLE_RATES: [u8; 3] = [1, 2, 3];
/// Lowest frame rate offered: the floor hubs accept (pitfall 16, ha-hksv), and the mandatory
/// 15 fps entry of §11.2.
const MIN_FPS: u32 = 15;
/// Highest frame rate offered: the highest one listed by the references (§11.2, field notes 5.1).
const MAX_FPS: u32 = 30;

/// The H.264 stream as it is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VideoParams {
    /// `profile_idc` of the SPS.
    pub profile_idc: u8,
    /// The constraint-set flags byte of the SPS.
    pub constraint_flags: u8,
    /// `level_idc` of the SPS (level × 10).
    pub level_idc: u8,
    /// Displayed width in pixels.
    pub width: u32,
    /// Displayed height in pixels.
    pub height: u32,
    /// Frame rate as a fraction (num, den), if known.
    pub fps: Option<(u32, u32)>,
}

impl VideoParams {
    /// The parameters of a stream with this SPS: the frame rate from `fps` (the caps) if given
    /// and usable (0/1, GStreamer's "variable", is not), else from the SPS timing information.
    pub fn from_sps(sps: &Sps, fps: Option<(u32, u32)>) -> VideoParams {
        let fps = fps.and_then(reduced_rate).or_else(|| {
            sps.timing
                .and_then(|t| t.frame_rate())
                .and_then(reduced_rate)
        });
        VideoParams {
            profile_idc: sps.profile_idc,
            constraint_flags: sps.constraint_flags,
            level_idc: sps.level_idc,
            width: sps.width(),
            height: sps.height(),
            fps,
        }
    }

    /// The HomeKit profile id of the stream: 66 (constrained or not) → Baseline, 77 → Main,
    /// High and every other profile → High (the most capable decoder HomeKit names).
    pub fn homekit_profile(&self) -> u8 {
        match self.profile_idc {
            66 => profile::BASELINE,
            77 => profile::MAIN,
            _ => profile::HIGH,
        }
    }

    /// The smallest HomeKit level that is ≥ the stream's level, or 4.0 when the stream is above
    /// 4.0: HomeKit has no higher level in this model (§11.2).
    pub fn homekit_level(&self) -> u8 {
        match self.level_idc {
            0..=31 => level::L3_1,
            32 => level::L3_2,
            _ => level::L4_0,
        }
    }

    /// The frame rate rounded to an integer, if known.
    pub fn rounded_fps(&self) -> Option<u32> {
        let (num, den) = reduced_rate(self.fps?)?;
        let rounded = (2 * u64::from(num) + u64::from(den)) / (2 * u64::from(den));
        Some(u32::try_from(rounded).unwrap_or(u32::MAX))
    }
}

/// The AAC stream as it is sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AudioParams {
    /// Sample rate in Hz.
    pub sample_rate: u32,
    /// Channel count.
    pub channels: u16,
}

/// What the camera offers for recording (`205`/`206`/`207`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordingCapabilities {
    /// Prebuffer length (ms); advertised as at least [`MIN_PREBUFFER_MS`].
    pub prebuffer_ms: u32,
    /// Fragment length (ms).
    pub fragment_ms: u32,
    /// The video stream, once known; None: the static offer.
    pub video: Option<VideoParams>,
    /// The audio stream, if any; None: the static offer.
    pub audio: Option<AudioParams>,
}

impl Default for RecordingCapabilities {
    /// [`PREBUFFER_MS`], [`FRAGMENT_MS`], stream not known yet.
    fn default() -> Self {
        RecordingCapabilities {
            prebuffer_ms: PREBUFFER_MS,
            fragment_ms: FRAGMENT_MS,
            video: None,
            audio: None,
        }
    }
}

/// The video entries of `206`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VideoOffer {
    /// HomeKit profile ids ([`profile`]).
    pub profiles: Vec<u8>,
    /// HomeKit level ids ([`level`]).
    pub levels: Vec<u8>,
    /// (width, height, fps) entries.
    pub attributes: Vec<(u16, u16, u8)>,
}

/// The audio entry of `207` (one AAC-LC codec, variable bit rate).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AudioOffer {
    /// Channel count.
    pub channels: u8,
    /// Sample-rate indices (see [`sample_rate_index`]).
    pub sample_rates: Vec<u8>,
}

/// The HomeKit index of a sample rate (§11.3): 8000 → 0 … 48000 → 5.
pub fn sample_rate_index(hz: u32) -> Option<u8> {
    SAMPLE_RATES_HZ
        .iter()
        .position(|&rate| rate == hz)
        .and_then(|index| u8::try_from(index).ok())
}

impl RecordingCapabilities {
    /// The prebuffer length advertised in `205`: [`Self::prebuffer_ms`], at least
    /// [`MIN_PREBUFFER_MS`].
    pub fn advertised_prebuffer_ms(&self) -> u32 {
        self.prebuffer_ms.max(MIN_PREBUFFER_MS)
    }

    /// The video entries of `206`.
    pub fn video_offer(&self) -> VideoOffer {
        self.video_plan().0
    }

    /// The audio entry of `207`.
    pub fn audio_offer(&self) -> AudioOffer {
        self.audio_plan().0
    }

    /// `205` SupportedCameraRecordingConfiguration (§11.1): prebuffer, triggers (motion, plus
    /// doorbell for a doorbell), fMP4 with [`Self::fragment_ms`] fragments.
    pub fn supported_camera_recording_configuration(&self, doorbell: bool) -> Vec<u8> {
        let triggers = if doorbell {
            TRIGGER_MOTION | TRIGGER_DOORBELL
        } else {
            TRIGGER_MOTION
        };
        let mut container_params = Tlv8::new();
        container_params.push_u32(1, self.fragment_ms);
        let mut container = Tlv8::new();
        container
            .push_u8(1, CONTAINER_FRAGMENTED_MP4)
            .push_tlv(2, &container_params);
        let mut out = Tlv8::new();
        out.push_u32(1, self.advertised_prebuffer_ms())
            .push_u64(2, triggers)
            .push_tlv(3, &container);
        out.encode()
    }

    /// `206` SupportedVideoRecordingConfiguration (§11.2): one H.264 codec with profiles and
    /// levels only in its parameters (§16 #3) and the attribute list.
    pub fn supported_video_recording_configuration(&self) -> Vec<u8> {
        let offer = self.video_offer();
        let mut params = Tlv8::new();
        u8_list(&mut params, 1, &offer.profiles);
        u8_list(&mut params, 2, &offer.levels);
        let mut out = Tlv8::new();
        out.push_tlv(1, &h264_configuration(&params, &offer.attributes));
        out.encode()
    }

    /// `207` SupportedAudioRecordingConfiguration (§11.3): one AAC-LC codec (codec 0, §16 #1;
    /// never ELD, pitfall 17), variable bit rate, no max bitrate (selected-only, §16 #3).
    pub fn supported_audio_recording_configuration(&self) -> Vec<u8> {
        let offer = self.audio_offer();
        let mut params = Tlv8::new();
        params
            .push_u8(1, offer.channels)
            .push_u8(2, BITRATE_MODE_VARIABLE);
        u8_list(&mut params, 3, &offer.sample_rates);
        let mut codec = Tlv8::new();
        codec.push_u8(1, AUDIO_CODEC_AAC_LC).push_tlv(2, &params);
        let mut out = Tlv8::new();
        tlv_list(&mut out, 1, &[codec]);
        out.encode()
    }

    /// One line for logs: what is offered and why.
    pub fn describe(&self) -> String {
        let (_, video) = self.video_plan();
        let (_, audio) = self.audio_plan();
        let mut general = format!(
            "prebuffer {} ms, fMP4 fragments of {} ms",
            self.advertised_prebuffer_ms(),
            self.fragment_ms
        );
        let mut notes = Vec::new();
        if self.prebuffer_ms < MIN_PREBUFFER_MS {
            notes.push(format!(
                "prebuffer {} ms raised to the {MIN_PREBUFFER_MS} ms minimum",
                self.prebuffer_ms
            ));
        }
        if self.fragment_ms < FRAGMENT_MS {
            notes.push(format!(
                "fragments under {FRAGMENT_MS} ms may disable recording (field notes pitfall 4)"
            ));
        }
        general.push_str(&with_notes(&notes));
        format!("{video}; {audio}; {general}")
    }

    /// The video offer and its description.
    fn video_plan(&self) -> (VideoOffer, String) {
        let default_offer = || VideoOffer {
            profiles: DEFAULT_PROFILES.to_vec(),
            levels: DEFAULT_LEVELS.to_vec(),
            attributes: DEFAULT_ATTRIBUTES.to_vec(),
        };
        const DEFAULT_TEXT: &str = "H.264 Main/High 3.1/3.2/4.0, 1920x1080 and 1280x720 @30/15";
        let Some(video) = &self.video else {
            return (
                default_offer(),
                format!("{DEFAULT_TEXT} (stream not known yet: default offer)"),
            );
        };
        let size = u16::try_from(video.width)
            .ok()
            .zip(u16::try_from(video.height).ok())
            .filter(|&(w, h)| w > 0 && h > 0);
        let Some((width, height)) = size else {
            return (
                default_offer(),
                format!(
                    "{DEFAULT_TEXT} (stream size {}x{} cannot be offered: default offer)",
                    video.width, video.height
                ),
            );
        };
        let mut notes = Vec::new();
        let rates: Vec<u8> = match video.rounded_fps() {
            None => {
                notes.push("frame rate unknown: 30 and 15 fps offered".to_owned());
                vec![30, 15]
            }
            Some(fps) => {
                if fps < MIN_FPS {
                    notes.push(format!(
                        "stream at {fps} fps offered at {MIN_FPS}, the floor hubs accept"
                    ));
                } else if fps > MAX_FPS {
                    notes.push(format!(
                        "stream at {fps} fps offered at {MAX_FPS}, the highest rate listed"
                    ));
                }
                let fps = fps.clamp(MIN_FPS, MAX_FPS);
                // The same size at 15 fps too: the mandatory 15 fps entry (pitfall 16).
                [fps, MIN_FPS]
                    .into_iter()
                    .take(if fps > MIN_FPS { 2 } else { 1 })
                    .map(|fps| u8::try_from(fps).unwrap_or(u8::MAX))
                    .collect()
            }
        };
        let level = video.homekit_level();
        if video.level_idc > 40 {
            notes.push(format!(
                "stream level {} is above 4.0, the highest HomeKit level: hubs may refuse it",
                level_name(video.level_idc)
            ));
        }
        if height > width {
            notes.push(format!(
                "portrait {width}x{height}: hubs may stall on portrait sources (§11.2)"
            ));
        }
        let profile = video.homekit_profile();
        let text = format!(
            "H.264 {} {}, {width}x{height}@{} from the stream{}",
            profile_name(profile),
            homekit_level_name(level),
            rates
                .iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join("/"),
            with_notes(&notes)
        );
        let offer = VideoOffer {
            profiles: vec![profile],
            levels: vec![level],
            attributes: rates.iter().map(|&fps| (width, height, fps)).collect(),
        };
        (offer, text)
    }

    /// The audio offer and its description.
    fn audio_plan(&self) -> (AudioOffer, String) {
        let default_rates = DEFAULT_SAMPLE_RATES.to_vec();
        let Some(audio) = &self.audio else {
            let offer = AudioOffer {
                channels: 1,
                sample_rates: default_rates,
            };
            let text = format!(
                "AAC-LC mono {} (no audio input: default offer)",
                rates_name(&offer.sample_rates)
            );
            return (offer, text);
        };
        let mut notes = Vec::new();
        let channels = u8::try_from(audio.channels.max(1)).unwrap_or(u8::MAX);
        if u16::from(channels) != audio.channels {
            notes.push(format!("{} channels offered as {channels}", audio.channels));
        }
        let sample_rates = match sample_rate_index(audio.sample_rate) {
            Some(index) => vec![index],
            None => {
                notes.push(format!(
                    "stream rate {} Hz is not a HomeKit rate: default rates",
                    audio.sample_rate
                ));
                default_rates
            }
        };
        let source = if notes.is_empty() {
            " from the stream"
        } else {
            ""
        };
        let text = format!(
            "AAC-LC {} {}{source}{}",
            channels_name(channels),
            rates_name(&sample_rates),
            with_notes(&notes)
        );
        (
            AudioOffer {
                channels,
                sample_rates,
            },
            text,
        )
    }
}

/// A usable frame rate in lowest terms; None for 0/x and x/0.
fn reduced_rate((num, den): (u32, u32)) -> Option<(u32, u32)> {
    if num == 0 || den == 0 {
        return None;
    }
    let (mut a, mut b) = (num, den);
    while b != 0 {
        (a, b) = (b, a % b);
    }
    Some((num / a, den / a))
}

/// " (note; note)" or nothing.
fn with_notes(notes: &[String]) -> String {
    if notes.is_empty() {
        String::new()
    } else {
        format!(" ({})", notes.join("; "))
    }
}

fn profile_name(profile: u8) -> &'static str {
    match profile {
        profile::BASELINE => "Baseline",
        profile::MAIN => "Main",
        _ => "High",
    }
}

fn homekit_level_name(level: u8) -> &'static str {
    match level {
        level::L3_1 => "3.1",
        level::L3_2 => "3.2",
        _ => "4.0",
    }
}

/// `level_idc` as a level number (9 is level 1b).
fn level_name(level_idc: u8) -> String {
    if level_idc == 9 {
        "1b".to_owned()
    } else {
        format!("{}.{}", level_idc / 10, level_idc % 10)
    }
}

fn channels_name(channels: u8) -> String {
    match channels {
        1 => "mono".to_owned(),
        2 => "stereo".to_owned(),
        n => format!("{n} channels"),
    }
}

/// "16/24/32 kHz".
fn rates_name(indices: &[u8]) -> String {
    let rates: Vec<String> = indices
        .iter()
        .filter_map(|&index| SAMPLE_RATES_HZ.get(usize::from(index)))
        .map(|&hz| {
            if hz % 1000 == 0 {
                (hz / 1000).to_string()
            } else {
                format!("{}", f64::from(hz) / 1000.0)
            }
        })
        .collect();
    format!("{} kHz", rates.join("/"))
}

#[cfg(test)]
mod tests;
