//! SelectedRTPStreamConfiguration (`117`, reference §10.5): the controller's start, stop,
//! suspend, resume and reconfigure commands with the video and audio parameters it chose.

use super::setup_endpoints::{SessionId, SetupError};
use crate::tlv8::Tlv8;

/// TLV types of §10.5.
mod ty {
    pub const SESSION_CONTROL: u8 = 1;
    pub const VIDEO: u8 = 2;
    pub const AUDIO: u8 = 3;
    pub const CONTROL_SESSION_ID: u8 = 1;
    pub const CONTROL_COMMAND: u8 = 2;
    pub const CODEC_TYPE: u8 = 1;
    pub const CODEC_PARAMETERS: u8 = 2;
    pub const VIDEO_ATTRIBUTES: u8 = 3;
    pub const VIDEO_RTP: u8 = 4;
    pub const AUDIO_RTP: u8 = 3;
    pub const AUDIO_COMFORT_NOISE: u8 = 4;
    pub const PROFILE: u8 = 1;
    pub const LEVEL: u8 = 2;
    pub const PACKETIZATION: u8 = 3;
    pub const WIDTH: u8 = 1;
    pub const HEIGHT: u8 = 2;
    pub const FRAME_RATE: u8 = 3;
    pub const CHANNELS: u8 = 1;
    pub const BITRATE_MODE: u8 = 2;
    pub const SAMPLE_RATE: u8 = 3;
    pub const PACKET_TIME: u8 = 4;
    pub const RTP_PAYLOAD_TYPE: u8 = 1;
    pub const RTP_SSRC: u8 = 2;
    pub const RTP_MAX_BITRATE: u8 = 3;
    pub const RTP_MIN_RTCP_INTERVAL: u8 = 4;
    pub const RTP_MAX_MTU: u8 = 5;
    pub const RTP_COMFORT_NOISE_PT: u8 = 6;
}

/// Session commands (§10.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// 0: end the session.
    End,
    /// 1: start streaming.
    Start,
    /// 2: pause sending.
    Suspend,
    /// 3: send again.
    Resume,
    /// 4: new attributes or bit rate.
    Reconfigure,
}

impl Command {
    /// The §10.5 code.
    pub fn code(self) -> u8 {
        match self {
            Command::End => 0,
            Command::Start => 1,
            Command::Suspend => 2,
            Command::Resume => 3,
            Command::Reconfigure => 4,
        }
    }

    fn from_code(code: u8) -> Result<Self, SetupError> {
        Ok(match code {
            0 => Command::End,
            1 => Command::Start,
            2 => Command::Suspend,
            3 => Command::Resume,
            4 => Command::Reconfigure,
            other => return Err(SetupError::Invalid(format!("unknown command {other}"))),
        })
    }
}

/// RTP parameters of one medium (§10.5).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RtpParameters {
    /// Payload type (video typically 99, audio 110).
    pub payload_type: u8,
    /// The controller's SSRC for this medium.
    pub ssrc: u32,
    /// Maximum bit rate, kbit/s.
    pub max_bitrate_kbps: u16,
    /// Minimum RTCP interval, seconds (0 on some reconfigures).
    pub min_rtcp_interval: f32,
    /// Maximum MTU, when given (§10.5 defaults: 1378 IPv4, 1228 IPv6).
    pub max_mtu: Option<u16>,
    /// Comfort-noise payload type (audio).
    pub comfort_noise_payload_type: Option<u8>,
}

impl RtpParameters {
    fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let t = Tlv8::decode(bytes)?;
        let interval = match t.get(ty::RTP_MIN_RTCP_INTERVAL) {
            Some(&[a, b, c, d]) => f32::from_le_bytes([a, b, c, d]),
            Some(other) => {
                return Err(SetupError::Invalid(format!(
                    "RTCP interval of {} bytes",
                    other.len()
                )));
            }
            None => 0.0,
        };
        Ok(RtpParameters {
            payload_type: t.require_u8(ty::RTP_PAYLOAD_TYPE)?,
            ssrc: t.get_u32(ty::RTP_SSRC)?.unwrap_or(0),
            max_bitrate_kbps: t.get_u16(ty::RTP_MAX_BITRATE)?.unwrap_or(0),
            min_rtcp_interval: interval,
            max_mtu: t.get_u16(ty::RTP_MAX_MTU)?,
            comfort_noise_payload_type: t.get_u8(ty::RTP_COMFORT_NOISE_PT)?,
        })
    }

    fn to_tlv(self) -> Tlv8 {
        let mut t = Tlv8::new();
        t.push_u8(ty::RTP_PAYLOAD_TYPE, self.payload_type)
            .push_u32(ty::RTP_SSRC, self.ssrc)
            .push_u16(ty::RTP_MAX_BITRATE, self.max_bitrate_kbps)
            .push(
                ty::RTP_MIN_RTCP_INTERVAL,
                self.min_rtcp_interval.to_le_bytes().to_vec(),
            );
        if let Some(mtu) = self.max_mtu {
            t.push_u16(ty::RTP_MAX_MTU, mtu);
        }
        if let Some(pt) = self.comfort_noise_payload_type {
            t.push_u8(ty::RTP_COMFORT_NOISE_PT, pt);
        }
        t
    }
}

