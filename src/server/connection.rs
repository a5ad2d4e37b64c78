//! One task per TCP connection. The task owns the connection's state (plaintext until
//! pair-verify M4, then the encrypted session), reads requests, writes responses, and pushes
//! `EVENT/1.0` messages between responses, never inside one (reference §1.8).

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::{broadcast, watch};

use super::routes::{ConnState, handle};
use super::shared::{LOG, Notice, Shared};
use crate::http::{HttpError, Response, parse_request};
use crate::session::SecureSession;

/// Why a connection ended (logged).
enum Close {
    PeerClosed,
    Io(std::io::Error),
    Http(HttpError),
    Session(String),
    PairingRemoved,
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
}

/// Serves one accepted connection until it closes.
pub(super) async fn serve(
    shared: Arc<Shared>,
    stream: TcpStream,
    peer: SocketAddr,
    mut stop: watch::Receiver<bool>,
) {
    let id = shared.connection_id();
    if let Err(e) = stream.set_nodelay(true) {
        log::warn!(target: LOG, "[{}] conn {id}: TCP_NODELAY: {e}", shared.name);
    }
    log::info!(target: LOG, "[{}] conn {id}: opened from {peer}", shared.name);
    let mut notices = shared.notices.subscribe();
    let mut conn = Connection {
        shared: shared.clone(),
        stream,
        state: ConnState::new(id, peer),
        session: None,
        raw: Vec::new(),
        plain: Vec::new(),
    };
    let reason = conn.run(&mut notices, &mut stop).await;
    shared.lock().setup.connection_closed(id);
    log::info!(target: LOG, "[{}] conn {id}: closed ({reason})", shared.name);
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
                    Err(broadcast::error::RecvError::Lagged(n)) => {
                        log::warn!(target: LOG, "[{}] conn {}: {n} notifications dropped (slow connection)", self.shared.name, self.state.id);
                    }
                    Err(broadcast::error::RecvError::Closed) => return Close::Shutdown,
                },
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
        while let Some(request) = parse_request(&mut self.plain).map_err(Close::Http)? {
            let response = handle(&self.shared, &mut self.state, &request);
            self.send(&response).await?;
            if std::mem::take(&mut self.state.switch_to_encrypted) {
                self.start_session()?;
            }
        }
        Ok(())
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
        log::debug!(target: LOG, "[{}] conn {}: encrypted session started", self.shared.name, self.state.id);
        Ok(())
    }

    async fn on_notice(&mut self, notice: Notice) -> Result<(), Close> {
        match notice {
            Notice::Changed {
                aid,
                iid,
                value,
                origin,
            } => {
                let wanted = self.session.is_some()
                    && origin != Some(self.state.id)
                    && self.state.subscriptions.contains(&(aid, iid));
                if wanted {
                    // One characteristic per event message (§16 #23).
                    let body = serde_json::json!({
                        "characteristics": [{ "aid": aid, "iid": iid, "value": value }]
                    });
                    log::debug!(target: LOG, "[{}] conn {}: event {aid}.{iid} = {value}", self.shared.name, self.state.id);
                    self.send(&Response::event(&body)).await?;
                }
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
        }
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
