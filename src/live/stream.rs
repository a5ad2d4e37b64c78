//! One running live-view stream as the application sees it ([`LiveStream`]): what the
//! controller selected, and the send path (protect with our keys, send over UDP, count for
//! the sender reports). Sending is synchronous and never blocks: it runs on the
//! application's streaming thread, and a full socket buffer drops the packet.

use std::io;
use std::net::{SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

use super::LOG;
use super::rtcp::{self, SenderReport};
use super::setup_endpoints::{SessionId, session_id_string};
use super::srtp::{SrtpContext, SrtpError};

/// RTP clock rate of H.264 video (RFC 6184 §8.2.1).
pub const VIDEO_CLOCK_RATE: u32 = 90_000;

/// Default video MTU over IPv4 when the controller gives none (reference §10.5).
pub const DEFAULT_MTU_IPV4: u16 = 1378;
/// Default video MTU over IPv6 (reference §10.5).
pub const DEFAULT_MTU_IPV6: u16 = 1228;

/// The video the controller selected, with our side of it.
#[derive(Clone, Debug, PartialEq)]
pub struct VideoSelection {
    /// RTP payload type to send with.
    pub payload_type: u8,
    /// Our SSRC (from the SetupEndpoints answer).
    pub ssrc: u32,
    /// The controller's SSRC for video (it reports with it).
    pub controller_ssrc: u32,
    /// Largest RTP packet to send (the selection's, or the §10.5 default).
    pub mtu: u16,
    /// Bit rate the controller asked for, kbit/s (the stream is not transcoded: informative).
    pub max_bitrate_kbps: u16,
    /// Interval of our sender reports.
    pub rtcp_interval: Duration,
    /// Width the controller asked for.
    pub width: u16,
    /// Height the controller asked for.
    pub height: u16,
    /// Frame rate the controller asked for.
    pub fps: u8,
    /// H.264 profile id (§10.1) asked for.
    pub profile: Option<u8>,
    /// H.264 level id (§10.1) asked for.
    pub level: Option<u8>,
}

/// Live-view audio codecs (reference §10.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AudioCodec {
    /// AAC-ELD (2).
    AacEld,
    /// Opus (3).
    Opus,
    /// Another code of §10.2.
    Other(u8),
}

impl AudioCodec {
    /// From the §10.2 code.
    pub fn from_code(code: u8) -> Self {
        match code {
            2 => AudioCodec::AacEld,
            3 => AudioCodec::Opus,
            other => AudioCodec::Other(other),
        }
    }
}

/// The audio the controller selected, with our side of it.
#[derive(Clone, Debug, PartialEq)]
pub struct AudioSelection {
    /// Codec.
    pub codec: AudioCodec,
    /// Sample rate in Hz (8000, 16000 or 24000): also the RTP clock rate (reference §10.5:
    /// HomeKit Opus timestamps advance at the selected rate, not 48 kHz).
    pub sample_rate: u32,
    /// Channels.
    pub channels: u8,
    /// RTP packet time, ms.
    pub packet_time_ms: u8,
    /// RTP payload type to send with.
    pub payload_type: u8,
    /// Our SSRC.
    pub ssrc: u32,
    /// The controller's SSRC for audio (talkback is sent with it).
    pub controller_ssrc: u32,
    /// Bit rate asked for, kbit/s.
    pub max_bitrate_kbps: u16,
    /// Interval of our sender reports.
    pub rtcp_interval: Duration,
    /// Comfort noise asked for.
    pub comfort_noise: bool,
}

/// One audio packet from the controller (two-way audio), decrypted.
#[derive(Clone, Copy, Debug)]
pub struct TalkbackPacket<'a> {
    /// The RTP payload (an Opus or AAC-ELD frame).
    pub payload: &'a [u8],
    /// RTP timestamp (at the selected sample rate).
    pub timestamp: u32,
    /// RTP sequence number.
    pub sequence: u16,
    /// RTP payload type.
    pub payload_type: u8,
    /// RTP marker bit.
    pub marker: bool,
}

