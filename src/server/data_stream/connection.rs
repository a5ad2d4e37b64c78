//! One data stream connection (reference §12): which prepared session it belongs to, `hello`,
//! then `dataSend` requests and events, and the recording it carries.
//!
//! A reader task hands the received bytes over; this task decrypts, answers, feeds the
//! recording and writes. It ends when the hub closes, sends something that does not decrypt
//! or decode (only this data stream closes; the HAP session stays), its HAP connection
//! closes, its controller is removed, or the server stops.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::net::tcp::OwnedWriteHalf;
use tokio::sync::{broadcast, mpsc, watch};

use super::recording::{EndCause, RecordingStream, Segment, Step};
use super::{ActiveRecording, DataStreamService, LOG};
use crate::accessory::{Value, keys};
use crate::hds::datasend::{self, OpenRequest, chunk_metas};
use crate::hds::frame::{FrameCodec, Role, frame_len};
use crate::hds::message::{self, CloseReason, Message, status};
use crate::hds::opack;
use crate::recording::SelectedRecordingConfiguration;
use crate::server::ServerEvent;
use crate::server::shared::{Notice, Shared};

/// The first message must arrive this soon after connecting (HAP-NodeJS: 10 s, §12.1).
const FIRST_MESSAGE_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest write of one segment to the hub.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a data stream connection ended (logged).
enum Close {
    PeerClosed,
    Io(std::io::Error),
    Timeout(&'static str),
    Garbage(String),
    UnknownKeys,
    HapConnectionClosed,
    ControllerRemoved,
    Shutdown,
}

impl std::fmt::Display for Close {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Close::PeerClosed => write!(f, "closed by the hub"),
            Close::Io(e) => write!(f, "I/O error: {e}"),
            Close::Timeout(what) => write!(f, "timed out waiting for {what}"),
            Close::Garbage(what) => write!(f, "bad data from the hub: {what}"),
            Close::UnknownKeys => write!(
                f,
                "no prepared data stream matches its first frame (setup expired or unknown keys)"
            ),
            Close::HapConnectionClosed => write!(f, "its HAP connection closed"),
            Close::ControllerRemoved => write!(f, "its controller's pairing was removed"),
            Close::Shutdown => write!(f, "server shutting down"),
        }
    }
}

/// `aid.iid` of the characteristics that start or stop a recording.
struct Watched {
    motion: Option<(u64, u64)>,
    camera_active: Option<(u64, u64)>,
    recording_active: Option<(u64, u64)>,
}

struct Connection {
    id: u64,
    shared: Arc<Shared>,
    service: Arc<DataStreamService>,
    hap_connection: u64,
    controller: String,
    codec: FrameCodec,
    writer: OwnedWriteHalf,
    inbuf: Vec<u8>,
    recording: Option<RecordingStream>,
    watched: Watched,
    /// Buffers kept from segment to segment, so that sending a fragment allocates nothing
    /// once they have grown: one message's payload, and the encrypted frames of a segment.
    payload: Vec<u8>,
    wire: Vec<u8>,
}

/// Serves one accepted data stream connection until it closes.
pub(super) async fn serve(
    shared: Arc<Shared>,
    service: Arc<DataStreamService>,
    stream: TcpStream,
    peer: SocketAddr,
    id: u64,
    mut stop: watch::Receiver<bool>,
) {
    let name = shared.name.clone();
    if let Err(e) = stream.set_nodelay(true) {
        crate::logging::log_debug!(target: LOG, "[{name}] hds {id}: TCP_NODELAY: {e}");
    }
    crate::logging::log_info!(target: LOG, "[{name}] hds {id}: connection from {peer}");
    let notices = shared.notices.subscribe();
    let reason = tokio::select! {
        reason = run(shared.clone(), service, stream, id, notices) => reason,
        _ = stop.changed() => Close::Shutdown,
    };
    crate::logging::log_info!(target: LOG, "[{name}] hds {id}: closed ({reason})");
}

