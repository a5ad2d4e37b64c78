//! One live-view session: set up by SetupEndpoints (sockets, keys, SSRCs), started by
//! SelectedRTPStreamConfiguration, and its task on the server runtime that reads what the
//! controller sends (SRTCP on both ports, talkback audio on the audio port), sends our sender
//! reports, and ends the session when the controller goes silent.

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::{Arc, LazyLock, Mutex, Weak};
use std::time::{Duration, Instant};

use super::rtcp::{self, RtcpPacket};
use super::setup_endpoints::{
    Endpoint, SessionId, SetupRequest, SetupResponse, SetupStatus, SrtpParameters, SrtpSuite,
};
use super::srtp::{SrtpContext, SrtpError};
use super::stream::LiveStream;
use super::{EndReason, LOG, LiveView};
use crate::pairing::ConnectionId;

/// Silence after which a started session ends: no RTCP and no RTP from the controller for
/// this long (a choice made for issue 15). Controllers send RTCP receiver reports at the
/// RTCP interval (about 0.5 s, reference §10.5), so 10 s is many missed reports; it keeps a
/// controller that vanished without a stop from holding a session slot for long.
pub const SILENCE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a SetupEndpoints answer waits for its start command.
pub const SETUP_TTL: Duration = Duration::from_secs(30);
/// Sender reports go out at the selected minimum RTCP interval, within these bounds (a 0
/// interval, seen on reconfigure, means the default).
const MIN_RTCP_INTERVAL: Duration = Duration::from_millis(500);
const MAX_RTCP_INTERVAL: Duration = Duration::from_secs(5);
/// Largest datagram read.
const RECV_BUFFER: usize = 2048;

/// SSRCs in use by any session in this process: every session gets its own.
static SSRCS: LazyLock<Mutex<HashSet<u32>>> = LazyLock::new(|| Mutex::new(HashSet::new()));

/// A random SSRC not used by another session of the process (0 is avoided).
pub(super) fn allocate_ssrc() -> Option<u32> {
    let mut used = SSRCS.lock().unwrap_or_else(|e| e.into_inner());
    for _ in 0..16 {
        let ssrc = u32::from_be_bytes(crate::crypto::random_array::<4>().ok()?);
        if ssrc != 0 && used.insert(ssrc) {
            return Some(ssrc);
        }
    }
    None
}

/// Returns SSRCs to the pool.
pub(super) fn release_ssrcs(ssrcs: &[u32]) {
    let mut used = SSRCS.lock().unwrap_or_else(|e| e.into_inner());
    for s in ssrcs {
        used.remove(s);
    }
}

/// A session's sockets and keys, from SetupEndpoints until the stream starts.
pub(super) struct Prepared {
    pub video_socket: UdpSocket,
    pub audio_socket: UdpSocket,
    pub video_srtp: SrtpParameters,
    pub audio_srtp: SrtpParameters,
}

/// One session in the manager's table.
pub(super) struct Session {
    pub id: SessionId,
    pub connection: ConnectionId,
    pub controller: String,
    pub request: SetupRequest,
    pub video_ssrc: u32,
    pub audio_ssrc: u32,
    pub prepared: Option<Prepared>,
    pub stream: Option<Arc<LiveStream>>,
    pub task: Option<tokio::task::JoinHandle<()>>,
    pub expiry: Option<tokio::task::JoinHandle<()>>,
}

impl Session {
    /// Stops the tasks (the caller ends the stream).
    pub fn abort_tasks(&mut self) {
        if let Some(t) = self.task.take() {
            t.abort();
        }
        if let Some(t) = self.expiry.take() {
            t.abort();
        }
    }
}

/// Our SRTP parameters for a medium: random key and salt for AES-CM (reference §10.4: what
/// we send is protected with what we answer), none for none.
fn our_srtp(theirs: &SrtpParameters) -> Result<SrtpParameters, String> {
    match theirs.suite {
        SrtpSuite::AesCm128HmacSha1_80 => {
            let key = crate::crypto::random_array::<16>().map_err(|e| e.to_string())?;
            let salt = crate::crypto::random_array::<14>().map_err(|e| e.to_string())?;
            Ok(SrtpParameters {
                suite: theirs.suite,
                key: key.to_vec(),
                salt: salt.to_vec(),
            })
        }
        SrtpSuite::None => Ok(SrtpParameters {
            suite: SrtpSuite::None,
            key: Vec::new(),
            salt: Vec::new(),
        }),
        SrtpSuite::AesCm256HmacSha1_80 => Err("AES_256_CM_HMAC_SHA1_80 is not offered".into()),
    }
}

/// The SRTP context of a suite and keys.
pub(super) fn context(params: &SrtpParameters) -> Result<SrtpContext, SrtpError> {
    match params.suite {
        SrtpSuite::None => Ok(SrtpContext::null()),
        _ => SrtpContext::aes_cm_128(&params.key, &params.salt),
    }
}