/// Receives the controller's audio; called on the server runtime, so it must not block.
pub type TalkbackCallback = Box<dyn Fn(TalkbackPacket<'_>) + Send + Sync>;

/// Why a packet was not sent.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The session has ended: stop sending.
    #[error("the live session has ended")]
    Ended,
    /// The session has no audio selection.
    #[error("the session has no audio")]
    NoAudio,
    /// Not an RTP packet.
    #[error(transparent)]
    Packet(#[from] SrtpError),
    /// The socket refused it (other than a full buffer, which drops the packet).
    #[error("UDP send failed: {0}")]
    Io(#[from] io::Error),
}

/// The sending side of one medium.
pub(super) struct Sender {
    srtp: SrtpContext,
    buf: Vec<u8>,
    packets: u32,
    octets: u32,
    /// The last RTP timestamp sent and when, for the sender report's extrapolation.
    last: Option<(u32, Instant)>,
    /// Audio built here: next sequence number and timestamp.
    next_seq: u16,
    next_timestamp: u32,
    dropped: u64,
}

impl Sender {
    pub(super) fn new(srtp: SrtpContext) -> Result<Self, SrtpError> {
        let [a, b, c, d, e, f] = crate::crypto::random_array::<6>().unwrap_or_default();
        Ok(Sender {
            srtp,
            buf: Vec::with_capacity(1500),
            packets: 0,
            octets: 0,
            last: None,
            next_seq: u16::from_be_bytes([a, b]),
            next_timestamp: u32::from_be_bytes([c, d, e, f]),
            dropped: 0,
        })
    }
}

/// One medium's socket and destination.
pub(super) struct Path {
    pub socket: UdpSocket,
    pub dest: SocketAddr,
}

/// A running live-view stream. The application gets it in [`super::LiveMedia::start`] and
/// sends through it until [`super::LiveMedia::stop`] (or until a send returns
/// [`SendError::Ended`]).
pub struct LiveStream {
    id: SessionId,
    controller: String,
    name: String,
    video: Mutex<VideoSelection>,
    audio: Option<AudioSelection>,
    video_path: Path,
    audio_path: Path,
    video_tx: Mutex<Sender>,
    audio_tx: Mutex<Sender>,
    talkback: Mutex<Option<Arc<TalkbackCallback>>>,
    suspended: AtomicBool,
    ended: AtomicBool,
    keyframe_wanted: AtomicBool,
    received: AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl std::fmt::Debug for LiveStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveStream")
            .field("session", &self.session_id_string())
            .field("controller", &self.controller)
            .field("video", &*lock(&self.video))
            .field("audio", &self.audio)
            .finish_non_exhaustive()
    }
}

/// What [`LiveStream::new`] needs.
pub(super) struct StreamParts {
    pub id: SessionId,
    pub controller: String,
    pub name: String,
    pub video: VideoSelection,
    pub audio: Option<AudioSelection>,
    pub video_path: Path,
    pub audio_path: Path,
    pub video_tx: Sender,
    pub audio_tx: Sender,
}

impl LiveStream {
    pub(super) fn new(parts: StreamParts) -> Self {
        LiveStream {
            id: parts.id,
            controller: parts.controller,
            name: parts.name,
            video: Mutex::new(parts.video),
            audio: parts.audio,
            video_path: parts.video_path,
            audio_path: parts.audio_path,
            video_tx: Mutex::new(parts.video_tx),
            audio_tx: Mutex::new(parts.audio_tx),
            talkback: Mutex::new(None),
            suspended: AtomicBool::new(false),
            ended: AtomicBool::new(false),
            keyframe_wanted: AtomicBool::new(true),
            received: AtomicU64::new(0),
        }
    }

    /// The session id (the controller's UUID).
    pub fn session_id(&self) -> SessionId {
        self.id
    }

    /// The session id as a UUID string.
    pub fn session_id_string(&self) -> String {
        session_id_string(&self.id)
    }

    /// The controller's pairing identifier.
    pub fn controller(&self) -> &str {
        &self.controller
    }

    /// The selected video (changes on reconfigure).
    pub fn video(&self) -> VideoSelection {
        lock(&self.video).clone()
    }

    /// The selected audio, if the controller selected audio.
    pub fn audio(&self) -> Option<AudioSelection> {
        self.audio.clone()
    }

    /// Where the video goes (the controller's address and video port).
    pub fn video_destination(&self) -> SocketAddr {
        self.video_path.dest
    }

    /// Our video socket's address.
    pub fn video_source(&self) -> Option<SocketAddr> {
        self.video_path.socket.local_addr().ok()
    }

    /// Whether the controller suspended the stream (nothing is sent meanwhile).
    pub fn is_suspended(&self) -> bool {
        self.suspended.load(Ordering::Acquire)
    }

    /// Whether the session has ended.
    pub fn is_ended(&self) -> bool {
        self.ended.load(Ordering::Acquire)
    }

    /// Whether the stream needs a keyframe now (at the start and on resume); reading it
    /// clears it.
    pub fn take_keyframe_request(&self) -> bool {
        self.keyframe_wanted.swap(false, Ordering::AcqRel)
    }

    /// Sends one RTP packet of video (its SSRC is set to ours): protected with our video key
    /// and sent to the controller's video port. Counts for the sender reports. While
    /// suspended the packet is dropped (`Ok`). A full socket buffer drops it too.
    pub fn send_video_rtp(&self, packet: &[u8]) -> Result<(), SendError> {
        if self.is_ended() {
            return Err(SendError::Ended);
        }
        if self.is_suspended() {
            return Ok(());
        }
        let ssrc = lock(&self.video).ssrc;
        let header = super::srtp::rtp_header_len(packet)?;
        let mut tx = lock(&self.video_tx);
        let tx = &mut *tx;
        let mut plain = std::mem::take(&mut tx.buf);
        plain.clear();
        plain.extend_from_slice(packet);
        plain[8..12].copy_from_slice(&ssrc.to_be_bytes());
        let timestamp = u32::from_be_bytes([plain[4], plain[5], plain[6], plain[7]]);
        let mut out = Vec::with_capacity(plain.len() + super::srtp::TAG_LEN);
        let result = tx.srtp.protect_rtp(&plain, &mut out);
        tx.buf = plain;
        result?;
        self.transmit(&self.video_path, tx, &out, packet.len() - header, timestamp)
    }

    /// Sends one audio frame: the RTP header (our SSRC, the selected payload type, the
    /// running sequence number and timestamp) is built here, then the packet is protected and
    /// sent. `samples_at_selected_rate` advances the timestamp for the next frame (reference
    /// §10.5: HomeKit Opus runs at the selected rate, e.g. 320 per 20 ms at 16 kHz).
    pub fn send_audio(
        &self,
        payload: &[u8],
        samples_at_selected_rate: u32,
    ) -> Result<(), SendError> {
        if self.is_ended() {
            return Err(SendError::Ended);
        }
        let Some(audio) = &self.audio else {
            return Err(SendError::NoAudio);
        };
        if self.is_suspended() {
            return Ok(());
        }
        let mut tx = lock(&self.audio_tx);
        let tx = &mut *tx;
        let (seq, timestamp) = (tx.next_seq, tx.next_timestamp);
        tx.next_seq = seq.wrapping_add(1);
        tx.next_timestamp = timestamp.wrapping_add(samples_at_selected_rate);
        let mut plain = std::mem::take(&mut tx.buf);
        plain.clear();
        plain.extend_from_slice(&[0x80, audio.payload_type & 0x7f]);
        plain.extend_from_slice(&seq.to_be_bytes());
        plain.extend_from_slice(&timestamp.to_be_bytes());
        plain.extend_from_slice(&audio.ssrc.to_be_bytes());
        plain.extend_from_slice(payload);
        let mut out = Vec::with_capacity(plain.len() + super::srtp::TAG_LEN);
        let result = tx.srtp.protect_rtp(&plain, &mut out);
        tx.buf = plain;
        result?;
        self.transmit(&self.audio_path, tx, &out, payload.len(), timestamp)
    }

    fn transmit(
        &self,
        path: &Path,
        tx: &mut Sender,
        wire: &[u8],
        payload_len: usize,
        timestamp: u32,
    ) -> Result<(), SendError> {
        match path.socket.send_to(wire, path.dest) {
            Ok(_) => {
                tx.packets = tx.packets.wrapping_add(1);
                tx.octets = tx.octets.wrapping_add(payload_len as u32);
                tx.last = Some((timestamp, Instant::now()));
                Ok(())
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                tx.dropped += 1;
                if tx.dropped.is_power_of_two() {
                    crate::logging::log_debug!(target: LOG, "[{}] live {}: socket buffer full, {} packet(s) dropped so far",
                        self.name, self.session_id_string(), tx.dropped);
                }
                Ok(())
            }
            Err(e) => Err(SendError::Io(e)),
        }
    }

    /// Sets (or removes) the receiver of the controller's audio.
    pub fn set_talkback(&self, callback: Option<TalkbackCallback>) {
        *lock(&self.talkback) = callback.map(Arc::new);
    }

    /// Delivers a talkback packet (called by the session task).
    pub(super) fn deliver_talkback(&self, packet: TalkbackPacket<'_>) {
        let callback = lock(&self.talkback).clone();
        if let Some(callback) = callback {
            callback(packet);
        }
    }

    /// Counts a packet from the controller.
    pub(super) fn heard(&self) {
        self.received.fetch_add(1, Ordering::Relaxed);
    }

    /// Packets received from the controller (RTCP and audio).
    pub fn packets_received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }

    pub(super) fn set_suspended(&self, suspended: bool) {
        self.suspended.store(suspended, Ordering::Release);
        if !suspended {
            self.keyframe_wanted.store(true, Ordering::Release);
        }
    }

    pub(super) fn set_video(&self, video: VideoSelection) {
        *lock(&self.video) = video;
    }

    pub(super) fn mark_ended(&self) -> bool {
        !self.ended.swap(true, Ordering::AcqRel)
    }

    /// Sends the protected sender report of the video (`video`) or audio, if anything was
    /// sent on it; the RTP timestamp is extrapolated from the last packet sent.
    pub(super) fn send_sender_report(&self, video: bool) {
        let (path, tx, ssrc, rate) = if video {
            (
                &self.video_path,
                &self.video_tx,
                lock(&self.video).ssrc,
                VIDEO_CLOCK_RATE,
            )
        } else {
            let Some(audio) = &self.audio else { return };
            (
                &self.audio_path,
                &self.audio_tx,
                audio.ssrc,
                audio.sample_rate,
            )
        };
        let mut tx = lock(tx);
        let Some((timestamp, at)) = tx.last else {
            return;
        };
        let elapsed = at.elapsed();
        let ticks = (elapsed.as_nanos() * u128::from(rate) / 1_000_000_000) as u32;
        let since_unix = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .unwrap_or_default();
        let report = SenderReport {
            ssrc,
            ntp: rtcp::ntp_timestamp(since_unix),
            rtp_timestamp: timestamp.wrapping_add(ticks),
            packets: tx.packets,
            octets: tx.octets,
        };
        let plain = report.to_bytes(&self.name);
        self.send_rtcp(path, &mut tx, &plain);
    }

    /// Sends a protected BYE for our SSRC of each medium used (the session ends).
    pub(super) fn send_bye(&self) {
        let ssrc = lock(&self.video).ssrc;
        let mut tx = lock(&self.video_tx);
        if tx.packets > 0 {
            self.send_rtcp(&self.video_path, &mut tx, &rtcp::bye(ssrc));
        }
        drop(tx);
        if let Some(audio) = &self.audio {
            let mut tx = lock(&self.audio_tx);
            if tx.packets > 0 {
                self.send_rtcp(&self.audio_path, &mut tx, &rtcp::bye(audio.ssrc));
            }
        }
    }

    fn send_rtcp(&self, path: &Path, tx: &mut Sender, plain: &[u8]) {
        let mut out = Vec::with_capacity(plain.len() + 14);
        if let Err(e) = tx.srtp.protect_rtcp(plain, &mut out) {
            crate::logging::log_warn!(target: LOG, "[{}] live {}: cannot protect RTCP: {e}", self.name, self.session_id_string());
            return;
        }
        if let Err(e) = path.socket.send_to(&out, path.dest) {
            crate::logging::log_debug!(target: LOG, "[{}] live {}: RTCP to {} not sent: {e}", self.name, self.session_id_string(), path.dest);
        }
    }

    /// Packets and payload octets sent: (video, audio).
    pub fn sent(&self) -> ((u32, u32), (u32, u32)) {
        let v = lock(&self.video_tx);
        let a = lock(&self.audio_tx);
        ((v.packets, v.octets), (a.packets, a.octets))
    }
}