async fn run(
    shared: Arc<Shared>,
    service: Arc<DataStreamService>,
    mut stream: TcpStream,
    id: u64,
    mut notices: broadcast::Receiver<Notice>,
) -> Close {
    let name = shared.name.clone();
    // The first frame says which prepared session this is (§12.1).
    let mut inbuf = Vec::new();
    let first = tokio::time::timeout(
        FIRST_MESSAGE_TIMEOUT,
        read_first_frame(&mut stream, &mut inbuf),
    )
    .await;
    match first {
        Err(_) => return Close::Timeout("the first message (hello)"),
        Ok(Err(close)) => return close,
        Ok(Ok(())) => {}
    }
    let mut codec = None;
    let mut payload = None;
    let accepted = service.identify(|keys| {
        let mut candidate = FrameCodec::new(keys, Role::Accessory);
        match candidate.decrypt(&mut inbuf) {
            Ok(Some(plain)) => {
                payload = Some(plain);
                codec = Some(candidate);
                true
            }
            _ => false,
        }
    });
    let (Some(accepted), Some(codec), Some(payload)) = (accepted, codec, payload) else {
        return Close::UnknownKeys;
    };
    crate::logging::log_info!(target: LOG, "[{name}] hds {id}: belongs to HAP conn {} ({})", accepted.hap_connection, accepted.controller);
    let (mut reader, writer) = stream.into_split();
    let (raw_tx, mut raw_rx) = mpsc::channel::<Vec<u8>>(16);
    let reader_task = tokio::spawn(async move {
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            match reader.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if raw_tx.send(buf[..n].to_vec()).await.is_err() {
                        break;
                    }
                }
            }
        }
    });
    let watched = {
        let inner = shared.lock();
        Watched {
            motion: inner.db.locate(keys::MOTION_DETECTED),
            camera_active: inner.db.locate(keys::HOMEKIT_CAMERA_ACTIVE),
            recording_active: inner.db.locate(keys::RECORDING_ACTIVE),
        }
    };
    let mut conn = Connection {
        id,
        shared,
        service,
        hap_connection: accepted.hap_connection,
        controller: accepted.controller,
        codec,
        writer,
        inbuf,
        recording: None,
        watched,
        payload: Vec::new(),
        wire: Vec::new(),
    };
    let reason = conn
        .serve(payload, &mut raw_rx, &mut notices)
        .await
        .err()
        .unwrap_or(Close::PeerClosed);
    conn.release(&reason.to_string());
    reader_task.abort();
    reason
}

/// Reads until the first frame is complete.
async fn read_first_frame(stream: &mut TcpStream, inbuf: &mut Vec<u8>) -> Result<(), Close> {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        match frame_len(inbuf) {
            Ok(Some(len)) if inbuf.len() >= len => return Ok(()),
            Ok(_) => {}
            Err(e) => return Err(Close::Garbage(e.to_string())),
        }
        match stream.read(&mut buf).await {
            Ok(0) => return Err(Close::PeerClosed),
            Ok(n) => inbuf.extend_from_slice(buf.get(..n).unwrap_or_default()),
            Err(e) => return Err(Close::Io(e)),
        }
    }
}

impl Connection {
    async fn serve(
        &mut self,
        first: Vec<u8>,
        raw: &mut mpsc::Receiver<Vec<u8>>,
        notices: &mut broadcast::Receiver<Notice>,
    ) -> Result<(), Close> {
        // §12.6: the first message must be control/hello.
        match message::decode(&first) {
            Ok(Message::Request {
                protocol,
                topic,
                id,
                ..
            }) if protocol == datasend::CONTROL && topic == datasend::HELLO => {
                crate::logging::log_info!(target: LOG, "[{}] hds {}: hello", self.shared.name, self.id);
                self.send(&datasend::hello_response(id)).await?;
            }
            Ok(other) => {
                return Err(Close::Garbage(format!(
                    "first message is {}/{}, not control/hello",
                    other.protocol(),
                    other.topic()
                )));
            }
            Err(e) => return Err(Close::Garbage(e.to_string())),
        }
        loop {
            let deadline = self.recording.as_ref().map(RecordingStream::deadline);
            tokio::select! {
                bytes = raw.recv() => {
                    let Some(bytes) = bytes else { return Err(Close::PeerClosed) };
                    self.received(&bytes).await?;
                }
                event = async {
                    match self.recording.as_mut() {
                        Some(r) => r.next_event().await,
                        None => std::future::pending().await,
                    }
                } => {
                    let step = match self.recording.as_mut() {
                        Some(r) => r.on_feed(event),
                        None => continue,
                    };
                    self.step(step).await?;
                }
                _ = tokio::time::sleep_until(deadline.unwrap_or_else(Instant::now).into()), if deadline.is_some() => {
                    self.on_timer().await?;
                }
                notice = notices.recv() => match notice {
                    Ok(notice) => self.on_notice(notice).await?,
                    Err(broadcast::error::RecvError::Lagged(n)) => {
                        crate::logging::log_warn!(target: LOG, "[{}] hds {}: {n} notifications missed", self.shared.name, self.id);
                    }
                    Err(broadcast::error::RecvError::Closed) => return Err(Close::Shutdown),
                },
            }
        }
    }

