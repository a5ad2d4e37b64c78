//! What a Home hub does to record from a camera, step by step, over [`HapClient`] and
//! [`DataStreamClient`]: find the recording characteristics, read the offer, select a
//! configuration, switch recording on, then open a stream and collect its fragments.

use std::time::Duration;

use base64::Engine as _;
use serde_json::{Value as Json, json};

use super::{ClientError, DataStreamClient, HapClient, RecordingReceiver};
use crate::hds::datasend::{self, DataEvent};
use crate::hds::message::{CloseReason, Message};
use crate::recording::{SelectedAudio, SelectedRecordingConfiguration, SelectedVideo};
use crate::tlv8::Tlv8;

fn error(what: impl Into<String>) -> ClientError {
    ClientError::DataStream(what.into())
}

/// Instance ids of the recording characteristics of one camera (`aid`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CameraIids {
    /// Accessory id.
    pub aid: u64,
    /// CameraRecordingManagement / Active.
    pub recording_active: u64,
    /// SupportedCameraRecordingConfiguration.
    pub supported_recording: u64,
    /// SupportedVideoRecordingConfiguration.
    pub supported_video: u64,
    /// SupportedAudioRecordingConfiguration.
    pub supported_audio: u64,
    /// SelectedCameraRecordingConfiguration.
    pub selected: u64,
    /// RecordingAudioActive.
    pub audio_active: u64,
    /// CameraOperatingMode / HomeKitCameraActive.
    pub camera_active: u64,
    /// DataStreamTransportManagement / SetupDataStreamTransport.
    pub setup_data_stream: u64,
    /// MotionSensor / MotionDetected.
    pub motion: u64,
}

/// Short type of a characteristic or service, as written by HAP-NodeJS (full UUID) or by us
/// (short form).
pub(crate) fn short_type(value: &Json) -> String {
    let text = value.as_str().unwrap_or_default().to_ascii_uppercase();
    let head = text.split('-').next().unwrap_or_default();
    head.trim_start_matches('0').to_owned()
}

impl CameraIids {
    /// Finds them in a `GET /accessories` body (the first accessory that has them).
    pub fn find(accessories: &Json) -> Result<CameraIids, ClientError> {
        find_iids(accessories, "the HKSV recording services", |aid, find| {
            Some(CameraIids {
                aid,
                recording_active: find("204", "B0")?,
                supported_recording: find("204", "205")?,
                supported_video: find("204", "206")?,
                supported_audio: find("204", "207")?,
                selected: find("204", "209")?,
                audio_active: find("204", "226")?,
                camera_active: find("21A", "21B")?,
                setup_data_stream: find("129", "131")?,
                motion: find("85", "22")?,
            })
        })
    }
}

/// The first accessory in `/accessories` for which `build` finds every iid it needs; `build`
/// gets the accessory's aid and a lookup of a characteristic's iid by service and
/// characteristic short type. `what` names the services in the error.
pub(crate) fn find_iids<T>(
    accessories: &Json,
    what: &str,
    build: impl Fn(u64, &dyn Fn(&str, &str) -> Option<u64>) -> Option<T>,
) -> Result<T, ClientError> {
    let list = accessories["accessories"]
        .as_array()
        .ok_or_else(|| error("no accessories"))?;
    for accessory in list {
        let find = |service: &str, characteristic: &str| -> Option<u64> {
            accessory["services"]
                .as_array()?
                .iter()
                .filter(|s| short_type(&s["type"]) == service)
                .flat_map(|s| s["characteristics"].as_array().into_iter().flatten())
                .find(|c| short_type(&c["type"]) == characteristic)
                .and_then(|c| c["iid"].as_u64())
        };
        if let Some(found) = accessory["aid"].as_u64().and_then(|aid| build(aid, &find)) {
            return Ok(found);
        }
    }
    Err(error(format!("no accessory with {what}")))
}