/// The address to send to from a socket bound to `local`: an IPv4 controller reached from
/// an IPv6 (dual-stack) socket is addressed as IPv4-mapped.
pub(super) fn destination(local: IpAddr, controller: IpAddr, port: u16) -> SocketAddr {
    match (local, controller) {
        (IpAddr::V6(_), IpAddr::V4(v4)) => SocketAddr::new(IpAddr::V6(v4.to_ipv6_mapped()), port),
        _ => SocketAddr::new(controller, port),
    }
}

/// Binds the two sockets on the address the controller reached us at (port 0), and builds
/// the answer. `local` is our address on the HAP connection.
pub(super) fn prepare(
    request: &SetupRequest,
    local: IpAddr,
    video_ssrc: u32,
    audio_ssrc: u32,
) -> Result<(Prepared, SetupResponse), String> {
    let bind = |what: &str| -> Result<UdpSocket, String> {
        let socket = UdpSocket::bind(SocketAddr::new(local, 0))
            .map_err(|e| format!("cannot bind the {what} socket on {local}: {e}"))?;
        socket
            .set_nonblocking(true)
            .map_err(|e| format!("{what} socket: {e}"))?;
        Ok(socket)
    };
    let video_socket = bind("video")?;
    let audio_socket = bind("audio")?;
    let port = |s: &UdpSocket| s.local_addr().map(|a| a.port()).unwrap_or(0);
    // Reference §10.4: the answer's address has the request's IP version.
    let ip = match (request.controller.ip, local) {
        (IpAddr::V4(_), IpAddr::V6(v6)) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(local),
        (IpAddr::V6(_), IpAddr::V4(v4)) => IpAddr::V6(v4.to_ipv6_mapped()),
        _ => local,
    };
    let video_srtp = our_srtp(&request.video_srtp)?;
    let audio_srtp = our_srtp(&request.audio_srtp)?;
    let response = SetupResponse {
        session_id: request.session_id,
        status: SetupStatus::Success,
        accessory: Some(Endpoint {
            ip,
            video_port: port(&video_socket),
            audio_port: port(&audio_socket),
        }),
        video_srtp: Some(video_srtp.clone()),
        audio_srtp: Some(audio_srtp.clone()),
        video_ssrc,
        audio_ssrc,
    };
    Ok((
        Prepared {
            video_socket,
            audio_socket,
            video_srtp,
            audio_srtp,
        },
        response,
    ))
}

/// What the running task owns.
pub(super) struct TaskParts {
    pub view: Weak<LiveView>,
    pub stream: Arc<LiveStream>,
    pub video_socket: tokio::net::UdpSocket,
    pub audio_socket: tokio::net::UdpSocket,
    /// The controller's keys: what it sends on the video port (RTCP).
    pub video_rx: SrtpContext,
    /// What it sends on the audio port (RTCP, talkback).
    pub audio_rx: SrtpContext,
    pub controller_ip: IpAddr,
}

/// The task of a started session; ends the session itself on silence or BYE.
pub(super) async fn run(parts: TaskParts) {
    let TaskParts {
        view,
        stream,
        video_socket,
        audio_socket,
        mut video_rx,
        mut audio_rx,
        controller_ip,
    } = parts;
    let name = view.upgrade().map(|v| v.name.clone()).unwrap_or_default();
    let id = stream.session_id_string();
    let mut video_buf = vec![0u8; RECV_BUFFER];
    let mut audio_buf = vec![0u8; RECV_BUFFER];
    let mut last_heard = Instant::now();
    let mut next_report = Instant::now() + MIN_RTCP_INTERVAL;
    let mut tick = tokio::time::interval(Duration::from_millis(100));
    let reason = loop {
        tokio::select! {
            received = video_socket.recv_from(&mut video_buf) => match received {
                Ok((n, from)) => match on_packet(&name, &id, &stream, &mut video_rx, controller_ip, from, &video_buf[..n], false) {
                    Received::End(end) => break end,
                    Received::Heard => last_heard = Instant::now(),
                    Received::Refused => {}
                },
                Err(e) => crate::logging::log_debug!(target: LOG, "[{name}] live {id}: video socket: {e}"),
            },
            received = audio_socket.recv_from(&mut audio_buf) => match received {
                Ok((n, from)) => match on_packet(&name, &id, &stream, &mut audio_rx, controller_ip, from, &audio_buf[..n], true) {
                    Received::End(end) => break end,
                    Received::Heard => last_heard = Instant::now(),
                    Received::Refused => {}
                },
                Err(e) => crate::logging::log_debug!(target: LOG, "[{name}] live {id}: audio socket: {e}"),
            },
            _ = tick.tick() => {
                let now = Instant::now();
                if now.duration_since(last_heard) >= SILENCE_TIMEOUT {
                    break EndReason::ControllerSilent;
                }
                if now >= next_report {
                    if !stream.is_suspended() {
                        stream.send_sender_report(true);
                        stream.send_sender_report(false);
                    }
                    let interval = stream.video().rtcp_interval.clamp(MIN_RTCP_INTERVAL, MAX_RTCP_INTERVAL);
                    next_report = now + interval;
                }
            }
        }
    };
    if let Some(view) = view.upgrade() {
        view.end(&stream.session_id(), reason);
    }
}