    /// Decrypts and handles every complete frame.
    async fn received(&mut self, bytes: &[u8]) -> Result<(), Close> {
        self.inbuf.extend_from_slice(bytes);
        loop {
            let payload = match self.codec.decrypt(&mut self.inbuf) {
                Ok(Some(payload)) => payload,
                Ok(None) => return Ok(()),
                Err(e) => return Err(Close::Garbage(e.to_string())),
            };
            let message = message::decode(&payload).map_err(|e| Close::Garbage(e.to_string()))?;
            self.on_message(message).await?;
        }
    }

    async fn on_message(&mut self, message: Message) -> Result<(), Close> {
        let name = self.shared.name.clone();
        match message {
            Message::Request {
                protocol,
                topic,
                id,
                body,
            } => match (protocol.as_str(), topic.as_str()) {
                (datasend::PROTOCOL, datasend::OPEN) => self.open(id, &body).await,
                (datasend::CONTROL, datasend::HELLO) => {
                    self.send(&datasend::hello_response(id)).await
                }
                _ => {
                    crate::logging::log_info!(target: LOG, "[{name}] hds {}: request {protocol}/{topic} not supported", self.id);
                    let status = if protocol == datasend::PROTOCOL {
                        status::PROTOCOL_SPECIFIC_ERROR
                    } else {
                        status::MISSING_PROTOCOL
                    };
                    let body = datasend::open_refused(CloseReason::Unsupported);
                    self.send(&Message::Response {
                        protocol,
                        topic,
                        id,
                        status,
                        body,
                    })
                    .await
                }
            },
            Message::Event {
                protocol,
                topic,
                body,
            } => match (protocol.as_str(), topic.as_str()) {
                (datasend::PROTOCOL, datasend::CLOSE) => {
                    let close = datasend::CloseEvent::parse(&body)
                        .map_err(|e| Close::Garbage(format!("close event: {e}")))?;
                    if self.recording_id() == Some(close.stream_id) {
                        let reason = close
                            .reason
                            .map_or_else(|| format!("{:?}", close.raw_reason), |r| r.to_string());
                        self.release(&format!("closed by the hub (reason: {reason})"));
                    } else {
                        crate::logging::log_debug!(target: LOG, "[{name}] hds {}: close of unknown stream {}", self.id, close.stream_id);
                    }
                    Ok(())
                }
                (datasend::PROTOCOL, datasend::ACK) => {
                    let ack = datasend::AckEvent::parse(&body)
                        .map_err(|e| Close::Garbage(format!("ack event: {e}")))?;
                    if self.recording_id() == Some(ack.stream_id) {
                        let cause = self.recording.as_ref().and_then(|r| r.end_cause.clone());
                        let why = match cause {
                            Some(cause) => {
                                format!("{cause}; end of stream acknowledged by the hub")
                            }
                            None => "end of stream acknowledged by the hub".to_owned(),
                        };
                        self.release(&why);
                    }
                    Ok(())
                }
                _ => {
                    crate::logging::log_debug!(target: LOG, "[{name}] hds {}: event {protocol}/{topic} ignored", self.id);
                    Ok(())
                }
            },
            Message::Response {
                protocol, topic, ..
            } => {
                crate::logging::log_debug!(target: LOG, "[{name}] hds {}: unexpected response {protocol}/{topic}", self.id);
                Ok(())
            }
        }
    }

    fn recording_id(&self) -> Option<i64> {
        self.recording.as_ref().map(|r| r.stream_id)
    }

