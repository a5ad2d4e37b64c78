//! SetupEndpoints (`118`, reference §10.4): the controller's request (its address, ports and
//! SRTP keys) and our response (our address, ports, keys and SSRCs).

use std::net::IpAddr;

use crate::tlv8::{Tlv8, Tlv8Error};

/// TLV types of §10.4.
mod ty {
    pub const SESSION_ID: u8 = 1;
    pub const STATUS: u8 = 2;
    pub const ADDRESS: u8 = 3;
    pub const VIDEO_SRTP: u8 = 4;
    pub const AUDIO_SRTP: u8 = 5;
    pub const VIDEO_SSRC: u8 = 6;
    pub const AUDIO_SSRC: u8 = 7;
    pub const ADDRESS_VERSION: u8 = 1;
    pub const ADDRESS_IP: u8 = 2;
    pub const ADDRESS_VIDEO_PORT: u8 = 3;
    pub const ADDRESS_AUDIO_PORT: u8 = 4;
    pub const SRTP_SUITE: u8 = 1;
    pub const SRTP_KEY: u8 = 2;
    pub const SRTP_SALT: u8 = 3;
}

/// A live-view session id: the UUID bytes the controller chose.
pub type SessionId = [u8; 16];

/// The session id as a UUID string, for logs and messages.
pub fn session_id_string(id: &SessionId) -> String {
    let h: String = id.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// SRTP crypto suites (§10.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SrtpSuite {
    /// `AES_CM_128_HMAC_SHA1_80` (0): the one HomeKit uses.
    AesCm128HmacSha1_80,
    /// `AES_256_CM_HMAC_SHA1_80` (1): not offered, refused.
    AesCm256HmacSha1_80,
    /// No protection (2): offered "for testing" (§10.3).
    None,
}

impl SrtpSuite {
    /// The §10.3 code.
    pub fn code(self) -> u8 {
        match self {
            SrtpSuite::AesCm128HmacSha1_80 => 0,
            SrtpSuite::AesCm256HmacSha1_80 => 1,
            SrtpSuite::None => 2,
        }
    }

    fn from_code(code: u8) -> Result<Self, SetupError> {
        match code {
            0 => Ok(SrtpSuite::AesCm128HmacSha1_80),
            1 => Ok(SrtpSuite::AesCm256HmacSha1_80),
            2 => Ok(SrtpSuite::None),
            other => Err(SetupError::Invalid(format!("unknown SRTP suite {other}"))),
        }
    }
}

/// SRTP parameters of one medium: suite, master key and salt (empty for "none").
#[derive(Clone, PartialEq, Eq)]
pub struct SrtpParameters {
    /// The suite.
    pub suite: SrtpSuite,
    /// Master key (16 bytes for AES-128).
    pub key: Vec<u8>,
    /// Master salt (14 bytes).
    pub salt: Vec<u8>,
}

impl std::fmt::Debug for SrtpParameters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Keys never go to logs.
        f.debug_struct("SrtpParameters")
            .field("suite", &self.suite)
            .field("key_len", &self.key.len())
            .field("salt_len", &self.salt.len())
            .finish()
    }
}

impl SrtpParameters {
    fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let tlv = Tlv8::decode(bytes)?;
        let suite = SrtpSuite::from_code(tlv.require_u8(ty::SRTP_SUITE)?)?;
        let key = tlv.get(ty::SRTP_KEY).unwrap_or_default().to_vec();
        let salt = tlv.get(ty::SRTP_SALT).unwrap_or_default().to_vec();
        let expected = match suite {
            SrtpSuite::AesCm128HmacSha1_80 => (16, 14),
            SrtpSuite::AesCm256HmacSha1_80 => (32, 14),
            SrtpSuite::None => (0, 0),
        };
        if (key.len(), salt.len()) != expected {
            return Err(SetupError::Invalid(format!(
                "SRTP {suite:?} with a {}-byte key and a {}-byte salt",
                key.len(),
                salt.len()
            )));
        }
        Ok(SrtpParameters { suite, key, salt })
    }

    fn to_tlv(&self) -> Tlv8 {
        let mut t = Tlv8::new();
        t.push_u8(ty::SRTP_SUITE, self.suite.code())
            .push(ty::SRTP_KEY, self.key.clone())
            .push(ty::SRTP_SALT, self.salt.clone());
        t
    }
}

