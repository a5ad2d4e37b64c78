//! What a controller does to watch a camera live (reference §10), over [`HapClient`]: find
//! the RTP stream management characteristics, set up endpoints with its own keys and read
//! the answer, then start, reconfigure and stop with SelectedRTPStreamConfiguration.

use base64::Engine as _;
use serde_json::{Value as Json, json};

use super::{ClientError, HapClient};
use crate::live::StreamingStatus;
use crate::live::selected_stream::{
    Command, RtpParameters, SelectedAudioParameters, SelectedStream, SelectedVideoParameters,
};
use crate::live::setup_endpoints::{SessionId, SetupRequest, SetupResponse};

fn error(what: impl Into<String>) -> ClientError {
    ClientError::DataStream(what.into())
}

/// Instance ids of the live-view characteristics of one camera (`aid`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LiveIids {
    /// Accessory id.
    pub aid: u64,
    /// SupportedVideoStreamConfiguration (`114`).
    pub supported_video: u64,
    /// SelectedRTPStreamConfiguration (`117`).
    pub selected: u64,
    /// SetupEndpoints (`118`).
    pub setup_endpoints: u64,
    /// StreamingStatus (`120`).
    pub streaming_status: u64,
    /// RTP management Active.
    pub streaming_active: u64,
    /// HomeKitCameraActive.
    pub camera_active: u64,
}

impl LiveIids {
    /// Finds them in a `GET /accessories` body (the first accessory that has them).
    pub fn find(accessories: &Json) -> Result<LiveIids, ClientError> {
        super::hub::find_iids(accessories, "CameraRTPStreamManagement", |aid, find| {
            Some(LiveIids {
                aid,
                supported_video: find("110", "114")?,
                selected: find("110", "117")?,
                setup_endpoints: find("110", "118")?,
                streaming_status: find("110", "120")?,
                streaming_active: find("110", "B0")?,
                camera_active: find("21A", "21B")?,
            })
        })
    }
}

/// Writes one tlv8 value; the HAP status of the entry (0 = success).
pub async fn write_tlv(
    hap: &mut HapClient,
    aid: u64,
    iid: u64,
    value: &[u8],
) -> Result<i32, ClientError> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(value);
    let body = json!({"characteristics": [{"aid": aid, "iid": iid, "value": encoded}]});
    let r = hap.put_json("/characteristics", &body).await?;
    match r.status {
        204 => Ok(0),
        207 => r.json()["characteristics"][0]["status"]
            .as_i64()
            .and_then(|s| i32::try_from(s).ok())
            .ok_or_else(|| error("207 without a status")),
        other => Err(ClientError::Status(other)),
    }
}

/// Writes SetupEndpoints and reads back the answer (§10.4).
pub async fn setup_endpoints(
    hap: &mut HapClient,
    iids: &LiveIids,
    request: &SetupRequest,
) -> Result<SetupResponse, ClientError> {
    let status = write_tlv(hap, iids.aid, iids.setup_endpoints, &request.to_bytes()).await?;
    if status != 0 {
        return Err(error(format!("SetupEndpoints refused: {status}")));
    }
    let bytes = super::hub::read_tlv(hap, iids.aid, iids.setup_endpoints).await?;
    SetupResponse::parse(&bytes).map_err(|e| error(format!("SetupEndpoints answer: {e}")))
}

/// Writes SelectedRTPStreamConfiguration; the HAP status (0 = success).
pub async fn select(
    hap: &mut HapClient,
    iids: &LiveIids,
    selection: &SelectedStream,
) -> Result<i32, ClientError> {
    write_tlv(hap, iids.aid, iids.selected, &selection.to_bytes()).await
}

/// Reads StreamingStatus.
pub async fn streaming_status(
    hap: &mut HapClient,
    iids: &LiveIids,
) -> Result<StreamingStatus, ClientError> {
    let bytes = super::hub::read_tlv(hap, iids.aid, iids.streaming_status).await?;
    StreamingStatus::parse(&bytes).ok_or_else(|| error("unreadable StreamingStatus"))
}

/// RTP parameters as iOS sends them on a LAN: RTCP every 0.5 s, MTU 1378.
pub fn rtp_parameters(payload_type: u8, ssrc: u32, max_bitrate_kbps: u16) -> RtpParameters {
    RtpParameters {
        payload_type,
        ssrc,
        max_bitrate_kbps,
        min_rtcp_interval: 0.5,
        max_mtu: Some(1378),
        comfort_noise_payload_type: None,
    }
}

/// A start as iOS sends it: H.264 Main 4.0 at `width`×`height`@`fps`, payload type 99,
/// 299 kbit/s; Opus 16 kHz mono, 20 ms, payload type 110, comfort-noise PT 13.
pub fn start(
    session_id: SessionId,
    (width, height, fps): (u16, u16, u8),
    video_ssrc: u32,
    audio_ssrc: u32,
) -> SelectedStream {
    let mut audio_rtp = rtp_parameters(110, audio_ssrc, 24);
    audio_rtp.max_mtu = None;
    audio_rtp.comfort_noise_payload_type = Some(13);
    SelectedStream {
        session_id,
        command: Command::Start,
        video: Some(SelectedVideoParameters {
            profile: Some(1),
            level: Some(2),
            attributes: Some((width, height, fps)),
            rtp: Some(rtp_parameters(99, video_ssrc, 299)),
        }),
        audio: Some(SelectedAudioParameters {
            codec: 3,
            channels: 1,
            bitrate_mode: 0,
            sample_rate: 1,
            packet_time_ms: 20,
            rtp: audio_rtp,
            comfort_noise: false,
        }),
    }
}

/// A command without parameters (stop, suspend, resume).
pub fn command(session_id: SessionId, command: Command) -> SelectedStream {
    SelectedStream {
        session_id,
        command,
        video: None,
        audio: None,
    }
}

/// A reconfigure with new attributes and bit rate.
pub fn reconfigure(
    session_id: SessionId,
    (width, height, fps): (u16, u16, u8),
    max_bitrate_kbps: u16,
) -> SelectedStream {
    let mut rtp = rtp_parameters(99, 0, max_bitrate_kbps);
    rtp.max_mtu = None;
    SelectedStream {
        session_id,
        command: Command::Reconfigure,
        video: Some(SelectedVideoParameters {
            profile: None,
            level: None,
            attributes: Some((width, height, fps)),
            rtp: Some(rtp),
        }),
        audio: None,
    }
}