    /// `dataSend` `open` (§12.7): refused with HAP-NodeJS's reasons, else the recording
    /// starts with the prebuffer.
    async fn open(&mut self, request_id: i64, body: &opack::Value) -> Result<(), Close> {
        let name = self.shared.name.clone();
        let request = match OpenRequest::parse(body) {
            Ok(request) => request,
            Err(e) => {
                crate::logging::log_warn!(target: LOG, "[{name}] hds {}: open refused: malformed ({e})", self.id);
                return self
                    .refuse(request_id, CloseReason::UnexpectedFailure)
                    .await;
            }
        };
        crate::logging::log_info!(target: LOG, "[{name}] hds {}: open stream {} type {} target {} reason {:?}",
            self.id, request.stream_id, request.kind, request.target, request.reason);
        let checked = self.check_open(&request);
        let (selection, audio, motion) = match checked {
            Ok(ok) => ok,
            Err((reason, why)) => {
                crate::logging::log_warn!(target: LOG, "[{name}] hds {}: open of stream {} refused ({reason}): {why}", self.id, request.stream_id);
                return self.refuse(request_id, reason).await;
            }
        };
        let look_back = Duration::from_millis(u64::from(selection.prebuffer_ms));
        let Some(feed) = self.shared.recorder.subscribe(look_back) else {
            crate::logging::log_warn!(target: LOG, "[{name}] hds {}: open of stream {} refused: no video has arrived (is the pipeline playing?)", self.id, request.stream_id);
            return self
                .refuse(request_id, CloseReason::UnexpectedFailure)
                .await;
        };
        let busy = {
            let mut active = self.service.recording();
            match active.clone() {
                Some(busy) => Some(busy),
                None => {
                    *active = Some(ActiveRecording {
                        hds_connection: self.id,
                        stream_id: request.stream_id,
                    });
                    None
                }
            }
        };
        if let Some(busy) = busy {
            crate::logging::log_warn!(target: LOG, "[{name}] hds {}: open of stream {} refused (busy): stream {} is recording on hds {}",
                self.id, request.stream_id, busy.stream_id, busy.hds_connection);
            return self.refuse(request_id, CloseReason::Busy).await;
        }
        let start_pts = feed.start;
        let replayed = feed.replay.len();
        let max = self.shared.max_recording;
        let started =
            RecordingStream::start(request.stream_id, feed, &selection, audio, motion, max);
        self.send(&Message::Response {
            protocol: datasend::PROTOCOL.into(),
            topic: datasend::OPEN.into(),
            id: request_id,
            status: status::SUCCESS,
            body: datasend::open_accepted(),
        })
        .await?;
        let (stream, segments) = match started {
            Ok(started) => started,
            Err(cause) => {
                crate::logging::log_warn!(target: LOG, "[{name}] hds {}: stream {} cannot start: {cause}", self.id, request.stream_id);
                self.abort(
                    request.stream_id,
                    CloseReason::UnexpectedFailure,
                    &cause.to_string(),
                )
                .await?;
                return Ok(());
            }
        };
        crate::logging::log_info!(target: LOG, "[{name}] hds {}: recording stream {} for {}: prebuffer {} ms from {start_pts} ns ({replayed} items), fragments of {} ms, audio {}",
            self.id, request.stream_id, self.controller, selection.prebuffer_ms, selection.fragment_ms,
            if stream.has_audio() { "on" } else { "off" });
        self.shared.emit(ServerEvent::RecordingStarted {
            stream_id: request.stream_id,
            controller: self.controller.clone(),
            start: start_pts,
        });
        self.recording = Some(stream);
        self.send_segments(segments, false).await
    }

