//! The `control`/`hello` handshake (reference §12.6) and the `dataSend` protocol that carries
//! HKSV recordings (§12.7): pure builders and parsers of message bodies, shared by the
//! accessory and our hub client.
//!
//! Flow: the hub sends request `dataSend`/`open` ([`OpenRequest`]); the accessory answers
//! with [`open_response`]; then it sends `dataSend`/`data` events ([`data_event`]), the
//! initialization segment first (sequence number 1) and then one sequence number per
//! fragment, each cut into chunks of at most [`CHUNK_SIZE`] bytes ([`chunk_metas`]). Either
//! side ends with a `close` event ([`close_event`]); when the accessory ends with
//! `endOfStream`, the hub answers with an `ack` event ([`ack_event`]).

use std::ops::Range;

use thiserror::Error;

use super::message::{CloseReason, Message, status};
use super::opack::Value;

/// Protocol name of recording transfers.
pub const PROTOCOL: &str = "dataSend";
/// Protocol name of the handshake.
pub const CONTROL: &str = "control";
/// Topic of the handshake request (the first message on a connection).
pub const HELLO: &str = "hello";
/// Topic of the request that opens a stream.
pub const OPEN: &str = "open";
/// Topic of the events carrying media chunks.
pub const DATA: &str = "data";
/// Topic of the hub's acknowledgement of `endOfStream`.
pub const ACK: &str = "ack";
/// Topic of the event that ends a stream.
pub const CLOSE: &str = "close";
/// `type` of a recording stream.
pub const RECORDING_TYPE: &str = "ipcamera.recording";
/// `target` of a recording stream.
pub const TARGET_CONTROLLER: &str = "controller";
/// Largest chunk of a segment per `data` event (§12.7, §16 #18: 0x40000 everywhere).
pub const CHUNK_SIZE: usize = 0x40000;

/// Body keys.
const STREAM_ID: &str = "streamId";
const TARGET: &str = "target";
const TYPE: &str = "type";
const REASON: &str = "reason";
const STATUS: &str = "status";
const PACKETS: &str = "packets";
const END_OF_STREAM: &str = "endOfStream";

