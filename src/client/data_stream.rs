//! The hub side of the HomeKit Data Stream (reference §11.6, §12): set the stream up over a
//! verified HAP connection, connect, say hello, open a recording and put its chunks back
//! together. Used by the tests, the benchmark and `examples/hksv_hub_record.rs`, against our
//! accessory and against HAP-NodeJS's.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::time::Instant;

use base64::Engine as _;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::{ClientError, HapClient};
use crate::hds::datasend::{self, ChunkMeta, DataEvent, DataType, OpenRequest};
use crate::hds::frame::{FrameCodec, HdsKeys, Role};
use crate::hds::message::{self, Message};
use crate::hds::opack::Value;
use crate::tlv8::Tlv8;

fn protocol_error(what: impl Into<String>) -> ClientError {
    ClientError::DataStream(what.into())
}

/// What the accessory answered to SetupDataStreamTransport (§11.6).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataStreamSetup {
    /// Status: 0 success, 1 generic error, 2 busy.
    pub status: u8,
    /// TCP port of the data stream listener.
    pub port: u16,
    /// The accessory key salt.
    pub accessory_salt: [u8; 32],
}

impl HapClient {
    /// Writes SetupDataStreamTransport (`aid.iid`) with a write-response, as hubs do
    /// (§1.5, §11.6), and returns the accessory's answer and our controller key salt.
    pub async fn setup_data_stream(
        &mut self,
        aid: u64,
        iid: u64,
    ) -> Result<(DataStreamSetup, [u8; 32]), ClientError> {
        let salt: [u8; 32] =
            crate::crypto::random_array().map_err(|e| ClientError::Random(e.to_string()))?;
        let mut request = Tlv8::new();
        request.push_u8(1, 0).push_u8(2, 0).push(3, salt.to_vec());
        let value = base64::engine::general_purpose::STANDARD.encode(request.encode());
        let body = json!({"characteristics":[{"aid":aid,"iid":iid,"value":value,"r":true}]});
        let response = self.put_json("/characteristics", &body).await?;
        if response.status != 207 {
            return Err(ClientError::Status(response.status));
        }
        let doc = response.json();
        let entry = &doc["characteristics"][0];
        if entry["status"].as_i64() != Some(0) {
            return Err(protocol_error(format!(
                "SetupDataStreamTransport refused: {entry}"
            )));
        }
        let answer = entry["value"]
            .as_str()
            .and_then(|v| base64::engine::general_purpose::STANDARD.decode(v).ok())
            .ok_or_else(|| protocol_error("SetupDataStreamTransport: no write-response"))?;
        let tlv = Tlv8::decode(&answer).map_err(|e| protocol_error(e.to_string()))?;
        let status = tlv.get_u8(1).ok().flatten().unwrap_or(1);
        let port = tlv
            .get(2)
            .and_then(|p| Tlv8::decode(p).ok())
            .and_then(|p| p.get_u16(1).ok().flatten())
            .unwrap_or(0);
        let accessory_salt = tlv.require_array(3).unwrap_or([0; 32]);
        Ok((
            DataStreamSetup {
                status,
                port,
                accessory_salt,
            },
            salt,
        ))
    }
}

/// One data stream connection, hub side.
pub struct DataStreamClient {
    stream: TcpStream,
    codec: FrameCodec,
    inbuf: Vec<u8>,
    next_id: i64,
    events: VecDeque<Message>,
}

impl DataStreamClient {
    /// Sets up a data stream over the verified connection `hap` (SetupDataStreamTransport at
    /// `aid.iid`), connects to the announced port on the accessory's address and says hello.
    pub async fn connect(
        hap: &mut HapClient,
        aid: u64,
        iid: u64,
    ) -> Result<DataStreamClient, ClientError> {
        let host = hap.peer_addr()?.ip();
        let secret = hap
            .session_keys()
            .map(|k| k.shared_secret)
            .ok_or_else(|| protocol_error("the HAP connection is not verified"))?;
        let (setup, controller_salt) = hap.setup_data_stream(aid, iid).await?;
        if setup.status != 0 || setup.port == 0 {
            return Err(protocol_error(format!(
                "SetupDataStreamTransport answered status {} port {}",
                setup.status, setup.port
            )));
        }
        let keys = HdsKeys::derive(&secret, &controller_salt, &setup.accessory_salt);
        DataStreamClient::attach(SocketAddr::new(host, setup.port), &keys).await
    }