fn same_host(a: IpAddr, b: IpAddr) -> bool {
    let canonical = |ip: IpAddr| match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    };
    canonical(a) == canonical(b)
}

/// What one datagram on a session's socket meant.
enum Received {
    /// Not from the controller, or not authenticated with its key: no sign of life (anyone
    /// can send a datagram from the controller's address).
    Refused,
    /// Authenticated with the controller's key: it is still there.
    Heard,
    /// An authenticated BYE: the session ends.
    End(EndReason),
}

/// Handles one datagram; only what authenticates with the controller's key counts as a sign
/// of life for the silence limit.
#[allow(clippy::too_many_arguments)]
fn on_packet(
    name: &str,
    id: &str,
    stream: &LiveStream,
    rx: &mut SrtpContext,
    controller_ip: IpAddr,
    from: SocketAddr,
    bytes: &[u8],
    audio: bool,
) -> Received {
    let medium = if audio { "audio" } else { "video" };
    if !same_host(from.ip(), controller_ip) {
        crate::logging::log_debug!(target: LOG, "[{name}] live {id}: {medium} packet from {from} ignored (not the controller)");
        return Received::Refused;
    }
    let mut packet = bytes.to_vec();
    if rtcp::is_rtcp(&packet) {
        if let Err(e) = rx.unprotect_rtcp(&mut packet) {
            crate::logging::log_debug!(target: LOG, "[{name}] live {id}: {medium} RTCP from {from} refused: {e}");
            return Received::Refused;
        }
        stream.heard();
        match rtcp::parse_compound(&packet) {
            Ok(packets) => {
                for p in packets {
                    match p {
                        RtcpPacket::ReceiverReport(rr) => {
                            for b in &rr.blocks {
                                crate::logging::log_debug!(target: LOG, "[{name}] live {id}: {medium} receiver report from {:08x}: lost {} ({}/256 lately), jitter {}",
                                    rr.ssrc, b.cumulative_lost, b.fraction_lost, b.jitter);
                            }
                            if rr.blocks.is_empty() {
                                crate::logging::log_trace!(target: LOG, "[{name}] live {id}: {medium} empty receiver report from {:08x}", rr.ssrc);
                            }
                        }
                        RtcpPacket::SenderReport { ssrc, .. } => {
                            crate::logging::log_trace!(target: LOG, "[{name}] live {id}: {medium} sender report from {ssrc:08x}");
                        }
                        RtcpPacket::Bye(ssrcs) => {
                            crate::logging::log_info!(target: LOG, "[{name}] live {id}: controller sent BYE on {medium} ({ssrcs:08x?})");
                            return Received::End(EndReason::ControllerBye);
                        }
                        RtcpPacket::Other(_) => {}
                    }
                }
            }
            Err(e) => {
                crate::logging::log_debug!(target: LOG, "[{name}] live {id}: {medium} RTCP unreadable: {e}")
            }
        }
        return Received::Heard;
    }
    if let Err(e) = rx.unprotect_rtp(&mut packet) {
        crate::logging::log_debug!(target: LOG, "[{name}] live {id}: {medium} RTP from {from} refused: {e}");
        return Received::Refused;
    }
    stream.heard();
    if !audio {
        crate::logging::log_trace!(target: LOG, "[{name}] live {id}: RTP on the video port ignored");
        return Received::Heard;
    }
    let Ok(header) = super::srtp::rtp_header_len(&packet) else {
        return Received::Heard;
    };
    // RFC 3550 §5.1: padding count in the last byte when P is set.
    let mut end = packet.len();
    if packet[0] & 0x20 != 0 {
        end = end.saturating_sub(usize::from(*packet.last().unwrap_or(&0)));
    }
    let payload = packet.get(header..end.max(header)).unwrap_or_default();
    stream.deliver_talkback(super::stream::TalkbackPacket {
        payload,
        timestamp: u32::from_be_bytes([packet[4], packet[5], packet[6], packet[7]]),
        sequence: u16::from_be_bytes([packet[2], packet[3]]),
        payload_type: packet[1] & 0x7f,
        marker: packet[1] & 0x80 != 0,
    });
    Received::Heard
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssrcs_are_distinct_and_released() {
        let a: Vec<u32> = (0..64).filter_map(|_| allocate_ssrc()).collect();
        let unique: HashSet<u32> = a.iter().copied().collect();
        assert_eq!(unique.len(), 64);
        assert!(!unique.contains(&0));
        release_ssrcs(&a);
        let used = SSRCS.lock().unwrap();
        assert!(a.iter().all(|s| !used.contains(s)));
    }

    #[test]
    fn an_ipv4_controller_is_reached_from_a_dual_stack_socket() {
        let v4: IpAddr = "192.0.2.1".parse().unwrap();
        let d = destination("::".parse().unwrap(), v4, 5000);
        assert_eq!(d, "[::ffff:192.0.2.1]:5000".parse().unwrap());
        assert_eq!(
            destination("127.0.0.1".parse().unwrap(), v4, 5000),
            "192.0.2.1:5000".parse().unwrap()
        );
        assert!(same_host("::ffff:192.0.2.1".parse().unwrap(), v4));
    }
}