    /// The checks of HAP-NodeJS's `handleDataSendOpen` (§12.7, §9.3), in its order: type and
    /// target, recording on, camera on, not busy, a selection. Returns the selected
    /// configuration, whether recording audio is on, whether motion is on now.
    fn check_open(
        &self,
        request: &OpenRequest,
    ) -> Result<(SelectedRecordingConfiguration, bool, bool), (CloseReason, String)> {
        if request.target != datasend::TARGET_CONTROLLER || request.kind != datasend::RECORDING_TYPE
        {
            return Err((
                CloseReason::UnexpectedFailure,
                format!(
                    "type {} target {} (only {} to {})",
                    request.kind,
                    request.target,
                    datasend::RECORDING_TYPE,
                    datasend::TARGET_CONTROLLER
                ),
            ));
        }
        let inner = self.shared.lock();
        let on = |key| matches!(inner.db.value(key), Some(Value::Int(1)));
        if !on(keys::RECORDING_ACTIVE) {
            return Err((CloseReason::NotAllowed, "recording is not active".into()));
        }
        if !on(keys::HOMEKIT_CAMERA_ACTIVE) {
            return Err((CloseReason::NotAllowed, "the camera is not active".into()));
        }
        // HAP-NodeJS's order: busy before the selection (the slot itself is taken in `open`).
        if let Some(busy) = self.service.recording().as_ref() {
            return Err((
                CloseReason::Busy,
                format!(
                    "stream {} is recording on hds {}",
                    busy.stream_id, busy.hds_connection
                ),
            ));
        }
        let selection = match inner.db.value(keys::SELECTED_RECORDING_CONFIGURATION) {
            Some(Value::Bytes(bytes)) if !bytes.is_empty() => {
                SelectedRecordingConfiguration::parse(bytes).map_err(|e| {
                    (
                        CloseReason::InvalidConfiguration,
                        format!("stored selection unreadable: {e}"),
                    )
                })?
            }
            _ => {
                return Err((
                    CloseReason::InvalidConfiguration,
                    "no recording configuration selected".into(),
                ));
            }
        };
        let audio = on(keys::RECORDING_AUDIO_ACTIVE);
        let motion = matches!(
            inner.db.value(keys::MOTION_DETECTED),
            Some(Value::Bool(true))
        );
        Ok((selection, audio, motion))
    }

    async fn refuse(&mut self, request_id: i64, reason: CloseReason) -> Result<(), Close> {
        self.send(&Message::Response {
            protocol: datasend::PROTOCOL.into(),
            topic: datasend::OPEN.into(),
            id: request_id,
            status: status::PROTOCOL_SPECIFIC_ERROR,
            body: datasend::open_refused(reason),
        })
        .await
    }

    async fn step(&mut self, step: Step) -> Result<(), Close> {
        match step {
            Step::Send(segments) => self.send_segments(segments, false).await,
            Step::End(cause, segments) => self.end(cause, segments).await,
            Step::FellBehind => {
                let Some(id) = self.recording_id() else {
                    return Ok(());
                };
                self.abort(
                    id,
                    CloseReason::UnexpectedFailure,
                    "the hub does not drain the data stream fast enough",
                )
                .await
            }
        }
    }

    /// Ends the recording with the end-of-stream mark on its last chunk (§12.7); the hub
    /// acknowledges or closes, or the stream is released after the ack timeout.
    async fn end(&mut self, cause: EndCause, segments: Vec<Segment>) -> Result<(), Close> {
        let Some(id) = self.recording_id() else {
            return Ok(());
        };
        crate::logging::log_info!(target: LOG, "[{}] hds {}: ending stream {id}: {cause}", self.shared.name, self.id);
        if let Some(recording) = self.recording.as_mut() {
            recording.end_cause = Some(cause.clone());
        }
        if segments.is_empty() {
            // Nothing left to mark: say it with a normal close instead.
            return self
                .abort(id, CloseReason::Normal, &cause.to_string())
                .await;
        }
        self.send_segments(segments, true).await
    }

    /// Closes the recording from our side with `reason` and releases it.
    async fn abort(&mut self, stream_id: i64, reason: CloseReason, why: &str) -> Result<(), Close> {
        crate::logging::log_info!(target: LOG, "[{}] hds {}: closing stream {stream_id} ({reason}): {why}", self.shared.name, self.id);
        self.send(&datasend::close_event(stream_id, reason)).await?;
        self.release(why);
        Ok(())
    }

    async fn on_timer(&mut self) -> Result<(), Close> {
        let Some(recording) = self.recording.as_mut() else {
            return Ok(());
        };
        match recording.on_timer(Instant::now()) {
            Ok(None) => Ok(()),
            Ok(Some((cause, segments))) => self.end(cause, segments).await,
            Err(()) => {
                let id = recording.stream_id;
                self.abort(
                    id,
                    CloseReason::Cancelled,
                    "the hub did not acknowledge the end of stream in time",
                )
                .await
            }
        }
    }

