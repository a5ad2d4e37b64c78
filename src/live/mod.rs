//! Live view (reference §10): SetupEndpoints and SelectedRTPStreamConfiguration answered per
//! connection, SRTP/SRTCP, sender reports, and the sessions' lifecycle. No GStreamer here: the
//! application implements [`LiveMedia`] and sends each session's packets through its
//! [`LiveStream`].
//!
//! * A controller writes SetupEndpoints (`118`) with its address, ports and keys on its own
//!   HAP connection; the answer (our address, ports, fresh random keys and SSRCs distinct from
//!   every other session of the process) goes to that connection only. Two UDP sockets per
//!   session (video, audio), bound on the address the controller reached us at, port 0; RTCP
//!   shares the RTP port (§10.4).
//! * It then writes SelectedRTPStreamConfiguration (`117`): start, stop, suspend, resume,
//!   reconfigure. Only the session's own controller controls it: another's session id is
//!   refused with `-70410`, as HAP-NodeJS does for a wrong session id (§10.5).
//! * Up to `limit` sessions at once (set up or streaming). StreamingStatus (`120`, §10.6) is
//!   0 while fewer are set up, 1 at the limit, 2 when HomeKitCameraActive or the RTP
//!   management Active is 0, or no video (or no [`LiveMedia`]) is there yet.
//! * A session ends on: the stop command, its HAP connection closing, its controller's
//!   pairing removed, controller silence ([`SILENCE_TIMEOUT`] without RTCP or RTP from it),
//!   an RTCP BYE, the camera switched off, the server stopping. A SetupEndpoints never
//!   started expires after [`SETUP_TTL`].
//! * Suspend stops sending; resume sends again from a keyframe. Reconfigure is accepted and
//!   logged: the stream is not transcoded, so only the RTCP interval changes.

pub mod offer;
pub mod rtcp;
pub mod selected_stream;
mod session;
pub mod setup_endpoints;
pub mod srtp;
mod stream;
pub mod streaming_status;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, Weak};
use std::time::Duration;

pub use session::{SETUP_TTL, SILENCE_TIMEOUT};
pub use stream::{
    AudioCodec, AudioSelection, DEFAULT_MTU_IPV4, DEFAULT_MTU_IPV6, LiveStream, SendError,
    TalkbackCallback, TalkbackPacket, VIDEO_CLOCK_RATE, VideoSelection,
};
pub use streaming_status::StreamingStatus;

use crate::accessory::{keys, status};
use crate::pairing::ConnectionId;
use crate::recording::VideoParams;
use crate::server::connection_writes::{ConnectionContext, ConnectionWriteHandler, WriteAnswer};
use selected_stream::{Command, SelectedStream};
use session::{Session, TaskParts};
use setup_endpoints::{SessionId, SetupRequest, SetupResponse, SetupStatus, session_id_string};
use stream::{Path, Sender, StreamParts};

/// Log target of live view.
pub(crate) const LOG: &str = "hksv::live";

/// Default of the session limit ([`crate::server::ServerConfig::max_live_streams`]).
pub const DEFAULT_MAX_LIVE_STREAMS: usize = 4;

/// Why a session ended.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EndReason {
    /// The controller's stop command.
    Stopped,
    /// The HAP connection that set it up closed.
    ConnectionClosed,
    /// The controller's pairing was removed.
    PairingRemoved,
    /// Nothing from the controller for [`SILENCE_TIMEOUT`].
    ControllerSilent,
    /// The controller sent an RTCP BYE.
    ControllerBye,
    /// HomeKitCameraActive or the RTP management Active became 0.
    CameraDeactivated,
    /// Set up but never started within [`SETUP_TTL`].
    SetupExpired,
    /// The server (element) is stopping, or the application withdrew its media.
    Shutdown,
    /// The application could not start or keep the stream.
    MediaFailed(String),
}

