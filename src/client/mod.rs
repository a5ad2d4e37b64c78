//! An async HAP controller over TCP: pair-setup with a setup code, pair-verify, encrypted
//! requests, and the `EVENT/1.0` messages the accessory pushes. Used by the tests, the
//! benchmark and (later) proxy mode.

mod data_stream;
pub mod hub;
pub mod live;

pub use data_stream::{DataStreamClient, DataStreamSetup, ReceivedSegment, RecordingReceiver};

use std::collections::VecDeque;
use std::net::SocketAddr;

use ed25519_dalek::SigningKey;
use serde_json::Value as Json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::http::{
    CONTENT_TYPE_HAP_JSON, CONTENT_TYPE_PAIRING, HttpError, Message, StartLine, parse_message,
};
use crate::pairing::{
    AccessoryPairing, ControllerIdentity, PairSetupClient, PairSetupClientStep, PairVerifyClient,
    PairVerifyClientStep, PairingError, SessionKeys,
};
use crate::session::{SecureSession, SessionError};

/// Why a client operation failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// Socket error.
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    /// The accessory closed the connection.
    #[error("connection closed by the accessory")]
    Closed,
    /// The accessory sent something that is not HTTP.
    #[error("bad HTTP from the accessory: {0}")]
    Http(#[from] HttpError),
    /// Pairing failed (including a TLV error reported by the accessory).
    #[error("pairing: {0}")]
    Pairing(#[from] PairingError),
    /// The encrypted session failed.
    #[error("session: {0}")]
    Session(#[from] SessionError),
    /// A pairing endpoint answered with a non-200 HTTP status.
    #[error("unexpected HTTP status {0}")]
    Status(u16),
    /// Randomness unavailable.
    #[error("random source: {0}")]
    Random(String),
    /// The HomeKit Data Stream failed (setup refused, bad frame or message, protocol error).
    #[error("data stream: {0}")]
    DataStream(String),
}

/// An HTTP response received by the client.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientResponse {
    /// Status code.
    pub status: u16,
    /// Body.
    pub body: Vec<u8>,
}

impl ClientResponse {
    /// The body parsed as JSON (`Null` when empty or not JSON).
    pub fn json(&self) -> Json {
        serde_json::from_slice(&self.body).unwrap_or(Json::Null)
    }
}

/// A new controller identity: random uppercase UUID identifier and Ed25519 key.
pub fn new_controller_identity() -> Result<ControllerIdentity, ClientError> {
    let mut bytes = [0u8; 48];
    getrandom::fill(&mut bytes).map_err(|e| ClientError::Random(e.to_string()))?;
    let (seed, uuid) = bytes.split_at(32);
    let hex: String = uuid.iter().map(|b| format!("{b:02X}")).collect();
    let id = format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    );
    let mut key = [0u8; 32];
    key.copy_from_slice(seed);
    Ok(ControllerIdentity {
        id,
        signing_key: SigningKey::from_bytes(&key),
    })
}

/// One controller connection to an accessory.
pub struct HapClient {
    stream: TcpStream,
    session: Option<SecureSession>,
    keys: Option<SessionKeys>,
    raw: Vec<u8>,
    plain: Vec<u8>,
    events: VecDeque<Json>,
}

impl HapClient {
    /// Connects (plaintext until [`HapClient::pair_verify`]).
    pub async fn connect(addr: SocketAddr) -> Result<HapClient, ClientError> {
        let stream = TcpStream::connect(addr).await?;
        stream.set_nodelay(true)?;
        Ok(HapClient {
            stream,
            session: None,
            keys: None,
            raw: Vec::new(),
            plain: Vec::new(),
            events: VecDeque::new(),
        })
    }

    /// Pair-setup M1–M6 with `setup_code` as `identity`; returns the accessory's identity.
    pub async fn pair_setup(
        &mut self,
        setup_code: &str,
        identity: &ControllerIdentity,
    ) -> Result<AccessoryPairing, ClientError> {
        let mut machine = PairSetupClient::new(setup_code, identity.clone());
        let mut body = machine.start();
        loop {
            let reply = self.pairing_post("/pair-setup", body).await?;
            match machine.handle(&reply)? {
                PairSetupClientStep::Send(next) => body = next,
                PairSetupClientStep::Paired(accessory) => return Ok(accessory),
            }
        }
    }