/// An address sub-TLV: IP version, address, video and audio RTP ports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// The address; its version is the sub-TLV's IP version.
    pub ip: IpAddr,
    /// Video RTP (and RTCP) port.
    pub video_port: u16,
    /// Audio RTP (and RTCP) port.
    pub audio_port: u16,
}

impl Endpoint {
    fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let tlv = Tlv8::decode(bytes)?;
        let v6 = match tlv.require_u8(ty::ADDRESS_VERSION)? {
            0 => false,
            1 => true,
            other => return Err(SetupError::Invalid(format!("IP version {other}"))),
        };
        let text = tlv.require_str(ty::ADDRESS_IP)?;
        let ip: IpAddr = text
            .parse()
            .map_err(|_| SetupError::Invalid(format!("address {text:?}")))?;
        if ip.is_ipv6() != v6 {
            return Err(SetupError::Invalid(format!(
                "address {ip} does not match IP version {}",
                u8::from(v6)
            )));
        }
        let port = |t| -> Result<u16, SetupError> {
            tlv.get_u16(t)?
                .ok_or_else(|| SetupError::Invalid(format!("no port of type {t}")))
        };
        Ok(Endpoint {
            ip,
            video_port: port(ty::ADDRESS_VIDEO_PORT)?,
            audio_port: port(ty::ADDRESS_AUDIO_PORT)?,
        })
    }

    fn to_tlv(self) -> Tlv8 {
        let mut t = Tlv8::new();
        t.push_u8(ty::ADDRESS_VERSION, u8::from(self.ip.is_ipv6()))
            .push_str(ty::ADDRESS_IP, &self.ip.to_string())
            .push_u16(ty::ADDRESS_VIDEO_PORT, self.video_port)
            .push_u16(ty::ADDRESS_AUDIO_PORT, self.audio_port);
        t
    }
}

/// Why a SetupEndpoints write cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// Not TLV8, or a required item is missing.
    #[error(transparent)]
    Tlv(#[from] Tlv8Error),
    /// An item has a value we cannot use.
    #[error("invalid SetupEndpoints: {0}")]
    Invalid(String),
}

/// The controller's write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupRequest {
    /// Session id.
    pub session_id: SessionId,
    /// Where the controller receives (and sends from).
    pub controller: Endpoint,
    /// Keys of what the controller sends on the video port (its RTCP).
    pub video_srtp: SrtpParameters,
    /// Keys of what it sends on the audio port (RTCP, talkback audio).
    pub audio_srtp: SrtpParameters,
}

impl SetupRequest {
    /// Parses the write.
    pub fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let tlv = Tlv8::decode(bytes)?;
        Ok(SetupRequest {
            session_id: tlv.require_array(ty::SESSION_ID)?,
            controller: Endpoint::parse(tlv.require(ty::ADDRESS)?)?,
            video_srtp: SrtpParameters::parse(tlv.require(ty::VIDEO_SRTP)?)?,
            audio_srtp: SrtpParameters::parse(tlv.require(ty::AUDIO_SRTP)?)?,
        })
    }

    /// The bytes of the write (what a controller sends).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut t = Tlv8::new();
        t.push(ty::SESSION_ID, self.session_id.to_vec())
            .push_tlv(ty::ADDRESS, &self.controller.to_tlv())
            .push_tlv(ty::VIDEO_SRTP, &self.video_srtp.to_tlv())
            .push_tlv(ty::AUDIO_SRTP, &self.audio_srtp.to_tlv());
        t.encode()
    }
}

/// Status of the response (§10.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetupStatus {
    /// 0: the session is set up.
    Success,
    /// 1: no more sessions.
    Busy,
    /// 2: error.
    Error,
}