/// A body that lacks a field or has one of the wrong type. Field names are paths such as
/// `packets[].metadata.dataType`.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum DataSendError {
    /// A required field is absent.
    #[error("dataSend body: {0} missing")]
    Missing(&'static str),
    /// A field has the wrong type.
    #[error("dataSend body: {0} has the wrong type")]
    WrongType(&'static str),
    /// `dataType` is neither `mediaInitialization` nor `mediaFragment`.
    #[error("dataSend body: unknown dataType {0:?}")]
    UnknownDataType(String),
}

fn field<'a>(body: &'a Value, key: &str, name: &'static str) -> Result<&'a Value, DataSendError> {
    if body.as_dict().is_none() {
        return Err(DataSendError::WrongType("body"));
    }
    body.get(key).ok_or(DataSendError::Missing(name))
}

fn int_field(body: &Value, key: &str, name: &'static str) -> Result<i64, DataSendError> {
    field(body, key, name)?
        .as_i64()
        .ok_or(DataSendError::WrongType(name))
}

fn str_field<'a>(body: &'a Value, key: &str, name: &'static str) -> Result<&'a str, DataSendError> {
    field(body, key, name)?
        .as_str()
        .ok_or(DataSendError::WrongType(name))
}

fn bool_field(body: &Value, key: &str, name: &'static str) -> Result<bool, DataSendError> {
    field(body, key, name)?
        .as_bool()
        .ok_or(DataSendError::WrongType(name))
}

/// An optional boolean: absent is false, another type is an error.
fn optional_bool(body: &Value, key: &str, name: &'static str) -> Result<bool, DataSendError> {
    match body.get(key) {
        None => Ok(false),
        Some(v) => v.as_bool().ok_or(DataSendError::WrongType(name)),
    }
}

/// The body of request `dataSend`/`open` (§12.7).
#[derive(Clone, Debug, PartialEq)]
pub struct OpenRequest {
    /// `target`, [`TARGET_CONTROLLER`] for recordings.
    pub target: String,
    /// `type`, [`RECORDING_TYPE`] for recordings.
    pub kind: String,
    /// `streamId`, chosen by the hub.
    pub stream_id: i64,
    /// `reason`: meaning unverified, ignored by all implementations (§16 #15).
    pub reason: Option<String>,
}

impl OpenRequest {
    /// A recording request from the hub: target `controller`, type `ipcamera.recording`.
    pub fn recording(stream_id: i64) -> OpenRequest {
        OpenRequest {
            target: TARGET_CONTROLLER.to_owned(),
            kind: RECORDING_TYPE.to_owned(),
            stream_id,
            reason: None,
        }
    }

    /// Whether this asks for a recording stream (target and type as in §12.7).
    pub fn is_recording(&self) -> bool {
        self.target == TARGET_CONTROLLER && self.kind == RECORDING_TYPE
    }

    /// Reads `target`, `type` and `streamId` (required) and `reason` (optional; ignored when
    /// not a string, §16 #15).
    pub fn parse(body: &Value) -> Result<OpenRequest, DataSendError> {
        Ok(OpenRequest {
            target: str_field(body, TARGET, "target")?.to_owned(),
            kind: str_field(body, TYPE, "type")?.to_owned(),
            stream_id: int_field(body, STREAM_ID, "streamId")?,
            reason: body.get(REASON).and_then(Value::as_str).map(str::to_owned),
        })
    }

    /// The body `{target, type, streamId[, reason]}`.
    pub fn to_value(&self) -> Value {
        let mut entries = vec![
            (TARGET, Value::String(self.target.clone())),
            (TYPE, Value::String(self.kind.clone())),
            (STREAM_ID, Value::Int(self.stream_id)),
        ];
        if let Some(reason) = &self.reason {
            entries.push((REASON, Value::String(reason.clone())));
        }
        Value::dict(entries)
    }
}

/// Body of an accepting `open` response: `{"status": 0}` (§16 #13: HAP-NodeJS and positron;
/// go2rtc sends `{}`), sent with header status 0.
pub fn open_accepted() -> Value {
    Value::dict([(STATUS, Value::Int(0))])
}

/// Body of a refusing `open` response: `{"status": reason}`; the caller sends it with header
/// status [`status::PROTOCOL_SPECIFIC_ERROR`] (§12.7), as [`open_response`] does.
pub fn open_refused(reason: CloseReason) -> Value {
    Value::dict([(STATUS, Value::Int(reason.code()))])
}

/// The complete response to request `open` number `id`: accepted (header status 0,
/// [`open_accepted`]) or refused (header status 6, [`open_refused`]).
pub fn open_response(id: i64, result: Result<(), CloseReason>) -> Message {
    let (header_status, body) = match result {
        Ok(()) => (status::SUCCESS, open_accepted()),
        Err(reason) => (status::PROTOCOL_SPECIFIC_ERROR, open_refused(reason)),
    };
    Message::Response {
        protocol: PROTOCOL.to_owned(),
        topic: OPEN.to_owned(),
        id,
        status: header_status,
        body,
    }
}

/// What a `data` chunk belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataType {
    /// The initialization segment (`ftyp` + `moov`), sequence number 1.
    MediaInitialization,
    /// A media fragment (`moof` + `mdat`), sequence numbers 2, 3, …
    MediaFragment,
}

impl DataType {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            DataType::MediaInitialization => "mediaInitialization",
            DataType::MediaFragment => "mediaFragment",
        }
    }

    /// The type with wire name `s`.
    pub fn parse(s: &str) -> Option<DataType> {
        match s {
            "mediaInitialization" => Some(DataType::MediaInitialization),
            "mediaFragment" => Some(DataType::MediaFragment),
            _ => None,
        }
    }
}

/// The `metadata` of one `data` packet (§12.7).
#[derive(Clone, Debug, PartialEq)]
pub struct ChunkMeta {
    /// `dataType`.
    pub data_type: DataType,
    /// `dataSequenceNumber`: 1 for the initialization segment, then one per fragment.
    pub data_sequence_number: i64,
    /// `dataChunkSequenceNumber`: 1, 2, … within one sequence number.
    pub data_chunk_sequence_number: i64,
    /// `isLastDataChunk`: true on the final chunk of the sequence number.
    pub is_last_data_chunk: bool,
    /// `dataTotalSize`: size of the whole segment, sent only with chunk 1.
    pub data_total_size: Option<i64>,
}