    /// Pair-verify M1–M4; afterwards every byte on this connection is encrypted.
    pub async fn pair_verify(
        &mut self,
        identity: &ControllerIdentity,
        accessory: &AccessoryPairing,
    ) -> Result<(), ClientError> {
        let mut machine = PairVerifyClient::new(identity.clone(), accessory.clone());
        let mut body = machine.start()?;
        loop {
            let reply = self.pairing_post("/pair-verify", body).await?;
            match machine.handle(&reply)? {
                PairVerifyClientStep::Send(next) => body = next,
                PairVerifyClientStep::Verified(keys) => {
                    self.session = Some(SecureSession::controller(&keys));
                    self.keys = Some(keys);
                    return Ok(());
                }
            }
        }
    }

    /// The accessory's address.
    pub fn peer_addr(&self) -> std::io::Result<SocketAddr> {
        self.stream.peer_addr()
    }

    /// Keys of the verified session.
    pub fn session_keys(&self) -> Option<&SessionKeys> {
        self.keys.as_ref()
    }

    async fn pairing_post(&mut self, path: &str, body: Vec<u8>) -> Result<Vec<u8>, ClientError> {
        let response = self
            .request("POST", path, Some(CONTENT_TYPE_PAIRING), &body)
            .await?;
        if response.status != 200 {
            return Err(ClientError::Status(response.status));
        }
        Ok(response.body)
    }

    /// `GET path`.
    pub async fn get(&mut self, path: &str) -> Result<ClientResponse, ClientError> {
        self.request("GET", path, None, &[]).await
    }

    /// `PUT path` with a HAP JSON body.
    pub async fn put_json(
        &mut self,
        path: &str,
        body: &Json,
    ) -> Result<ClientResponse, ClientError> {
        let bytes = body.to_string().into_bytes();
        self.request("PUT", path, Some(CONTENT_TYPE_HAP_JSON), &bytes)
            .await
    }

    /// `POST path` with a body of the given content type.
    pub async fn post(
        &mut self,
        path: &str,
        content_type: &str,
        body: &[u8],
    ) -> Result<ClientResponse, ClientError> {
        self.request("POST", path, Some(content_type), body).await
    }

    /// Sends a request and returns its response; events arriving before it are queued for
    /// [`HapClient::next_event`].
    pub async fn request(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<ClientResponse, ClientError> {
        let mut head = format!("{method} {path} HTTP/1.1\r\nHost: hap.local\r\n");
        if let Some(ct) = content_type {
            head.push_str(&format!("Content-Type: {ct}\r\n"));
        }
        head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body);
        self.send_message(&bytes).await?;
        loop {
            let message = self.next_message().await?;
            match message.start {
                StartLine::Response {
                    event: false,
                    status,
                } => {
                    return Ok(ClientResponse {
                        status,
                        body: message.body,
                    });
                }
                _ => self.queue_event(&message),
            }
        }
    }

    /// The next `EVENT/1.0` body (`{"characteristics":[…]}`), waiting for one if none is queued.
    pub async fn next_event(&mut self) -> Result<Json, ClientError> {
        loop {
            if let Some(event) = self.events.pop_front() {
                return Ok(event);
            }
            let message = self.next_message().await?;
            self.queue_event(&message);
        }
    }

    /// Writes bytes to the socket as they are, bypassing the encryption (tests of the
    /// accessory's handling of damaged frames; proxying already encrypted data).
    pub async fn send_raw(&mut self, bytes: &[u8]) -> Result<(), ClientError> {
        self.stream.write_all(bytes).await?;
        Ok(())
    }

    fn queue_event(&mut self, message: &Message) {
        if matches!(message.start, StartLine::Response { event: true, .. }) {
            let body = serde_json::from_slice(&message.body).unwrap_or(Json::Null);
            crate::logging::log_debug!(target: "hksv::hap", "client: event {body}");
            self.events.push_back(body);
        }
    }

    async fn send_message(&mut self, bytes: &[u8]) -> Result<(), ClientError> {
        match self.session.as_mut() {
            Some(session) => {
                let mut out = Vec::with_capacity(bytes.len() + 64);
                session.encrypt(bytes, &mut out);
                self.stream.write_all(&out).await?;
            }
            None => self.stream.write_all(bytes).await?,
        }
        Ok(())
    }

    async fn next_message(&mut self) -> Result<Message, ClientError> {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            if let Some(message) = parse_message(&mut self.plain)? {
                return Ok(message);
            }
            let n = self.stream.read(&mut buf).await?;
            if n == 0 {
                return Err(ClientError::Closed);
            }
            let received = buf.get(..n).unwrap_or_default();
            match self.session.as_mut() {
                Some(session) => {
                    self.raw.extend_from_slice(received);
                    while let Some(plain) = session.decrypt(&mut self.raw)? {
                        self.plain.extend_from_slice(&plain);
                    }
                }
                None => self.plain.extend_from_slice(received),
            }
        }
    }
}