/// Reads a tlv8 characteristic.
pub async fn read_tlv(hap: &mut HapClient, aid: u64, iid: u64) -> Result<Vec<u8>, ClientError> {
    let response = hap.get(&format!("/characteristics?id={aid}.{iid}")).await?;
    let doc = response.json();
    doc["characteristics"][0]["value"]
        .as_str()
        .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
        .ok_or_else(|| error(format!("no tlv8 value in {doc}")))
}

/// Writes values (`iid`, JSON value) in one request; with `timed`, as a timed write
/// (`/prepare` first, §1.5). Fails unless every entry succeeded.
pub async fn write(
    hap: &mut HapClient,
    aid: u64,
    values: &[(u64, Json)],
    timed: bool,
) -> Result<(), ClientError> {
    let entries: Vec<Json> = values
        .iter()
        .map(|(iid, value)| json!({"aid": aid, "iid": iid, "value": value}))
        .collect();
    let mut body = json!({ "characteristics": entries });
    if timed {
        let pid = 1 + u64::from(rand_byte()?);
        let r = hap
            .put_json("/prepare", &json!({"ttl": 10_000, "pid": pid}))
            .await?;
        if r.status != 200 {
            return Err(ClientError::Status(r.status));
        }
        body["pid"] = json!(pid);
    }
    let r = hap.put_json("/characteristics", &body).await?;
    if r.status != 204 {
        return Err(error(format!(
            "write refused ({}): {}",
            r.status,
            String::from_utf8_lossy(&r.body)
        )));
    }
    Ok(())
}

fn rand_byte() -> Result<u8, ClientError> {
    let [b] = crate::crypto::random_array::<1>().map_err(|e| ClientError::Random(e.to_string()))?;
    Ok(b)
}

/// The first value of a TLV8 list item, or the item itself.
fn first_u8(tlv: &Tlv8, ty: u8) -> Option<u8> {
    tlv.get_all(ty).next().and_then(|v| v.first().copied())
}

/// What a hub would select from the offer (§11.1–11.4): the first profile, level and
/// resolution of the video offer, the first sample rate of the audio offer, the prebuffer
/// and fragment length of the camera offer, 2000 kbit/s (field notes 5.1).
pub fn select(
    supported_recording: &[u8],
    supported_video: &[u8],
    supported_audio: &[u8],
) -> Result<SelectedRecordingConfiguration, ClientError> {
    let bad = |what: &str| error(format!("cannot read the {what} offer"));
    let general = Tlv8::decode(supported_recording).map_err(|_| bad("recording"))?;
    let prebuffer_ms = general
        .get_u32(1)
        .ok()
        .flatten()
        .ok_or_else(|| bad("recording"))?;
    let event_triggers = general.get_u64(2).ok().flatten().unwrap_or(1);
    let container = general
        .get(3)
        .and_then(|c| Tlv8::decode(c).ok())
        .ok_or_else(|| bad("container"))?;
    let fragment_ms = container
        .get(2)
        .and_then(|p| Tlv8::decode(p).ok())
        .and_then(|p| p.get_u32(1).ok().flatten())
        .ok_or_else(|| bad("container"))?;
    let video = Tlv8::decode(supported_video)
        .ok()
        .and_then(|v| v.get(1).and_then(|c| Tlv8::decode(c).ok()))
        .ok_or_else(|| bad("video"))?;
    let params = video
        .get(2)
        .and_then(|p| Tlv8::decode(p).ok())
        .ok_or_else(|| bad("video"))?;
    let attributes = video
        .get(3)
        .and_then(|a| Tlv8::decode(a).ok())
        .ok_or_else(|| bad("video"))?;
    let audio = Tlv8::decode(supported_audio)
        .ok()
        .and_then(|a| a.get(1).and_then(|c| Tlv8::decode(c).ok()));
    let audio = audio.and_then(|codec| {
        let params = Tlv8::decode(codec.get(2)?).ok()?;
        Some(SelectedAudio {
            codec: first_u8(&codec, 1)?,
            channels: first_u8(&params, 1)?,
            bitrate_mode: first_u8(&params, 2).unwrap_or(0),
            sample_rate: first_u8(&params, 3)?,
            max_bitrate_kbps: 64,
        })
    });
    Ok(SelectedRecordingConfiguration {
        prebuffer_ms,
        event_triggers: event_triggers & 0x01,
        fragment_ms,
        video: SelectedVideo {
            profile: first_u8(&params, 1).ok_or_else(|| bad("video"))?,
            level: first_u8(&params, 2).ok_or_else(|| bad("video"))?,
            bitrate_kbps: 2000,
            iframe_interval_ms: fragment_ms,
            width: attributes
                .get_u16(1)
                .ok()
                .flatten()
                .ok_or_else(|| bad("video"))?,
            height: attributes
                .get_u16(2)
                .ok()
                .flatten()
                .ok_or_else(|| bad("video"))?,
            fps: first_u8(&attributes, 3).ok_or_else(|| bad("video"))?,
        },
        audio,
    })
}