impl SetupStatus {
    fn code(self) -> u8 {
        match self {
            SetupStatus::Success => 0,
            SetupStatus::Busy => 1,
            SetupStatus::Error => 2,
        }
    }
}

/// Our answer, read back by the controller.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetupResponse {
    /// Echo of the session id.
    pub session_id: SessionId,
    /// The status.
    pub status: SetupStatus,
    /// Where we send from and receive: same IP version as the request.
    pub accessory: Option<Endpoint>,
    /// Our keys for the video we send.
    pub video_srtp: Option<SrtpParameters>,
    /// Our keys for the audio we send.
    pub audio_srtp: Option<SrtpParameters>,
    /// Our video SSRC.
    pub video_ssrc: u32,
    /// Our audio SSRC.
    pub audio_ssrc: u32,
}

impl SetupResponse {
    /// A response with only the session id and a status (busy or error).
    pub fn refusal(session_id: SessionId, status: SetupStatus) -> Self {
        SetupResponse {
            session_id,
            status,
            accessory: None,
            video_srtp: None,
            audio_srtp: None,
            video_ssrc: 0,
            audio_ssrc: 0,
        }
    }

    /// The TLV8 bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut t = Tlv8::new();
        t.push(ty::SESSION_ID, self.session_id.to_vec())
            .push_u8(ty::STATUS, self.status.code());
        if let (Some(addr), Some(video), Some(audio)) =
            (self.accessory, &self.video_srtp, &self.audio_srtp)
        {
            t.push_tlv(ty::ADDRESS, &addr.to_tlv())
                .push_tlv(ty::VIDEO_SRTP, &video.to_tlv())
                .push_tlv(ty::AUDIO_SRTP, &audio.to_tlv())
                .push_u32(ty::VIDEO_SSRC, self.video_ssrc)
                .push_u32(ty::AUDIO_SSRC, self.audio_ssrc);
        }
        t.encode()
    }

    /// Parses a response (what a controller reads).
    pub fn parse(bytes: &[u8]) -> Result<Self, SetupError> {
        let tlv = Tlv8::decode(bytes)?;
        let status = match tlv.require_u8(ty::STATUS)? {
            0 => SetupStatus::Success,
            1 => SetupStatus::Busy,
            _ => SetupStatus::Error,
        };
        let session_id = tlv.require_array(ty::SESSION_ID)?;
        if status != SetupStatus::Success {
            return Ok(SetupResponse::refusal(session_id, status));
        }
        let ssrc = |t| -> Result<u32, SetupError> {
            tlv.get_u32(t)?
                .ok_or_else(|| SetupError::Invalid(format!("no SSRC of type {t}")))
        };
        Ok(SetupResponse {
            session_id,
            status,
            accessory: Some(Endpoint::parse(tlv.require(ty::ADDRESS)?)?),
            video_srtp: Some(SrtpParameters::parse(tlv.require(ty::VIDEO_SRTP)?)?),
            audio_srtp: Some(SrtpParameters::parse(tlv.require(ty::AUDIO_SRTP)?)?),
            video_ssrc: ssrc(ty::VIDEO_SSRC)?,
            audio_ssrc: ssrc(ty::AUDIO_SSRC)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: [u8; 16] = [
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e,
        0x1f,
    ];

    /// A request laid out by hand per §10.4.
    fn request_bytes() -> Vec<u8> {
        let mut b = vec![0x01, 16];
        b.extend_from_slice(&ID);
        // Address: version 0, "192.168.1.5", video port 50000 (0xC350), audio 50002.
        b.extend_from_slice(&[0x03, 24, 0x01, 1, 0, 0x02, 11]);
        b.extend_from_slice(b"192.168.1.5");
        b.extend_from_slice(&[0x03, 2, 0x50, 0xC3, 0x04, 2, 0x52, 0xC3]);
        // Video SRTP: suite 0, 16-byte key of 0xAA, 14-byte salt of 0xBB.
        b.extend_from_slice(&[0x04, 37, 0x01, 1, 0, 0x02, 16]);
        b.extend_from_slice(&[0xAA; 16]);
        b.extend_from_slice(&[0x03, 14]);
        b.extend_from_slice(&[0xBB; 14]);
        // Audio SRTP: suite 2 (none), empty key and salt.
        b.extend_from_slice(&[0x05, 7, 0x01, 1, 2, 0x02, 0, 0x03, 0]);
        b
    }

    #[test]
    fn request_parses_from_reference_layout() {
        let req = SetupRequest::parse(&request_bytes()).unwrap();
        assert_eq!(req.session_id, ID);
        assert_eq!(req.controller.ip, "192.168.1.5".parse::<IpAddr>().unwrap());
        assert_eq!(req.controller.video_port, 50000);
        assert_eq!(req.controller.audio_port, 50002);
        assert_eq!(req.video_srtp.suite, SrtpSuite::AesCm128HmacSha1_80);
        assert_eq!(req.video_srtp.key, vec![0xAA; 16]);
        assert_eq!(req.video_srtp.salt, vec![0xBB; 14]);
        assert_eq!(req.audio_srtp.suite, SrtpSuite::None);
        assert_eq!(req.to_bytes(), request_bytes());
    }

    #[test]
    fn bad_requests_are_refused() {
        let mut b = request_bytes();
        b[22] = 1; // IP version 6 with an IPv4 address
        assert!(SetupRequest::parse(&b).is_err());
        let mut b = request_bytes();
        let at = b.len() - 5;
        b[at] = 5; // audio SRTP suite 5
        assert!(SetupRequest::parse(&b).is_err());
        assert!(SetupRequest::parse(&request_bytes()[..30]).is_err());
    }

    #[test]
    fn response_matches_reference_layout() {
        let resp = SetupResponse {
            session_id: ID,
            status: SetupStatus::Success,
            accessory: Some(Endpoint {
                ip: "::1".parse().unwrap(),
                video_port: 0x1234,
                audio_port: 0x1235,
            }),
            video_srtp: Some(SrtpParameters {
                suite: SrtpSuite::AesCm128HmacSha1_80,
                key: vec![1; 16],
                salt: vec![2; 14],
            }),
            audio_srtp: Some(SrtpParameters {
                suite: SrtpSuite::AesCm128HmacSha1_80,
                key: vec![3; 16],
                salt: vec![4; 14],
            }),
            video_ssrc: 0x0A0B_0C0D,
            audio_ssrc: 7,
        };
        let mut expected = vec![0x01, 16];
        expected.extend_from_slice(&ID);
        expected.extend_from_slice(&[0x02, 1, 0]);
        expected.extend_from_slice(&[0x03, 16, 0x01, 1, 1, 0x02, 3, b':', b':', b'1']);
        expected.extend_from_slice(&[0x03, 2, 0x34, 0x12, 0x04, 2, 0x35, 0x12]);
        for (t, k, s) in [(4u8, 1u8, 2u8), (5, 3, 4)] {
            expected.extend_from_slice(&[t, 37, 0x01, 1, 0, 0x02, 16]);
            expected.extend_from_slice(&[k; 16]);
            expected.extend_from_slice(&[0x03, 14]);
            expected.extend_from_slice(&[s; 14]);
        }
        expected.extend_from_slice(&[0x06, 4, 0x0D, 0x0C, 0x0B, 0x0A, 0x07, 4, 7, 0, 0, 0]);
        assert_eq!(resp.to_bytes(), expected);
        assert_eq!(SetupResponse::parse(&expected).unwrap(), resp);
    }

    #[test]
    fn busy_response_is_id_and_status() {
        let bytes = SetupResponse::refusal(ID, SetupStatus::Busy).to_bytes();
        let mut expected = vec![0x01, 16];
        expected.extend_from_slice(&ID);
        expected.extend_from_slice(&[0x02, 1, 1]);
        assert_eq!(bytes, expected);
    }

    #[test]
    fn session_id_prints_as_uuid() {
        assert_eq!(
            session_id_string(&ID),
            "10111213-1415-1617-1819-1a1b1c1d1e1f"
        );
    }
}