    async fn on_notice(&mut self, notice: Notice) -> Result<(), Close> {
        match notice {
            Notice::ConnectionClosed(id) if id == self.hap_connection => {
                Err(Close::HapConnectionClosed)
            }
            Notice::ControllersRemoved(ids) if ids.contains(&self.controller) => {
                Err(Close::ControllerRemoved)
            }
            Notice::Changed {
                aid, iid, value, ..
            } => {
                let id = Some((aid, iid));
                let off = value.as_u64() == Some(0) || value == serde_json::Value::Bool(false);
                if id == self.watched.motion {
                    let on = value.as_bool() == Some(true) || value.as_u64() == Some(1);
                    if let Some(recording) = self.recording.as_mut() {
                        crate::logging::log_debug!(target: LOG, "[{}] hds {}: motion {on} during stream {}", self.shared.name, self.id, recording.stream_id);
                        recording.motion(on, Instant::now());
                    }
                } else if off
                    && (id == self.watched.camera_active || id == self.watched.recording_active)
                    && let Some(stream) = self.recording_id()
                {
                    // HAP-NodeJS closes a running recording when the camera is switched off
                    // (§9.3); recording switched off is the same.
                    return self
                        .abort(
                            stream,
                            CloseReason::NotAllowed,
                            "the camera or its recording was switched off",
                        )
                        .await;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Forgets the recording (and frees the camera for the next one).
    fn release(&mut self, why: &str) {
        let Some(recording) = self.recording.take() else {
            return;
        };
        let mut active = self.service.recording();
        if active
            .as_ref()
            .is_some_and(|a| a.hds_connection == self.id && a.stream_id == recording.stream_id)
        {
            *active = None;
        }
        drop(active);
        crate::logging::log_info!(target: LOG, "[{}] hds {}: stream {} ended: {why} ({} fragments, {} bytes)",
            self.shared.name, self.id, recording.stream_id, recording.fragments, recording.bytes);
        self.shared.emit(ServerEvent::RecordingEnded {
            stream_id: recording.stream_id,
            reason: why.to_owned(),
            fragments: recording.fragments,
            bytes: recording.bytes,
        });
    }

    /// Sends segments as `data` events of at most 256 KiB (§12.7); `end_of_stream` marks the
    /// last chunk of the last one.
    async fn send_segments(
        &mut self,
        segments: Vec<Segment>,
        end_of_stream: bool,
    ) -> Result<(), Close> {
        let Some(stream_id) = self.recording_id() else {
            return Ok(());
        };
        let count = segments.len();
        let mut wire = std::mem::take(&mut self.wire);
        for (index, segment) in segments.into_iter().enumerate() {
            let metas = chunk_metas(segment.data_type, segment.sequence, segment.bytes.len());
            let chunks = metas.len();
            wire.clear();
            for (n, (meta, range)) in metas.into_iter().enumerate() {
                let last = end_of_stream && index + 1 == count && n + 1 == chunks;
                let chunk = segment.bytes.get(range).unwrap_or_default();
                let event = datasend::data_event(stream_id, &meta, chunk, last);
                self.encode(&event, &mut wire)?;
            }
            crate::logging::log_debug!(target: LOG, "[{}] hds {}: stream {stream_id} {} {}: {} bytes, {} pictures, {} ms, {chunks} chunk(s){}",
                self.shared.name, self.id, segment.data_type.as_str(), segment.sequence, segment.bytes.len(),
                segment.pictures, segment.duration_ns / 1_000_000,
                if end_of_stream && index + 1 == count { ", end of stream" } else { "" });
            self.write(&wire).await?;
        }
        self.wire = wire;
        Ok(())
    }

    /// Appends `message` as one encrypted frame to `wire`.
    fn encode(&mut self, message: &Message, wire: &mut Vec<u8>) -> Result<(), Close> {
        self.payload.clear();
        message::encode_into(message, &mut self.payload)
            .map_err(|e| Close::Garbage(e.to_string()))?;
        self.codec
            .encrypt(&self.payload, wire)
            .map_err(|e| Close::Garbage(e.to_string()))
    }

    async fn send(&mut self, message: &Message) -> Result<(), Close> {
        let mut wire = Vec::new();
        self.encode(message, &mut wire)?;
        self.write(&wire).await
    }

    async fn write(&mut self, wire: &[u8]) -> Result<(), Close> {
        match tokio::time::timeout(WRITE_TIMEOUT, self.writer.write_all(wire)).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(Close::Io(e)),
            Err(_) => Err(Close::Timeout("the hub to take our data")),
        }
    }
}