impl ChunkMeta {
    fn to_value(&self) -> Value {
        let mut entries = vec![
            (
                "dataType",
                Value::String(self.data_type.as_str().to_owned()),
            ),
            ("dataSequenceNumber", Value::Int(self.data_sequence_number)),
            (
                "dataChunkSequenceNumber",
                Value::Int(self.data_chunk_sequence_number),
            ),
            ("isLastDataChunk", Value::Bool(self.is_last_data_chunk)),
        ];
        if let Some(total) = self.data_total_size {
            entries.push(("dataTotalSize", Value::Int(total)));
        }
        Value::dict(entries)
    }

    fn parse(metadata: &Value) -> Result<ChunkMeta, DataSendError> {
        const DATA_TYPE: &str = "packets[].metadata.dataType";
        let data_type = str_field(metadata, "dataType", DATA_TYPE)?;
        let data_total_size = match metadata.get("dataTotalSize") {
            None => None,
            Some(v) => Some(
                v.as_i64()
                    .ok_or(DataSendError::WrongType("packets[].metadata.dataTotalSize"))?,
            ),
        };
        Ok(ChunkMeta {
            data_type: DataType::parse(data_type)
                .ok_or_else(|| DataSendError::UnknownDataType(data_type.to_owned()))?,
            data_sequence_number: int_field(
                metadata,
                "dataSequenceNumber",
                "packets[].metadata.dataSequenceNumber",
            )?,
            data_chunk_sequence_number: int_field(
                metadata,
                "dataChunkSequenceNumber",
                "packets[].metadata.dataChunkSequenceNumber",
            )?,
            is_last_data_chunk: bool_field(
                metadata,
                "isLastDataChunk",
                "packets[].metadata.isLastDataChunk",
            )?,
            data_total_size,
        })
    }
}

/// Event `dataSend`/`data` carrying one chunk: body `{streamId, packets: [{data, metadata}]}`
/// plus `endOfStream: true` only when `end_of_stream` (the accessory ends the recording; set
/// it on the last chunk of the last fragment).
pub fn data_event(stream_id: i64, meta: &ChunkMeta, chunk: &[u8], end_of_stream: bool) -> Message {
    let packet = Value::dict([
        ("data", Value::Data(chunk.to_vec())),
        ("metadata", meta.to_value()),
    ]);
    let mut body = vec![
        (STREAM_ID, Value::Int(stream_id)),
        (PACKETS, Value::Array(vec![packet])),
    ];
    if end_of_stream {
        body.push((END_OF_STREAM, Value::Bool(true)));
    }
    event(DATA, Value::dict(body))
}

/// Cuts a segment of `total` bytes into chunks of at most [`CHUNK_SIZE`] bytes: one
/// metadata and one byte range per chunk, chunk numbers from 1, `isLastDataChunk` on the
/// last one and `dataTotalSize` only on the first (HAP-NodeJS, go2rtc). An empty segment
/// gives one empty chunk.
pub fn chunk_metas(
    data_type: DataType,
    data_sequence_number: i64,
    total: usize,
) -> Vec<(ChunkMeta, Range<usize>)> {
    let count = total.div_ceil(CHUNK_SIZE).max(1);
    (0..count)
        .map(|i| {
            let start = i * CHUNK_SIZE;
            let end = total.min(start.saturating_add(CHUNK_SIZE));
            let meta = ChunkMeta {
                data_type,
                data_sequence_number,
                data_chunk_sequence_number: i as i64 + 1,
                is_last_data_chunk: i + 1 == count,
                data_total_size: (i == 0).then_some(total as i64),
            };
            (meta, start..end)
        })
        .collect()
}

/// A parsed `data` event body.
#[derive(Clone, Debug, PartialEq)]
pub struct DataEvent {
    /// `streamId`.
    pub stream_id: i64,
    /// Each packet's `data` and `metadata` (one packet in all implementations).
    pub packets: Vec<(Vec<u8>, ChunkMeta)>,
    /// `endOfStream` (false when absent).
    pub end_of_stream: bool,
}

