//! A HAP connection driven by hand: plaintext requests, pair-verify through the pairing state
//! machine, then an encrypted session whose frames the test can send pipelined, damaged or
//! as they are; reads tell a closed connection from a missing answer.

use std::net::SocketAddr;

use hksv::http::{Message, parse_message};
use hksv::pairing::{
    AccessoryPairing, ControllerIdentity, PairVerifyClient, PairVerifyClientStep, SessionKeys,
};
use hksv::session::SecureSession;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::WAIT;

/// One request as bytes (`Content-Length` always present).
pub fn request(method: &str, path: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut bytes = format!(
        "{method} {path} HTTP/1.1\r\nHost: hap.local\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

/// How a wait for the next message ended.
pub enum Next {
    /// A whole message.
    Message(Message),
    /// The accessory closed the connection (EOF or reset).
    Closed,
    /// Nothing within [`WAIT`]: the connection is still open.
    Silent,
}

impl std::fmt::Debug for Next {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Next::Message(m) => write!(f, "message {:?} ({} body bytes)", m.start, m.body.len()),
            Next::Closed => write!(f, "closed"),
            Next::Silent => write!(f, "silent"),
        }
    }
}

/// A connection to the accessory under the test's control.
pub struct RawConn {
    pub stream: TcpStream,
    pub session: Option<SecureSession>,
    raw: Vec<u8>,
    plain: Vec<u8>,
}

impl RawConn {
    pub async fn connect(addr: SocketAddr) -> RawConn {
        let stream = TcpStream::connect(addr).await.expect("connect");
        stream.set_nodelay(true).unwrap();
        RawConn {
            stream,
            session: None,
            raw: Vec::new(),
            plain: Vec::new(),
        }
    }

    /// Sends bytes, encrypted once a session is set.
    pub async fn send(&mut self, bytes: &[u8]) {
        let wire = match self.session.as_mut() {
            Some(session) => {
                let mut out = Vec::new();
                session.encrypt(bytes, &mut out);
                out
            }
            None => bytes.to_vec(),
        };
        self.stream.write_all(&wire).await.expect("send");
    }

    /// Bytes on the wire as they are.
    pub async fn send_raw(&mut self, bytes: &[u8]) {
        self.stream.write_all(bytes).await.expect("send");
    }

    /// The next message, or how the wait ended.
    pub async fn next(&mut self) -> Next {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            match parse_message(&mut self.plain) {
                Ok(Some(message)) => return Next::Message(message),
                Ok(None) => {}
                Err(e) => panic!("accessory sent bad HTTP: {e}"),
            }
            let n = match tokio::time::timeout(WAIT, self.stream.read(&mut buf)).await {
                Err(_) => return Next::Silent,
                Ok(Err(_)) | Ok(Ok(0)) => return Next::Closed,
                Ok(Ok(n)) => n,
            };
            let received = &buf[..n];
            match self.session.as_mut() {
                Some(session) => {
                    self.raw.extend_from_slice(received);
                    while let Some(plain) = session.decrypt(&mut self.raw).expect("accessory frame")
                    {
                        self.plain.extend_from_slice(&plain);
                    }
                }
                None => self.plain.extend_from_slice(received),
            }
        }
    }

    /// The next message; panics when the connection closed or stayed silent.
    pub async fn message(&mut self) -> Message {
        match self.next().await {
            Next::Message(m) => m,
            other => panic!("expected a message, got {other:?}"),
        }
    }

    /// Pair-verify as `identity`: the session keys, or the TLV error byte of the refusal.
    /// On success the session starts (every later byte is encrypted).
    pub async fn verify(
        &mut self,
        identity: &ControllerIdentity,
        accessory: &AccessoryPairing,
    ) -> Result<SessionKeys, u8> {
        let mut machine = PairVerifyClient::new(identity.clone(), accessory.clone());
        let mut body = machine.start().unwrap();
        loop {
            self.send(&request(
                "POST",
                "/pair-verify",
                "application/pairing+tlv8",
                &body,
            ))
            .await;
            let reply = self.message().await;
            if let Some(code) = super::tlv_error(&reply.body) {
                return Err(code);
            }
            match machine.handle(&reply.body).expect("pair-verify step") {
                PairVerifyClientStep::Send(next) => body = next,
                PairVerifyClientStep::Verified(keys) => {
                    self.session = Some(SecureSession::controller(&keys));
                    return Ok(keys);
                }
            }
        }
    }
}

/// The status code of a response.
pub fn status(message: &Message) -> u16 {
    match message.start {
        hksv::http::StartLine::Response { status, .. } => status,
        _ => panic!("not a response: {:?}", message.start),
    }
}
