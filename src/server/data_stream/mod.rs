//! The HomeKit Data Stream (HDS) side of the accessory (reference §11.6, §12): the
//! SetupDataStreamTransport handler, one TCP listener for every data stream of the accessory,
//! the prepared sessions waiting for their hub, and one task per data stream connection.
//!
//! A hub writes SetupDataStreamTransport on its encrypted HAP connection; the answer (port
//! and accessory key salt) goes back to that connection only (see
//! [`super::connection_writes`]). The keys of the data stream are derived from that session's
//! shared secret and both salts (§12.1), and wait here as a prepared session until the hub
//! connects, at most [`PREPARED_TTL`]. Like HAP-NodeJS, one listener serves every session:
//! the first frame of a new connection is tried against each prepared session's key, and the
//! one that opens it owns the connection.

mod connection;
mod recording;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinSet;

use super::connection_writes::{ConnectionContext, ConnectionWriteHandler, WriteAnswer};
use super::shared::Shared;
use crate::accessory::status;
use crate::hds::frame::HdsKeys;
use crate::pairing::ConnectionId;
use crate::tlv8::Tlv8;

/// Log target of the data stream (routed with the HAP server's records).
pub(super) const LOG: &str = "hksv::hap::hds";

/// How long a prepared session waits for its hub to connect (HAP-NodeJS: 10 s, §12.1).
pub const PREPARED_TTL: Duration = Duration::from_secs(10);
/// Most prepared sessions waiting at once; more are answered "busy" (§11.6 status 2).
const MAX_PREPARED: usize = 8;
/// Most data stream connections at once.
const MAX_CONNECTIONS: usize = 8;

/// TLV types of SetupDataStreamTransport (§11.6).
mod tlv {
    pub const COMMAND: u8 = 1;
    pub const TRANSPORT_TYPE: u8 = 2;
    pub const CONTROLLER_KEY_SALT: u8 = 3;
    pub const STATUS: u8 = 1;
    pub const SESSION_PARAMETERS: u8 = 2;
    pub const ACCESSORY_KEY_SALT: u8 = 3;
    pub const TCP_LISTENING_PORT: u8 = 1;
    pub const COMMAND_START_SESSION: u8 = 0;
    pub const TRANSPORT_HDS_TCP: u8 = 0;
    pub const STATUS_SUCCESS: u8 = 0;
    pub const STATUS_BUSY: u8 = 2;
}

/// Keys of a data stream whose hub has not connected yet.
struct Prepared {
    hap_connection: ConnectionId,
    controller: String,
    keys: HdsKeys,
    expires: Instant,
}

/// A data stream whose hub has connected, identified by its keys.
pub(super) struct Accepted {
    pub hap_connection: ConnectionId,
    pub controller: String,
}

/// The recording in progress: one per camera (§12.7, HAP-NodeJS answers "busy" to a second).
#[derive(Clone, Debug)]
pub(super) struct ActiveRecording {
    pub hds_connection: u64,
    pub stream_id: i64,
}

/// The listener's port, the prepared sessions and the recording in progress.
pub(super) struct DataStreamService {
    name: String,
    port: u16,
    prepared: Mutex<Vec<Prepared>>,
    recording: Mutex<Option<ActiveRecording>>,
}

impl DataStreamService {
    /// Binds the listener on `address` (port chosen by the system, §16 #27).
    pub async fn bind(
        name: &str,
        address: std::net::IpAddr,
    ) -> std::io::Result<(Arc<Self>, TcpListener)> {
        let listener = TcpListener::bind(SocketAddr::new(address, 0)).await?;
        let port = listener.local_addr()?.port();
        crate::logging::log_info!(target: LOG, "[{name}] data stream listener on {address}:{port}");
        let service = Arc::new(DataStreamService {
            name: name.to_owned(),
            port,
            prepared: Mutex::new(Vec::new()),
            recording: Mutex::new(None),
        });
        Ok((service, listener))
    }

    fn prepared(&self) -> MutexGuard<'_, Vec<Prepared>> {
        self.prepared.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The recording in progress, if any.
    pub fn recording(&self) -> MutexGuard<'_, Option<ActiveRecording>> {
        self.recording.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Drops prepared sessions whose hub did not connect in time.
    fn expire(&self, prepared: &mut Vec<Prepared>) {
        let now = Instant::now();
        prepared.retain(|p| {
            let alive = p.expires > now;
            if !alive {
                crate::logging::log_info!(target: LOG, "[{}] conn {}: data stream setup expired: the hub did not connect within {PREPARED_TTL:?}", self.name, p.hap_connection);
            }
            alive
        });
    }