/// Reads the offer, selects from it, and switches recording on (with recording audio as
/// asked): what a hub does before it can record. Returns the selection written.
pub async fn arm_recording(
    hap: &mut HapClient,
    iids: &CameraIids,
    audio: bool,
) -> Result<SelectedRecordingConfiguration, ClientError> {
    let aid = iids.aid;
    let general = read_tlv(hap, aid, iids.supported_recording).await?;
    let video = read_tlv(hap, aid, iids.supported_video).await?;
    let audio_offer = read_tlv(hap, aid, iids.supported_audio).await?;
    let selection = select(&general, &video, &audio_offer)?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(selection.encode());
    write(hap, aid, &[(iids.selected, json!(encoded))], false).await?;
    write(
        hap,
        aid,
        &[
            (iids.camera_active, json!(1)),
            (iids.recording_active, json!(1)),
        ],
        false,
    )
    .await?;
    // §16 #9: RecordingAudioActive carries `tw` in HAP-NodeJS and in our accessory.
    write(
        hap,
        aid,
        &[(iids.audio_active, json!(u8::from(audio)))],
        true,
    )
    .await?;
    Ok(selection)
}

/// How a stream's collection ended.
#[derive(Debug)]
pub enum StreamEnd {
    /// `fragments` fragments arrived; the stream is still open.
    Enough,
    /// The accessory marked the end of stream (acknowledged by us).
    EndOfStream,
    /// The accessory closed the stream with this reason.
    Closed(Option<CloseReason>),
}

/// Collects the data events of `stream_id` until `fragments` fragments have arrived, the
/// accessory ends or closes the stream, or `timeout` passes (an error). An end of stream is
/// acknowledged as a hub does (§12.7).
pub async fn collect(
    ds: &mut DataStreamClient,
    stream_id: i64,
    receiver: &mut RecordingReceiver,
    fragments: usize,
    timeout: Duration,
) -> Result<StreamEnd, ClientError> {
    let work = async {
        loop {
            if receiver.fragments() >= fragments {
                return Ok(StreamEnd::Enough);
            }
            let Message::Event {
                protocol,
                topic,
                body,
            } = ds.next_event().await?
            else {
                continue;
            };
            if protocol != datasend::PROTOCOL {
                continue;
            }
            match topic.as_str() {
                datasend::DATA => {
                    let event = DataEvent::parse(&body).map_err(|e| error(e.to_string()))?;
                    if event.stream_id != stream_id {
                        return Err(error(format!("data for stream {}", event.stream_id)));
                    }
                    receiver.take(event)?;
                    if receiver.end_of_stream {
                        ds.send(&datasend::ack_event(stream_id, true)).await?;
                        return Ok(StreamEnd::EndOfStream);
                    }
                }
                datasend::CLOSE => {
                    let close =
                        datasend::CloseEvent::parse(&body).map_err(|e| error(e.to_string()))?;
                    return Ok(StreamEnd::Closed(close.reason));
                }
                _ => {}
            }
        }
    };
    tokio::time::timeout(timeout, work)
        .await
        .map_err(|_| error(format!("no {fragments} fragments within {timeout:?}")))?
}