/// The selected video (§10.5). On reconfigure only the attributes and RTP parameters come.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectedVideoParameters {
    /// H.264 profile id (§10.1), if given.
    pub profile: Option<u8>,
    /// H.264 level id (§10.1), if given.
    pub level: Option<u8>,
    /// Width, height, frame rate, if given.
    pub attributes: Option<(u16, u16, u8)>,
    /// RTP parameters, if given.
    pub rtp: Option<RtpParameters>,
}

impl SelectedVideoParameters {
    fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let t = Tlv8::decode(bytes)?;
        if let Some(codec) = t.get_u8(ty::CODEC_TYPE)?
            && codec != 0
        {
            return Err(SetupError::Invalid(format!(
                "video codec {codec} (only H.264, 0)"
            )));
        }
        let (profile, level) = match t.get(ty::CODEC_PARAMETERS) {
            Some(p) => {
                let p = Tlv8::decode(p)?;
                (p.get_u8(ty::PROFILE)?, p.get_u8(ty::LEVEL)?)
            }
            None => (None, None),
        };
        let attributes = match t.get(ty::VIDEO_ATTRIBUTES) {
            Some(a) => {
                let a = Tlv8::decode(a)?;
                let missing =
                    |what: &str| SetupError::Invalid(format!("video attributes without {what}"));
                Some((
                    a.get_u16(ty::WIDTH)?.ok_or_else(|| missing("width"))?,
                    a.get_u16(ty::HEIGHT)?.ok_or_else(|| missing("height"))?,
                    a.get_u8(ty::FRAME_RATE)?
                        .ok_or_else(|| missing("frame rate"))?,
                ))
            }
            None => None,
        };
        let rtp = t.get(ty::VIDEO_RTP).map(RtpParameters::parse).transpose()?;
        Ok(SelectedVideoParameters {
            profile,
            level,
            attributes,
            rtp,
        })
    }

    fn to_tlv(&self) -> Tlv8 {
        let mut t = Tlv8::new();
        if let (Some(profile), Some(level)) = (self.profile, self.level) {
            let mut p = Tlv8::new();
            p.push_u8(ty::PROFILE, profile)
                .push_u8(ty::LEVEL, level)
                .push_u8(ty::PACKETIZATION, 0);
            t.push_u8(ty::CODEC_TYPE, 0)
                .push_tlv(ty::CODEC_PARAMETERS, &p);
        }
        if let Some((w, h, fps)) = self.attributes {
            let mut a = Tlv8::new();
            a.push_u16(ty::WIDTH, w)
                .push_u16(ty::HEIGHT, h)
                .push_u8(ty::FRAME_RATE, fps);
            t.push_tlv(ty::VIDEO_ATTRIBUTES, &a);
        }
        if let Some(rtp) = self.rtp {
            t.push_tlv(ty::VIDEO_RTP, &rtp.to_tlv());
        }
        t
    }
}

/// The selected audio (§10.5).
#[derive(Clone, Debug, PartialEq)]
pub struct SelectedAudioParameters {
    /// Codec type (§10.2: 2 AAC-ELD, 3 Opus, ...).
    pub codec: u8,
    /// Channels.
    pub channels: u8,
    /// Bit-rate mode: 0 variable, 1 constant.
    pub bitrate_mode: u8,
    /// Sample rate code (0 = 8 kHz, 1 = 16 kHz, 2 = 24 kHz).
    pub sample_rate: u8,
    /// RTP packet time, ms.
    pub packet_time_ms: u8,
    /// RTP parameters.
    pub rtp: RtpParameters,
    /// Comfort noise on.
    pub comfort_noise: bool,
}

