//! One task per TCP connection. The task owns the connection's state (plaintext until
//! pair-verify M4, then the encrypted session), reads requests, writes responses, and pushes
//! `EVENT/1.0` messages between responses, never inside one (reference §1.8).
//!
//! Events follow HAP-NodeJS (§1.8): MotionDetected and ProgrammableSwitchEvent go out at
//! once; other changes are held for 250 ms and sent together, the latest value per
//! characteristic (`coalesce.rs`). Each message carries one characteristic (§16 #23).
//!
//! A request whose answer takes time (`POST /resource`, a snapshot) does not stop the task:
//! its response future is polled beside the socket and the notices. Meanwhile the connection
//! keeps reading (a closed peer is seen at once), later requests wait in order, and events for
//! this connection are held, as HAP-NodeJS does while a request is being handled (§1.8), then
//! sent right after the response. Other connections are not affected.

use std::net::SocketAddr;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{broadcast, watch};
use tokio::time::{Instant, sleep_until};

use super::coalesce::{Coalescer, PendingEvent};
use super::routes::{Answer, ConnState, PendingResponse, handle};
use super::shared::{LOG, Notice, Shared};
use super::slots::{Slot, VERIFY_DEADLINE};
use crate::http::{
    HttpError, MAX_BODY_BYTES, MAX_UNVERIFIED_BODY_BYTES, Response, parse_request_limited,
};
use crate::pairing::ConnectionId;
use crate::session::SecureSession;

/// Why a connection ended (logged).
enum Close {
    PeerClosed,
    Io(std::io::Error),
    Http(HttpError),
    Session(String),
    PairingRemoved,
    /// The broadcast of notices overtook this connection: a removal may have been missed.
    Lagged(u64),
    /// Pair-verify not finished within [`VERIFY_DEADLINE`].
    VerifyDeadline,
    /// Evicted to make room for a newer connection (it was unverified, and the oldest).
    Evicted,
    Shutdown,
}

impl std::fmt::Display for Close {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Close::PeerClosed => write!(f, "closed by peer"),
            Close::Io(e) => write!(f, "I/O error: {e}"),
            Close::Http(e) => write!(f, "bad HTTP: {e}"),
            Close::Session(e) => write!(f, "encrypted session failed: {e}"),
            Close::PairingRemoved => write!(f, "controller pairing removed"),
            Close::Lagged(n) => write!(f, "{n} notifications missed (slow connection)"),
            Close::VerifyDeadline => {
                write!(f, "pair-verify not finished within {VERIFY_DEADLINE:?}")
            }
            Close::Evicted => write!(f, "unverified, evicted to make room for a new connection"),
            Close::Shutdown => write!(f, "server shutting down"),
        }
    }
}

struct Connection {
    shared: Arc<Shared>,
    stream: TcpStream,
    state: ConnState,
    session: Option<SecureSession>,
    /// Bytes received and not yet decrypted (encrypted sessions only).
    raw: Vec<u8>,
    /// Plaintext HTTP bytes not yet parsed.
    plain: Vec<u8>,
    /// Events waiting for the end of their coalescing window.
    pending: Coalescer,
    /// The response being produced for the request in progress; later requests wait in
    /// `plain` until it is written.
    in_flight: Option<PendingResponse>,
    /// Events that came while `in_flight` was pending, in order: sent right after it.
    held: Vec<PendingEvent>,
    /// This connection's slot (verified or not, evicted).
    slot: Arc<Slot>,
    /// When an unverified connection is closed.
    verify_deadline: Instant,
}

/// The response of the request in progress; never finishes when there is none (the `select!`
/// branch is disabled then anyway).
async fn in_flight(slot: &mut Option<PendingResponse>) -> Response {
    match slot {
        Some(response) => response.await,
        None => std::future::pending().await,
    }
}