impl std::fmt::Display for EndReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EndReason::Stopped => write!(f, "stopped by the controller"),
            EndReason::ConnectionClosed => write!(f, "the controller's HAP connection closed"),
            EndReason::PairingRemoved => write!(f, "the controller's pairing was removed"),
            EndReason::ControllerSilent => write!(
                f,
                "nothing from the controller for {} s",
                SILENCE_TIMEOUT.as_secs()
            ),
            EndReason::ControllerBye => write!(f, "the controller sent RTCP BYE"),
            EndReason::CameraDeactivated => write!(f, "the camera was switched off"),
            EndReason::SetupExpired => {
                write!(f, "set up but not started within {} s", SETUP_TTL.as_secs())
            }
            EndReason::Shutdown => write!(f, "shutting down"),
            EndReason::MediaFailed(why) => write!(f, "media failed: {why}"),
        }
    }
}

/// The application side of live view: it feeds each started session with RTP.
pub trait LiveMedia: Send + Sync {
    /// A session started: send its video (and audio) through `stream` from now on, starting
    /// with a keyframe. Called on the server runtime: must not block for long. An error
    /// refuses the start (`-70402`) and ends the session.
    fn start(&self, stream: Arc<LiveStream>) -> Result<(), String>;
    /// The controller reconfigured the session ([`LiveStream::video`] has the new values).
    fn reconfigure(&self, _stream: &Arc<LiveStream>) {}
    /// The controller suspended the session: sends are dropped until [`LiveMedia::resume`].
    fn suspend(&self, _stream: &Arc<LiveStream>) {}
    /// The controller resumed the session: send a keyframe first.
    fn resume(&self, _stream: &Arc<LiveStream>) {}
    /// The session ended: stop sending and release what it used.
    fn stop(&self, stream: &Arc<LiveStream>, reason: &EndReason);
}

/// Something the server is told about live view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum LiveEvent {
    Started {
        session_id: String,
        controller: String,
    },
    Ended {
        session_id: String,
        controller: String,
        reason: String,
    },
}

/// The server as live view sees it: the camera's switches, its characteristic values, its
/// events.
pub(crate) trait LiveHost: Send + Sync {
    /// (HomeKitCameraActive, RTP management Active).
    fn activation(&self) -> (bool, bool);
    /// Sets a tlv8 characteristic value by key and notifies subscribers.
    fn set_tlv(&self, key: &str, bytes: Vec<u8>);
    /// Reports a session start or end.
    fn live_event(&self, event: LiveEvent);
}