    /// Connects to a prepared data stream at `addr` with its keys (§12.1) and says hello.
    pub async fn attach(addr: SocketAddr, keys: &HdsKeys) -> Result<DataStreamClient, ClientError> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        let mut client = DataStreamClient {
            stream,
            codec: FrameCodec::new(keys, Role::Controller),
            inbuf: Vec::new(),
            next_id: 1,
            events: VecDeque::new(),
        };
        let (status, _) = client
            .request(datasend::CONTROL, datasend::HELLO, Value::Dict(Vec::new()))
            .await?;
        if status != 0 {
            return Err(protocol_error(format!("hello answered status {status}")));
        }
        Ok(client)
    }

    /// Sends one message.
    pub async fn send(&mut self, message: &Message) -> Result<(), ClientError> {
        let payload = message::encode(message).map_err(|e| protocol_error(e.to_string()))?;
        let mut wire = Vec::with_capacity(payload.len() + 32);
        self.codec
            .encrypt(&payload, &mut wire)
            .map_err(|e| protocol_error(e.to_string()))?;
        self.stream.write_all(&wire).await?;
        Ok(())
    }

    /// Writes bytes as they are (tests of the accessory's handling of garbage).
    pub async fn send_raw(&mut self, bytes: &[u8]) -> Result<(), ClientError> {
        self.stream.write_all(bytes).await?;
        Ok(())
    }

    /// Sends a request and waits for its response: `(header status, body)`. Events that
    /// arrive first are kept for [`DataStreamClient::next_event`].
    pub async fn request(
        &mut self,
        protocol: &str,
        topic: &str,
        body: Value,
    ) -> Result<(i64, Value), ClientError> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&Message::Request {
            protocol: protocol.into(),
            topic: topic.into(),
            id,
            body,
        })
        .await?;
        loop {
            match self.receive().await? {
                Message::Response {
                    id: rid,
                    status,
                    body,
                    ..
                } if rid == id => return Ok((status, body)),
                event @ Message::Event { .. } => self.events.push_back(event),
                other => {
                    crate::logging::log_debug!(target: "hksv::hds", "hub: unexpected {other:?}")
                }
            }
        }
    }

    /// Opens recording stream `stream_id` (§12.7): `(header status, body)`.
    pub async fn open_recording(&mut self, stream_id: i64) -> Result<(i64, Value), ClientError> {
        let open = OpenRequest {
            target: datasend::TARGET_CONTROLLER.into(),
            kind: datasend::RECORDING_TYPE.into(),
            stream_id,
            reason: Some("motion".into()),
        };
        self.request(datasend::PROTOCOL, datasend::OPEN, open.to_value())
            .await
    }

    /// The next event (queued or received).
    pub async fn next_event(&mut self) -> Result<Message, ClientError> {
        loop {
            if let Some(event) = self.events.pop_front() {
                return Ok(event);
            }
            let message = self.receive().await?;
            if matches!(message, Message::Event { .. }) {
                return Ok(message);
            }
        }
    }

    /// The next message from the accessory.
    pub async fn receive(&mut self) -> Result<Message, ClientError> {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            if let Some(payload) = self
                .codec
                .decrypt(&mut self.inbuf)
                .map_err(|e| protocol_error(e.to_string()))?
            {
                return message::decode(&payload).map_err(|e| protocol_error(e.to_string()));
            }
            let n = self.stream.read(&mut buf).await?;
            if n == 0 {
                return Err(ClientError::Closed);
            }
            self.inbuf
                .extend_from_slice(buf.get(..n).unwrap_or_default());
        }
    }
}