impl DataEvent {
    /// Reads a `data` event body; every packet needs `data` and a complete `metadata`.
    pub fn parse(body: &Value) -> Result<DataEvent, DataSendError> {
        let stream_id = int_field(body, STREAM_ID, "streamId")?;
        let packets = field(body, PACKETS, "packets")?
            .as_array()
            .ok_or(DataSendError::WrongType("packets"))?
            .iter()
            .map(|packet| {
                if packet.as_dict().is_none() {
                    return Err(DataSendError::WrongType("packets[]"));
                }
                let data = field(packet, "data", "packets[].data")?
                    .as_bytes()
                    .ok_or(DataSendError::WrongType("packets[].data"))?;
                let metadata = field(packet, "metadata", "packets[].metadata")?;
                if metadata.as_dict().is_none() {
                    return Err(DataSendError::WrongType("packets[].metadata"));
                }
                Ok((data.to_vec(), ChunkMeta::parse(metadata)?))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(DataEvent {
            stream_id,
            packets,
            end_of_stream: optional_bool(body, END_OF_STREAM, "endOfStream")?,
        })
    }
}

/// Event `dataSend`/`ack` `{streamId, endOfStream}`: the hub's answer to `endOfStream`.
pub fn ack_event(stream_id: i64, end_of_stream: bool) -> Message {
    event(
        ACK,
        Value::dict([
            (STREAM_ID, Value::Int(stream_id)),
            (END_OF_STREAM, Value::Bool(end_of_stream)),
        ]),
    )
}

/// A parsed `ack` event body.
#[derive(Clone, Debug, PartialEq)]
pub struct AckEvent {
    /// `streamId`.
    pub stream_id: i64,
    /// `endOfStream` (false when absent).
    pub end_of_stream: bool,
}

impl AckEvent {
    /// Reads an `ack` event body.
    pub fn parse(body: &Value) -> Result<AckEvent, DataSendError> {
        Ok(AckEvent {
            stream_id: int_field(body, STREAM_ID, "streamId")?,
            end_of_stream: optional_bool(body, END_OF_STREAM, "endOfStream")?,
        })
    }
}

/// Event `dataSend`/`close` `{streamId, reason}` (§16 #14: the key is `reason`, which
/// HAP-NodeJS reads; SVS's example shows `status`).
pub fn close_event(stream_id: i64, reason: CloseReason) -> Message {
    event(
        CLOSE,
        Value::dict([
            (STREAM_ID, Value::Int(stream_id)),
            (REASON, Value::Int(reason.code())),
        ]),
    )
}

/// A parsed `close` event body.
#[derive(Clone, Debug, PartialEq)]
pub struct CloseEvent {
    /// `streamId`.
    pub stream_id: i64,
    /// The reason, when present and a known code.
    pub reason: Option<CloseReason>,
    /// The reason code as sent, when present (possibly unknown).
    pub raw_reason: Option<i64>,
}

impl CloseEvent {
    /// Reads a `close` event body: `streamId` is required; the reason is read from `reason`,
    /// else from `status` (SVS's example, §16 #14); an absent or non-integer reason gives
    /// `None`.
    pub fn parse(body: &Value) -> Result<CloseEvent, DataSendError> {
        let stream_id = int_field(body, STREAM_ID, "streamId")?;
        let raw_reason = body
            .get(REASON)
            .and_then(Value::as_i64)
            .or_else(|| body.get(STATUS).and_then(Value::as_i64));
        Ok(CloseEvent {
            stream_id,
            reason: raw_reason.and_then(CloseReason::from_i64),
            raw_reason,
        })
    }
}

/// Request `control`/`hello` number `id`, body `{}` (§12.6): the first message a hub sends.
pub fn hello_request(id: i64) -> Message {
    Message::Request {
        protocol: CONTROL.to_owned(),
        topic: HELLO.to_owned(),
        id,
        body: Value::empty_dict(),
    }
}

/// Response to `hello` number `id`: status 0, body `{}` (§12.6).
pub fn hello_response(id: i64) -> Message {
    Message::Response {
        protocol: CONTROL.to_owned(),
        topic: HELLO.to_owned(),
        id,
        status: status::SUCCESS,
        body: Value::empty_dict(),
    }
}

/// Whether `message` is the `control`/`hello` request.
pub fn is_hello_request(message: &Message) -> bool {
    matches!(message, Message::Request { protocol, topic, .. } if protocol == CONTROL && topic == HELLO)
}

/// Request `dataSend`/`open` number `id` with body `open`.
pub fn open_request(id: i64, open: &OpenRequest) -> Message {
    Message::Request {
        protocol: PROTOCOL.to_owned(),
        topic: OPEN.to_owned(),
        id,
        body: open.to_value(),
    }
}

fn event(topic: &str, body: Value) -> Message {
    Message::Event {
        protocol: PROTOCOL.to_owned(),
        topic: topic.to_owned(),
        body,
    }
}

#[cfg(test)]
mod tests;