impl SelectedAudioParameters {
    fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let t = Tlv8::decode(bytes)?;
        let p = Tlv8::decode(t.require(ty::CODEC_PARAMETERS)?)?;
        Ok(SelectedAudioParameters {
            codec: t.require_u8(ty::CODEC_TYPE)?,
            channels: p.get_u8(ty::CHANNELS)?.unwrap_or(1),
            bitrate_mode: p.get_u8(ty::BITRATE_MODE)?.unwrap_or(0),
            sample_rate: p.require_u8(ty::SAMPLE_RATE)?,
            packet_time_ms: p.get_u8(ty::PACKET_TIME)?.unwrap_or(20),
            rtp: RtpParameters::parse(t.require(ty::AUDIO_RTP)?)?,
            comfort_noise: t.get_u8(ty::AUDIO_COMFORT_NOISE)?.unwrap_or(0) != 0,
        })
    }

    fn to_tlv(&self) -> Tlv8 {
        let mut p = Tlv8::new();
        p.push_u8(ty::CHANNELS, self.channels)
            .push_u8(ty::BITRATE_MODE, self.bitrate_mode)
            .push_u8(ty::SAMPLE_RATE, self.sample_rate)
            .push_u8(ty::PACKET_TIME, self.packet_time_ms);
        let mut t = Tlv8::new();
        t.push_u8(ty::CODEC_TYPE, self.codec)
            .push_tlv(ty::CODEC_PARAMETERS, &p)
            .push_tlv(ty::AUDIO_RTP, &self.rtp.to_tlv())
            .push_u8(ty::AUDIO_COMFORT_NOISE, u8::from(self.comfort_noise));
        t
    }

    /// The sample rate in Hz of the §10.2 code (8, 16 or 24 kHz).
    pub fn sample_rate_hz(&self) -> Option<u32> {
        match self.sample_rate {
            0 => Some(8000),
            1 => Some(16000),
            2 => Some(24000),
            _ => None,
        }
    }
}

/// One write of `117`.
#[derive(Clone, Debug, PartialEq)]
pub struct SelectedStream {
    /// The session it is for.
    pub session_id: SessionId,
    /// What to do.
    pub command: Command,
    /// Video parameters (start, reconfigure).
    pub video: Option<SelectedVideoParameters>,
    /// Audio parameters (start).
    pub audio: Option<SelectedAudioParameters>,
}