/// Serves one accepted connection until it closes.
pub(super) async fn serve(
    shared: Arc<Shared>,
    id: ConnectionId,
    slot: Arc<Slot>,
    stream: TcpStream,
    peer: SocketAddr,
    mut stop: watch::Receiver<bool>,
) {
    if let Err(e) = stream.set_nodelay(true) {
        crate::logging::log_warn!(target: LOG, "[{}] conn {id}: TCP_NODELAY: {e}", shared.name);
    }
    let local = stream.local_addr().unwrap_or(peer);
    crate::logging::log_info!(target: LOG, "[{}] conn {id}: opened from {peer}", shared.name);
    let mut notices = shared.notices.subscribe();
    let mut conn = Connection {
        shared: shared.clone(),
        stream,
        state: ConnState::new(id, peer, local),
        session: None,
        raw: Vec::new(),
        plain: Vec::new(),
        pending: Coalescer::default(),
        in_flight: None,
        held: Vec::new(),
        slot,
        verify_deadline: Instant::now() + VERIFY_DEADLINE,
    };
    let reason = conn.run(&mut notices, &mut stop).await;
    shared.lock().setup.connection_closed(id);
    shared.notify(Notice::ConnectionClosed(id));
    crate::logging::log_info!(target: LOG, "[{}] conn {id}: closed ({reason})", shared.name);
}