/// A segment put back together from its chunks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReceivedSegment {
    /// `mediaInitialization` or `mediaFragment`.
    pub data_type: DataType,
    /// `dataSequenceNumber`.
    pub sequence: i64,
    /// The bytes.
    pub bytes: Vec<u8>,
    /// When its last chunk arrived.
    pub completed: Instant,
}

/// Reassembles the `data` events of one recording stream and checks their metadata (§12.7):
/// the initialization segment is sequence 1, fragments follow without gaps, chunks count from
/// 1, the total size matches.
#[derive(Debug, Default)]
pub struct RecordingReceiver {
    /// Complete segments, in order.
    pub segments: Vec<ReceivedSegment>,
    /// The accessory marked the end of stream.
    pub end_of_stream: bool,
    partial: Option<(ChunkMeta, Vec<u8>, i64)>,
}

impl RecordingReceiver {
    /// Takes one `data` event; returns how many segments it completed.
    pub fn take(&mut self, event: DataEvent) -> Result<usize, ClientError> {
        let mut completed = 0;
        for (data, meta) in event.packets {
            let expected_sequence = self.segments.len() as i64 + 1;
            match self.partial.as_mut() {
                None => {
                    if meta.data_chunk_sequence_number != 1 {
                        return Err(protocol_error(format!(
                            "segment {} starts with chunk {}",
                            meta.data_sequence_number, meta.data_chunk_sequence_number
                        )));
                    }
                    if meta.data_sequence_number != expected_sequence {
                        return Err(protocol_error(format!(
                            "segment {} after {} segments",
                            meta.data_sequence_number,
                            self.segments.len()
                        )));
                    }
                    let initialization = meta.data_type == DataType::MediaInitialization;
                    if initialization != (expected_sequence == 1) {
                        return Err(protocol_error(format!(
                            "segment {expected_sequence} has type {}",
                            meta.data_type.as_str()
                        )));
                    }
                    let total = meta.data_total_size.ok_or_else(|| {
                        protocol_error("the first chunk of a segment has no dataTotalSize")
                    })?;
                    self.partial = Some((meta.clone(), data, total));
                }
                Some((first, bytes, _)) => {
                    if meta.data_sequence_number != first.data_sequence_number
                        || meta.data_chunk_sequence_number != first.data_chunk_sequence_number + 1
                    {
                        return Err(protocol_error(format!(
                            "chunk {}.{} after {}.{}",
                            meta.data_sequence_number,
                            meta.data_chunk_sequence_number,
                            first.data_sequence_number,
                            first.data_chunk_sequence_number
                        )));
                    }
                    first.data_chunk_sequence_number = meta.data_chunk_sequence_number;
                    bytes.extend_from_slice(&data);
                }
            }
            if meta.is_last_data_chunk
                && let Some((first, bytes, total)) = self.partial.take()
            {
                if bytes.len() as i64 != total {
                    return Err(protocol_error(format!(
                        "segment {} has {} bytes, dataTotalSize said {total}",
                        first.data_sequence_number,
                        bytes.len()
                    )));
                }
                self.segments.push(ReceivedSegment {
                    data_type: first.data_type,
                    sequence: first.data_sequence_number,
                    bytes,
                    completed: Instant::now(),
                });
                completed += 1;
            }
        }
        self.end_of_stream |= event.end_of_stream;
        Ok(completed)
    }

    /// Fragments received (segments after the initialization segment).
    pub fn fragments(&self) -> usize {
        self.segments.len().saturating_sub(1)
    }

    /// The recording as one MP4 file: the initialization segment and the fragments.
    pub fn to_mp4(&self) -> Vec<u8> {
        self.segments
            .iter()
            .flat_map(|s| s.bytes.iter().copied())
            .collect()
    }
}