/// The live-view sessions of one accessory. See the module documentation.
pub struct LiveView {
    name: String,
    limit: usize,
    me: Weak<LiveView>,
    host: OnceLock<Weak<dyn LiveHost>>,
    sessions: Mutex<HashMap<SessionId, Session>>,
    media: Mutex<Option<Arc<dyn LiveMedia>>>,
    video: Mutex<Option<VideoParams>>,
    published: Mutex<Option<StreamingStatus>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl LiveView {
    /// A manager for the accessory `name` with at most `limit` sessions at once.
    pub fn new(name: impl Into<String>, limit: usize) -> Arc<LiveView> {
        Arc::new_cyclic(|me| LiveView {
            name: name.into(),
            limit: limit.max(1),
            me: me.clone(),
            host: OnceLock::new(),
            sessions: Mutex::new(HashMap::new()),
            media: Mutex::new(None),
            video: Mutex::new(None),
            published: Mutex::new(None),
        })
    }

    /// Connects the manager to its server and publishes the streaming status.
    pub(crate) fn attach_host(&self, host: Weak<dyn LiveHost>) {
        let _ = self.host.set(host);
        self.refresh_status();
    }

    fn host(&self) -> Option<Arc<dyn LiveHost>> {
        self.host.get().and_then(Weak::upgrade)
    }

    /// Most sessions at once.
    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Sets (or removes) the application's media. Removing it ends every session.
    pub fn set_media(&self, media: Option<Arc<dyn LiveMedia>>) {
        let removed = media.is_none();
        *lock(&self.media) = media;
        if removed {
            self.end_all(|_| true, &EndReason::Shutdown);
        }
        self.refresh_status();
    }

    /// The stream's parameters, once video has arrived (`None`: no video). The video offer
    /// (`114`) follows them, and streaming is available only with them.
    pub fn set_video_format(&self, params: Option<VideoParams>) {
        let mut video = lock(&self.video);
        if *video == params {
            return;
        }
        *video = params.clone();
        drop(video);
        if let (Some(params), Some(host)) = (params, self.host()) {
            crate::logging::log_info!(target: LOG, "[{}] live video offer: {}x{} at {:?} fps, profile {} level {}", self.name,
                params.width, params.height, params.rounded_fps(), params.homekit_profile(), params.homekit_level());
            host.set_tlv(
                keys::SUPPORTED_VIDEO_STREAM_CONFIGURATION,
                offer::supported_video_stream_configuration(&params),
            );
        }
        self.refresh_status();
    }

    /// Sessions set up or streaming.
    pub fn session_count(&self) -> usize {
        lock(&self.sessions).len()
    }

    /// The streams running now.
    pub fn streams(&self) -> Vec<Arc<LiveStream>> {
        lock(&self.sessions)
            .values()
            .filter_map(|s| s.stream.clone())
            .collect()
    }

    /// The status `120` should show now.
    pub fn status(&self) -> StreamingStatus {
        let (camera, streaming) = self
            .host()
            .map(|h| h.activation())
            .unwrap_or((false, false));
        let ready = lock(&self.video).is_some() && lock(&self.media).is_some();
        if !camera || !streaming || !ready {
            StreamingStatus::Unavailable
        } else if self.session_count() >= self.limit {
            StreamingStatus::InUse
        } else {
            StreamingStatus::Available
        }
    }

    /// Publishes the status when it changed.
    fn refresh_status(&self) {
        let status = self.status();
        let mut published = lock(&self.published);
        if *published == Some(status) {
            return;
        }
        *published = Some(status);
        drop(published);
        crate::logging::log_info!(target: LOG, "[{}] streaming status: {status:?}", self.name);
        if let Some(host) = self.host() {
            host.set_tlv(keys::STREAMING_STATUS, status.to_bytes());
        }
    }

    /// The HAP connection `id` closed: its sessions end.
    pub(crate) fn connection_closed(&self, id: ConnectionId) {
        self.end_all(|s| s.connection == id, &EndReason::ConnectionClosed);
    }

    /// These pairings were removed: their sessions end.
    pub(crate) fn controllers_removed(&self, ids: &[String]) {
        self.end_all(|s| ids.contains(&s.controller), &EndReason::PairingRemoved);
    }

    /// HomeKitCameraActive or the RTP management Active changed: switched off, every session
    /// ends; the status follows either way.
    pub(crate) fn activation_changed(&self) {
        let (camera, streaming) = self
            .host()
            .map(|h| h.activation())
            .unwrap_or((false, false));
        if !camera || !streaming {
            self.end_all(|_| true, &EndReason::CameraDeactivated);
        }
        self.refresh_status();
    }

    /// Ends every session (the server stops).
    pub(crate) fn shutdown(&self) {
        self.end_all(|_| true, &EndReason::Shutdown);
    }

    fn end_all(&self, which: impl Fn(&Session) -> bool, reason: &EndReason) {
        let ids: Vec<SessionId> = lock(&self.sessions)
            .values()
            .filter(|s| which(s))
            .map(|s| s.id)
            .collect();
        for id in ids {
            self.end(&id, reason.clone());
        }
    }

    /// Ends a session: its tasks stop, its stream is told, its SSRCs are released.
    pub(crate) fn end(&self, id: &SessionId, reason: EndReason) {
        let Some(mut session) = lock(&self.sessions).remove(id) else {
            return;
        };
        session.abort_tasks();
        session::release_ssrcs(&[session.video_ssrc, session.audio_ssrc]);
        let sid = session_id_string(id);
        match session.stream.take() {
            Some(stream) => {
                stream.mark_ended();
                stream.send_bye();
                let ((vp, vo), (ap, ao)) = stream.sent();
                crate::logging::log_info!(target: LOG, "[{}] live {sid} ({}): ended, {reason}; sent {vp} video packets ({vo} bytes), {ap} audio packets ({ao} bytes), received {} packets",
                    self.name, session.controller, stream.packets_received());
                let media = lock(&self.media).clone();
                if let Some(media) = media {
                    media.stop(&stream, &reason);
                }
                if let Some(host) = self.host() {
                    host.live_event(LiveEvent::Ended {
                        session_id: sid,
                        controller: session.controller.clone(),
                        reason: reason.to_string(),
                    });
                }
            }
            None => {
                crate::logging::log_info!(target: LOG, "[{}] live {sid} ({}): setup dropped, {reason}", self.name, session.controller);
            }
        }
        self.refresh_status();
    }

    /// SetupEndpoints written by `ctx` (§10.4).
    fn setup(&self, ctx: &ConnectionContext, value: &[u8]) -> Result<WriteAnswer, i32> {
        let name = &self.name;
        let (camera, streaming) = self
            .host()
            .map(|h| h.activation())
            .unwrap_or((false, false));
        if !camera || !streaming {
            // HAP-NodeJS gating (§9.3).
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: SetupEndpoints refused: camera off (HomeKitCameraActive={camera}, RTP Active={streaming})", ctx.id);
            return Err(status::NOT_ALLOWED_IN_CURRENT_STATE);
        }
        let request = SetupRequest::parse(value).map_err(|e| {
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: SetupEndpoints refused: {e}", ctx.id);
            status::INVALID_VALUE_IN_REQUEST
        })?;
        let sid = session_id_string(&request.session_id);
        let answer = |response: SetupResponse| {
            let bytes = response.to_bytes();
            Ok(WriteAnswer {
                response: bytes.clone(),
                read_back: bytes,
            })
        };
        let refuse =
            |status: SetupStatus| answer(SetupResponse::refusal(request.session_id, status));
        if self.status() == StreamingStatus::Unavailable {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: setup refused: no video to stream yet");
            return refuse(SetupStatus::Error);
        }
        // A controller that sets up the same session again replaces its unstarted setup.
        let replaces = {
            let sessions = lock(&self.sessions);
            match sessions.get(&request.session_id) {
                Some(s) if s.controller == ctx.controller && s.stream.is_none() => true,
                Some(_) => {
                    crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: setup refused: session id in use");
                    return refuse(SetupStatus::Busy);
                }
                None => false,
            }
        };
        if replaces {
            self.end(&request.session_id, EndReason::Stopped);
        }
        let mut sessions = lock(&self.sessions);
        if sessions.len() >= self.limit {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: setup refused: busy, {} session(s) of {} in use", sessions.len(), self.limit);
            return refuse(SetupStatus::Busy);
        }
        let (Some(video_ssrc), Some(audio_ssrc)) =
            (session::allocate_ssrc(), session::allocate_ssrc())
        else {
            crate::logging::log_error!(target: LOG, "[{name}] live {sid}: no random SSRC available");
            return refuse(SetupStatus::Error);
        };
        let (prepared, response) = match session::prepare(
            &request,
            ctx.local.ip(),
            video_ssrc,
            audio_ssrc,
        ) {
            Ok(ok) => ok,
            Err(e) => {
                session::release_ssrcs(&[video_ssrc, audio_ssrc]);
                crate::logging::log_error!(target: LOG, "[{name}] live {sid}: setup failed: {e}");
                return refuse(SetupStatus::Error);
            }
        };
        let expiry = tokio::runtime::Handle::try_current().ok().map(|rt| {
            let view = self.me.clone();
            let id = request.session_id;
            rt.spawn(async move {
                tokio::time::sleep(SETUP_TTL).await;
                if let Some(view) = view.upgrade() {
                    let unstarted = lock(&view.sessions)
                        .get(&id)
                        .is_some_and(|s| s.stream.is_none());
                    if unstarted {
                        view.end(&id, EndReason::SetupExpired);
                    }
                }
            })
        });
        let ours = response.accessory;
        crate::logging::log_info!(target: LOG, "[{name}] live {sid}: set up for {} on conn {}: controller {}:{}/{} ({:?}/{:?}), ours {:?}, SSRC video {video_ssrc:08x} audio {audio_ssrc:08x}",
            ctx.controller, ctx.id, request.controller.ip, request.controller.video_port, request.controller.audio_port,
            request.video_srtp.suite, request.audio_srtp.suite, ours);
        sessions.insert(
            request.session_id,
            Session {
                id: request.session_id,
                connection: ctx.id,
                controller: ctx.controller.clone(),
                request: request.clone(),
                video_ssrc,
                audio_ssrc,
                prepared: Some(prepared),
                stream: None,
                task: None,
                expiry,
            },
        );
        drop(sessions);
        self.refresh_status();
        answer(response)
    }

    /// SelectedRTPStreamConfiguration written by `ctx` (§10.5).
    fn select(&self, ctx: &ConnectionContext, value: &[u8]) -> Result<WriteAnswer, i32> {
        let name = &self.name;
        let selection = SelectedStream::parse(value).map_err(|e| {
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: stream selection refused: {e}", ctx.id);
            status::INVALID_VALUE_IN_REQUEST
        })?;
        let sid = session_id_string(&selection.session_id);
        {
            let sessions = lock(&self.sessions);
            match sessions.get(&selection.session_id) {
                None => {
                    crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: {:?} from {} refused: no such session", selection.command, ctx.controller);
                    return Err(status::INVALID_VALUE_IN_REQUEST);
                }
                Some(s) if s.controller != ctx.controller => {
                    crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: {:?} from {} refused: the session belongs to {}", selection.command, ctx.controller, s.controller);
                    return Err(status::INVALID_VALUE_IN_REQUEST);
                }
                Some(_) => {}
            }
        }
        let stream = || {
            lock(&self.sessions)
                .get(&selection.session_id)
                .and_then(|s| s.stream.clone())
        };
        let media = || lock(&self.media).clone();
        match selection.command {
            Command::Start => self.start(ctx, &selection)?,
            Command::End => self.end(&selection.session_id, EndReason::Stopped),
            Command::Suspend | Command::Resume => {
                let Some(stream) = stream() else {
                    crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: {:?} refused: not started", selection.command);
                    return Err(status::NOT_ALLOWED_IN_CURRENT_STATE);
                };
                let suspend = selection.command == Command::Suspend;
                crate::logging::log_info!(target: LOG, "[{name}] live {sid}: {}", if suspend { "suspended" } else { "resumed" });
                stream.set_suspended(suspend);
                if let Some(media) = media() {
                    if suspend {
                        media.suspend(&stream);
                    } else {
                        media.resume(&stream);
                    }
                }
            }
            Command::Reconfigure => {
                let Some(stream) = stream() else {
                    crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: reconfigure refused: not started");
                    return Err(status::NOT_ALLOWED_IN_CURRENT_STATE);
                };
                let mut video = stream.video();
                if let Some(v) = &selection.video {
                    if let Some((w, h, fps)) = v.attributes {
                        (video.width, video.height, video.fps) = (w, h, fps);
                    }
                    if let Some(rtp) = v.rtp {
                        video.max_bitrate_kbps = rtp.max_bitrate_kbps;
                        if rtp.min_rtcp_interval > 0.0 {
                            video.rtcp_interval = rtcp_interval(rtp.min_rtcp_interval);
                        }
                    }
                }
                crate::logging::log_info!(target: LOG, "[{name}] live {sid}: reconfigured to {}x{}@{} at {} kbit/s, RTCP every {:?} (the stream is sent as it is, not transcoded)",
                    video.width, video.height, video.fps, video.max_bitrate_kbps, video.rtcp_interval);
                stream.set_video(video);
                if let Some(media) = media() {
                    media.reconfigure(&stream);
                }
            }
        }
        Ok(WriteAnswer {
            response: Vec::new(),
            read_back: value.to_vec(),
        })
    }

    fn start(&self, ctx: &ConnectionContext, selection: &SelectedStream) -> Result<(), i32> {
        let name = &self.name;
        let sid = session_id_string(&selection.session_id);
        let (camera, streaming) = self
            .host()
            .map(|h| h.activation())
            .unwrap_or((false, false));
        if !camera || !streaming {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: start refused: camera off");
            return Err(status::NOT_ALLOWED_IN_CURRENT_STATE);
        }
        let Some(media) = lock(&self.media).clone() else {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: start refused: no media");
            return Err(status::SERVICE_COMMUNICATION_FAILURE);
        };
        let Some(rt) = tokio::runtime::Handle::try_current().ok() else {
            return Err(status::SERVICE_COMMUNICATION_FAILURE);
        };
        let Some(video_params) = &selection.video else {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: start refused: no video parameters");
            return Err(status::INVALID_VALUE_IN_REQUEST);
        };
        let Some(video_rtp) = video_params.rtp else {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: start refused: no video RTP parameters");
            return Err(status::INVALID_VALUE_IN_REQUEST);
        };
        let stream_format = lock(&self.video).clone();
        let mut sessions = lock(&self.sessions);
        let Some(session) = sessions.get_mut(&selection.session_id) else {
            return Err(status::INVALID_VALUE_IN_REQUEST);
        };
        if session.stream.is_some() {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: start refused: already started");
            return Err(status::NOT_ALLOWED_IN_CURRENT_STATE);
        }
        let Some(prepared) = session.prepared.take() else {
            return Err(status::NOT_ALLOWED_IN_CURRENT_STATE);
        };
        let controller = session.request.controller;
        let ipv6 = controller.ip.is_ipv6();
        let (w, h, fps) = video_params.attributes.unwrap_or_else(|| {
            stream_format.as_ref().map_or((0, 0, 0), |p| {
                (
                    u16::try_from(p.width).unwrap_or(0),
                    u16::try_from(p.height).unwrap_or(0),
                    p.rounded_fps()
                        .and_then(|f| u8::try_from(f).ok())
                        .unwrap_or(0),
                )
            })
        });
        let video = VideoSelection {
            payload_type: video_rtp.payload_type & 0x7f,
            ssrc: session.video_ssrc,
            controller_ssrc: video_rtp.ssrc,
            mtu: video_rtp.max_mtu.unwrap_or(if ipv6 {
                DEFAULT_MTU_IPV6
            } else {
                DEFAULT_MTU_IPV4
            }),
            max_bitrate_kbps: video_rtp.max_bitrate_kbps,
            rtcp_interval: rtcp_interval(video_rtp.min_rtcp_interval),
            width: w,
            height: h,
            fps,
            profile: video_params.profile,
            level: video_params.level,
        };
        let audio = selection.audio.as_ref().and_then(|a| {
            Some(AudioSelection {
                codec: AudioCodec::from_code(a.codec),
                sample_rate: a.sample_rate_hz()?,
                channels: a.channels,
                packet_time_ms: a.packet_time_ms,
                payload_type: a.rtp.payload_type & 0x7f,
                ssrc: session.audio_ssrc,
                controller_ssrc: a.rtp.ssrc,
                max_bitrate_kbps: a.rtp.max_bitrate_kbps,
                rtcp_interval: rtcp_interval(a.rtp.min_rtcp_interval),
                comfort_noise: a.comfort_noise,
            })
        });
        let built = (|| -> Result<_, String> {
            let video_local = prepared
                .video_socket
                .local_addr()
                .map_err(|e| e.to_string())?;
            let audio_local = prepared
                .audio_socket
                .local_addr()
                .map_err(|e| e.to_string())?;
            let video_tx =
                Sender::new(session::context(&prepared.video_srtp).map_err(|e| e.to_string())?)
                    .map_err(|e| e.to_string())?;
            let audio_tx =
                Sender::new(session::context(&prepared.audio_srtp).map_err(|e| e.to_string())?)
                    .map_err(|e| e.to_string())?;
            let video_rx =
                session::context(&session.request.video_srtp).map_err(|e| e.to_string())?;
            let audio_rx =
                session::context(&session.request.audio_srtp).map_err(|e| e.to_string())?;
            let video_send = prepared
                .video_socket
                .try_clone()
                .map_err(|e| e.to_string())?;
            let audio_send = prepared
                .audio_socket
                .try_clone()
                .map_err(|e| e.to_string())?;
            let _guard = rt.enter();
            let video_recv = tokio::net::UdpSocket::from_std(prepared.video_socket)
                .map_err(|e| e.to_string())?;
            let audio_recv = tokio::net::UdpSocket::from_std(prepared.audio_socket)
                .map_err(|e| e.to_string())?;
            let stream = Arc::new(LiveStream::new(StreamParts {
                id: selection.session_id,
                controller: session.controller.clone(),
                name: name.clone(),
                video,
                audio,
                video_path: Path {
                    socket: video_send,
                    dest: session::destination(
                        video_local.ip(),
                        controller.ip,
                        controller.video_port,
                    ),
                },
                audio_path: Path {
                    socket: audio_send,
                    dest: session::destination(
                        audio_local.ip(),
                        controller.ip,
                        controller.audio_port,
                    ),
                },
                video_tx,
                audio_tx,
            }));
            Ok((stream, video_recv, audio_recv, video_rx, audio_rx))
        })();
        let (stream, video_socket, audio_socket, video_rx, audio_rx) = match built {
            Ok(parts) => parts,
            Err(e) => {
                drop(sessions);
                crate::logging::log_error!(target: LOG, "[{name}] live {sid}: cannot start: {e}");
                self.end(&selection.session_id, EndReason::MediaFailed(e));
                return Err(status::SERVICE_COMMUNICATION_FAILURE);
            }
        };
        session.task = Some(rt.spawn(session::run(TaskParts {
            view: self.me.clone(),
            stream: stream.clone(),
            video_socket,
            audio_socket,
            video_rx,
            audio_rx,
            controller_ip: controller.ip,
        })));
        if let Some(expiry) = session.expiry.take() {
            expiry.abort();
        }
        session.stream = Some(stream.clone());
        drop(sessions);
        crate::logging::log_info!(target: LOG, "[{name}] live {sid}: start for {} (conn {}): video {:?} to {}, audio {:?}",
            ctx.controller, ctx.id, stream.video(), stream.video_destination(), stream.audio());
        if let Err(e) = media.start(stream.clone()) {
            crate::logging::log_warn!(target: LOG, "[{name}] live {sid}: the media could not start: {e}");
            self.end(&selection.session_id, EndReason::MediaFailed(e));
            return Err(status::SERVICE_COMMUNICATION_FAILURE);
        }
        if let Some(host) = self.host() {
            host.live_event(LiveEvent::Started {
                session_id: sid,
                controller: ctx.controller.clone(),
            });
        }
        Ok(())
    }

    /// The handler of SetupEndpoints writes.
    pub fn setup_endpoints_handler(self: &Arc<Self>) -> Arc<dyn ConnectionWriteHandler> {
        Arc::new(SetupEndpointsWrites(self.clone()))
    }

    /// The handler of SelectedRTPStreamConfiguration writes.
    pub fn selected_stream_handler(self: &Arc<Self>) -> Arc<dyn ConnectionWriteHandler> {
        Arc::new(SelectedStreamWrites(self.clone()))
    }
}

/// The RTCP interval of a selection (seconds as f32; 0 or nonsense means 0.5 s, §10.5).
fn rtcp_interval(seconds: f32) -> Duration {
    if seconds.is_finite() && seconds > 0.0 {
        Duration::from_secs_f32(seconds.min(60.0))
    } else {
        Duration::from_millis(500)
    }
}

struct SetupEndpointsWrites(Arc<LiveView>);

impl ConnectionWriteHandler for SetupEndpointsWrites {
    fn write(&self, ctx: &ConnectionContext, value: &[u8]) -> Result<WriteAnswer, i32> {
        self.0.setup(ctx, value)
    }
}

struct SelectedStreamWrites(Arc<LiveView>);

impl ConnectionWriteHandler for SelectedStreamWrites {
    fn write(&self, ctx: &ConnectionContext, value: &[u8]) -> Result<WriteAnswer, i32> {
        self.0.select(ctx, value)
    }
}