impl SelectedStream {
    /// Parses the write.
    pub fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let t = Tlv8::decode(bytes)?;
        let control = Tlv8::decode(t.require(ty::SESSION_CONTROL)?)?;
        Ok(SelectedStream {
            session_id: control.require_array(ty::CONTROL_SESSION_ID)?,
            command: Command::from_code(control.require_u8(ty::CONTROL_COMMAND)?)?,
            video: t
                .get(ty::VIDEO)
                .map(SelectedVideoParameters::parse)
                .transpose()?,
            audio: t
                .get(ty::AUDIO)
                .map(SelectedAudioParameters::parse)
                .transpose()?,
        })
    }

    /// The bytes of the write (what a controller sends).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut control = Tlv8::new();
        control
            .push(ty::CONTROL_SESSION_ID, self.session_id.to_vec())
            .push_u8(ty::CONTROL_COMMAND, self.command.code());
        let mut t = Tlv8::new();
        t.push_tlv(ty::SESSION_CONTROL, &control);
        if let Some(video) = &self.video {
            t.push_tlv(ty::VIDEO, &video.to_tlv());
        }
        if let Some(audio) = &self.audio {
            t.push_tlv(ty::AUDIO, &audio.to_tlv());
        }
        t.encode()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: [u8; 16] = [7; 16];

    fn control(command: u8) -> Vec<u8> {
        let mut b = vec![0x01, 21, 0x01, 16];
        b.extend_from_slice(&ID);
        b.extend_from_slice(&[0x02, 1, command]);
        b
    }

    /// A start laid out by hand per §10.5, as iOS sends it: 1280×720@30, PT 99, SSRC
    /// 0x11223344, 299 kbit/s, RTCP 0.5 s, MTU 1378; Opus 16 kHz 20 ms, PT 110, CN PT 13.
    fn start_bytes() -> Vec<u8> {
        let mut b = control(1);
        let mut video = vec![0x01, 1, 0];
        video.extend_from_slice(&[0x02, 9, 0x01, 1, 1, 0x02, 1, 2, 0x03, 1, 0]);
        video.extend_from_slice(&[
            0x03, 11, 0x01, 2, 0x00, 0x05, 0x02, 2, 0xD0, 0x02, 0x03, 1, 30,
        ]);
        video.extend_from_slice(&[0x04, 23, 0x01, 1, 99, 0x02, 4, 0x44, 0x33, 0x22, 0x11]);
        video.extend_from_slice(&[0x03, 2, 0x2B, 0x01, 0x04, 4, 0x00, 0x00, 0x00, 0x3F]);
        video.extend_from_slice(&[0x05, 2, 0x62, 0x05]);
        b.extend_from_slice(&[0x02, video.len() as u8]);
        b.extend_from_slice(&video);
        let mut audio = vec![0x01, 1, 3];
        audio.extend_from_slice(&[0x02, 12, 0x01, 1, 1, 0x02, 1, 0, 0x03, 1, 1, 0x04, 1, 20]);
        audio.extend_from_slice(&[0x03, 22, 0x01, 1, 110, 0x02, 4, 1, 0, 0, 0]);
        audio.extend_from_slice(&[0x03, 2, 24, 0, 0x04, 4, 0x00, 0x00, 0x00, 0x3F]);
        audio.extend_from_slice(&[0x06, 1, 13]);
        audio.extend_from_slice(&[0x04, 1, 0]);
        b.extend_from_slice(&[0x03, audio.len() as u8]);
        b.extend_from_slice(&audio);
        b
    }

    #[test]
    fn start_parses_from_reference_layout() {
        let s = SelectedStream::parse(&start_bytes()).unwrap();
        assert_eq!(s.session_id, ID);
        assert_eq!(s.command, Command::Start);
        let v = s.video.unwrap();
        assert_eq!((v.profile, v.level), (Some(1), Some(2)));
        assert_eq!(v.attributes, Some((1280, 720, 30)));
        let rtp = v.rtp.unwrap();
        assert_eq!(rtp.payload_type, 99);
        assert_eq!(rtp.ssrc, 0x1122_3344);
        assert_eq!(rtp.max_bitrate_kbps, 299);
        assert_eq!(rtp.min_rtcp_interval, 0.5);
        assert_eq!(rtp.max_mtu, Some(1378));
        let a = s.audio.unwrap();
        assert_eq!(a.codec, 3);
        assert_eq!(a.sample_rate_hz(), Some(16000));
        assert_eq!(a.packet_time_ms, 20);
        assert_eq!(a.rtp.payload_type, 110);
        assert_eq!(a.rtp.comfort_noise_payload_type, Some(13));
        assert!(!a.comfort_noise);
    }

    #[test]
    fn round_trip_through_the_builder() {
        let s = SelectedStream::parse(&start_bytes()).unwrap();
        assert_eq!(SelectedStream::parse(&s.to_bytes()).unwrap(), s);
    }

    #[test]
    fn commands_without_parameters() {
        for (code, command) in [
            (0, Command::End),
            (2, Command::Suspend),
            (3, Command::Resume),
        ] {
            let s = SelectedStream::parse(&control(code)).unwrap();
            assert_eq!(s.command, command);
            assert!(s.video.is_none() && s.audio.is_none());
            assert_eq!(s.to_bytes(), control(code));
        }
        assert!(SelectedStream::parse(&control(9)).is_err());
    }

    #[test]
    fn reconfigure_with_attributes_and_rtp_only() {
        let mut b = control(4);
        let mut video = vec![
            0x03, 11, 0x01, 2, 0x80, 0x02, 0x02, 2, 0xE0, 0x01, 0x03, 1, 15,
        ];
        video.extend_from_slice(&[
            0x04, 13, 0x01, 1, 99, 0x03, 2, 0x64, 0x00, 0x04, 4, 0, 0, 0, 0,
        ]);
        b.extend_from_slice(&[0x02, video.len() as u8]);
        b.extend_from_slice(&video);
        let s = SelectedStream::parse(&b).unwrap();
        assert_eq!(s.command, Command::Reconfigure);
        let v = s.video.unwrap();
        assert_eq!(v.profile, None);
        assert_eq!(v.attributes, Some((640, 480, 15)));
        assert_eq!(v.rtp.unwrap().max_bitrate_kbps, 100);
        assert_eq!(v.rtp.unwrap().min_rtcp_interval, 0.0);
    }
}