    /// Finds and takes the prepared session whose controller-to-accessory key opens the
    /// first frame of a new connection (`open` tries one set of keys).
    pub fn identify(&self, mut open: impl FnMut(&HdsKeys) -> bool) -> Option<Accepted> {
        let mut prepared = self.prepared();
        self.expire(&mut prepared);
        let index = prepared.iter().position(|p| open(&p.keys))?;
        let p = prepared.remove(index);
        Some(Accepted {
            hap_connection: p.hap_connection,
            controller: p.controller,
        })
    }
}

impl ConnectionWriteHandler for DataStreamService {
    /// SetupDataStreamTransport (§11.6). Refusals follow HAP-NodeJS: a command other than
    /// "start session", a transport other than HDS over TCP or a salt that is not 32 bytes is
    /// `-70410`.
    fn write(&self, ctx: &ConnectionContext, value: &[u8]) -> Result<WriteAnswer, i32> {
        let name = &self.name;
        let request = Tlv8::decode(value).map_err(|e| {
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: SetupDataStreamTransport: bad TLV: {e}", ctx.id);
            status::INVALID_VALUE_IN_REQUEST
        })?;
        let command = request.get_u8(tlv::COMMAND).ok().flatten();
        let transport = request.get_u8(tlv::TRANSPORT_TYPE).ok().flatten();
        let salt: Option<[u8; 32]> = request.require_array(tlv::CONTROLLER_KEY_SALT).ok();
        let (Some(tlv::COMMAND_START_SESSION), Some(tlv::TRANSPORT_HDS_TCP), Some(salt)) =
            (command, transport, salt)
        else {
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: SetupDataStreamTransport refused: command {command:?}, transport {transport:?}, controller salt of 32 bytes: {}",
                ctx.id, salt.is_some());
            return Err(status::INVALID_VALUE_IN_REQUEST);
        };
        let accessory_salt: [u8; 32] = crate::crypto::random_array().map_err(|e| {
            crate::logging::log_error!(target: LOG, "[{name}] conn {}: no random salt: {e}", ctx.id);
            status::SERVICE_COMMUNICATION_FAILURE
        })?;
        let mut prepared = self.prepared();
        self.expire(&mut prepared);
        let mut answer = Tlv8::new();
        if prepared.len() >= MAX_PREPARED {
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: SetupDataStreamTransport: {MAX_PREPARED} setups already wait for their hub: busy", ctx.id);
            answer.push_u8(tlv::STATUS, tlv::STATUS_BUSY);
            let bytes = answer.encode();
            return Ok(WriteAnswer {
                response: bytes.clone(),
                read_back: bytes,
            });
        }
        prepared.push(Prepared {
            hap_connection: ctx.id,
            controller: ctx.controller.clone(),
            keys: HdsKeys::derive(&ctx.shared_secret, &salt, &accessory_salt),
            expires: Instant::now() + PREPARED_TTL,
        });
        drop(prepared);
        let mut parameters = Tlv8::new();
        parameters.push_u16(tlv::TCP_LISTENING_PORT, self.port);
        answer
            .push_u8(tlv::STATUS, tlv::STATUS_SUCCESS)
            .push_tlv(tlv::SESSION_PARAMETERS, &parameters);
        // HAP-NodeJS: a later read returns the answer without the salt (§11.6).
        let read_back = answer.encode();
        answer.push(tlv::ACCESSORY_KEY_SALT, accessory_salt.to_vec());
        crate::logging::log_info!(target: LOG, "[{name}] conn {}: data stream prepared for {} on port {}; the hub has {PREPARED_TTL:?} to connect",
            ctx.id, ctx.controller, self.port);
        Ok(WriteAnswer {
            response: answer.encode(),
            read_back,
        })
    }
}

/// Accepts data stream connections until stopped, then waits for them to end.
pub(super) async fn accept_loop(
    shared: Arc<Shared>,
    service: Arc<DataStreamService>,
    listener: TcpListener,
    mut stop: watch::Receiver<bool>,
) {
    let mut connections = JoinSet::new();
    let mut next_id: u64 = 1;
    loop {
        tokio::select! {
            _ = stop.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) if connections.len() >= MAX_CONNECTIONS => {
                    crate::logging::log_warn!(target: LOG, "[{}] refusing data stream connection from {peer}: {MAX_CONNECTIONS} already open", shared.name);
                    drop(stream);
                }
                Ok((stream, peer)) => {
                    let id = next_id;
                    next_id += 1;
                    connections.spawn(connection::serve(shared.clone(), service.clone(), stream, peer, id, stop.clone()));
                }
                Err(e) => {
                    crate::logging::log_warn!(target: LOG, "[{}] data stream accept failed: {e}", shared.name);
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    while connections.join_next().await.is_some() {}
}