impl Connection {
    async fn run(
        &mut self,
        notices: &mut broadcast::Receiver<Notice>,
        stop: &mut watch::Receiver<bool>,
    ) -> Close {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            tokio::select! {
                read = self.stream.read(&mut buf) => match read {
                    Ok(0) => return Close::PeerClosed,
                    Ok(n) => {
                        if let Err(close) = self.received(buf.get(..n).unwrap_or_default()).await {
                            return close;
                        }
                    }
                    Err(e) => return Close::Io(e),
                },
                notice = notices.recv() => match notice {
                    Ok(notice) => {
                        if let Err(close) = self.on_notice(notice).await {
                            return close;
                        }
                    }
                    // A missed notice may be the removal of this controller's pairing, and
                    // missed events cannot be told again: the controller reconnects.
                    Err(broadcast::error::RecvError::Lagged(n)) => return Close::Lagged(n),
                    Err(broadcast::error::RecvError::Closed) => return Close::Shutdown,
                },
                response = in_flight(&mut self.in_flight), if self.in_flight.is_some() => {
                    self.in_flight = None;
                    if let Err(close) = self.answered(&response).await {
                        return close;
                    }
                }
                _ = sleep_until(self.pending.due().unwrap_or_else(Instant::now)),
                    if self.pending.due().is_some() && self.in_flight.is_none() => {
                    if let Err(close) = self.flush_events().await {
                        return close;
                    }
                }
                _ = sleep_until(self.verify_deadline), if self.session.is_none() => {
                    return Close::VerifyDeadline;
                }
                _ = self.slot.evicted(), if self.session.is_none() => return Close::Evicted,
                _ = stop.changed() => return Close::Shutdown,
            }
        }
    }

    /// Handles newly received bytes: decrypt, then answer every complete request in order.
    async fn received(&mut self, bytes: &[u8]) -> Result<(), Close> {
        match self.session.as_mut() {
            Some(session) => {
                self.raw.extend_from_slice(bytes);
                while let Some(plain) = session
                    .decrypt(&mut self.raw)
                    .map_err(|e| Close::Session(e.to_string()))?
                {
                    self.plain.extend_from_slice(&plain);
                }
            }
            None => self.plain.extend_from_slice(bytes),
        }
        self.answer_requests().await
    }

    /// Answers the complete requests received, in order, until one is answered later.
    async fn answer_requests(&mut self) -> Result<(), Close> {
        while self.in_flight.is_none() {
            // Before pair-verify only pairing messages (a few hundred bytes) are expected.
            let max_body = match self.session {
                Some(_) => MAX_BODY_BYTES,
                None => MAX_UNVERIFIED_BODY_BYTES,
            };
            let request = match parse_request_limited(&mut self.plain, max_body) {
                Ok(Some(request)) => request,
                Ok(None) => break,
                Err(e) => {
                    // Tell the controller why before closing: the stream cannot be resynchronised.
                    let status = if matches!(e, HttpError::BodyTooLarge { .. }) {
                        413
                    } else {
                        400
                    };
                    self.send(&Response::empty(status)).await?;
                    return Err(Close::Http(e));
                }
            };
            // The pairing is checked on every request: a removed controller (its own
            // removal included, with requests pipelined after it) is answered no more (§1.9).
            if let Some(controller) = &self.state.controller
                && !self.shared.is_paired_controller(controller)
            {
                return Err(Close::PairingRemoved);
            }
            match handle(&self.shared, &mut self.state, &request).await {
                Answer::Now(response) => {
                    self.send(&response).await?;
                    if std::mem::take(&mut self.state.pairing_progress) {
                        self.verify_deadline = Instant::now() + VERIFY_DEADLINE;
                    }
                    if std::mem::take(&mut self.state.switch_to_encrypted) {
                        if !self.slot.set_verified() {
                            return Err(Close::Evicted);
                        }
                        self.start_session()?;
                    }
                }
                Answer::Later(response) => self.in_flight = Some(response),
            }
        }
        Ok(())
    }

    /// The response of the request in progress is ready: writes it, then the events held
    /// meanwhile, then answers the requests that waited.
    async fn answered(&mut self, response: &Response) -> Result<(), Close> {
        self.send(response).await?;
        for (aid, iid, value) in std::mem::take(&mut self.held) {
            self.send_event(aid, iid, &value).await?;
        }
        self.answer_requests().await
    }

    /// Pair-verify M4 has been written: every later byte is encrypted. Bytes the controller
    /// already sent after M3 are ciphertext.
    fn start_session(&mut self) -> Result<(), Close> {
        let Some(keys) = self.state.keys.as_ref() else {
            return Ok(());
        };
        let mut session = SecureSession::accessory(keys);
        self.raw = std::mem::take(&mut self.plain);
        while let Some(plain) = session
            .decrypt(&mut self.raw)
            .map_err(|e| Close::Session(e.to_string()))?
        {
            self.plain.extend_from_slice(&plain);
        }
        self.session = Some(session);
        crate::logging::log_debug!(target: LOG, "[{}] conn {}: encrypted session started", self.shared.name, self.state.id);
        Ok(())
    }

    async fn on_notice(&mut self, notice: Notice) -> Result<(), Close> {
        match notice {
            Notice::Changed {
                aid,
                iid,
                value,
                origin,
                immediate,
            } => {
                let wanted = self.session.is_some()
                    && origin != Some(self.state.id)
                    && self.state.subscriptions.contains(&(aid, iid));
                if !wanted {
                    return Ok(());
                }
                if immediate && self.in_flight.is_some() {
                    self.held.push((aid, iid, value));
                    return Ok(());
                }
                if immediate {
                    return self.send_event(aid, iid, &value).await;
                }
                self.pending.push(aid, iid, value, Instant::now());
                Ok(())
            }
            Notice::ControllersRemoved(ids) => {
                let ours = self
                    .state
                    .controller
                    .as_ref()
                    .is_some_and(|c| ids.contains(c));
                if ours {
                    return Err(Close::PairingRemoved);
                }
                Ok(())
            }
            Notice::ConnectionClosed(_) => Ok(()),
        }
    }

    async fn flush_events(&mut self) -> Result<(), Close> {
        for (aid, iid, value) in self.pending.take() {
            self.send_event(aid, iid, &value).await?;
        }
        Ok(())
    }

    async fn send_event(
        &mut self,
        aid: u64,
        iid: u64,
        value: &serde_json::Value,
    ) -> Result<(), Close> {
        let body = serde_json::json!({
            "characteristics": [{ "aid": aid, "iid": iid, "value": value }]
        });
        crate::logging::log_debug!(target: LOG, "[{}] conn {}: event {aid}.{iid} = {value}", self.shared.name, self.state.id);
        self.send(&Response::event(&body)).await
    }

    async fn send(&mut self, response: &Response) -> Result<(), Close> {
        let bytes = response.to_bytes();
        let wire = match self.session.as_mut() {
            Some(session) => {
                let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 1024 * 18 + 18);
                session.encrypt(&bytes, &mut out);
                out
            }
            None => bytes,
        };
        self.stream.write_all(&wire).await.map_err(Close::Io)
    }
}
