//! Characteristic writes answered per connection.
//!
//! Some writes carry secrets of the connection that makes them and must be answered to that
//! connection alone: SetupDataStreamTransport (reference §11.6: its keys come from this
//! session's shared secret) and, for live view, SetupEndpoints (§10.4: SRTP keys). Their
//! characteristics are marked [`Characteristic::per_connection`]: the database checks the
//! write as usual but stores nothing; the handler registered for the characteristic's key
//! gets the value with a [`ConnectionContext`], and its answer goes back in the
//! write-response of that connection only. A later read on the same connection returns that
//! connection's answer (HAP-NodeJS returns the last response, §11.6); another connection
//! never sees it.
//!
//! [`Characteristic::per_connection`]: crate::accessory::Characteristic::per_connection

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use crate::pairing::ConnectionId;

/// What a handler knows about the connection that wrote.
#[derive(Clone)]
pub struct ConnectionContext {
    /// The HAP connection.
    pub id: ConnectionId,
    /// The verified controller's pairing identifier.
    pub controller: String,
    /// Whether that controller is an admin.
    pub admin: bool,
    /// The controller's address.
    pub peer: SocketAddr,
    /// Our address on this connection (the one the controller reaches us at).
    pub local: SocketAddr,
    /// The pair-verify shared secret of this session.
    pub shared_secret: [u8; 32],
}

impl std::fmt::Debug for ConnectionContext {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConnectionContext")
            .field("id", &self.id)
            .field("controller", &self.controller)
            .field("peer", &self.peer)
            .finish_non_exhaustive()
    }
}

/// A handler's answer to a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WriteAnswer {
    /// The write-response value (sent when the controller asked with `r: true`).
    pub response: Vec<u8>,
    /// What a later read on the same connection returns.
    pub read_back: Vec<u8>,
}

/// Answers writes of one per-connection characteristic.
pub trait ConnectionWriteHandler: Send + Sync {
    /// Handles `value` written by the connection `ctx`; an error is the HAP status of the
    /// refusal (reference §1.7).
    fn write(&self, ctx: &ConnectionContext, value: &[u8]) -> Result<WriteAnswer, i32>;
}

/// The handlers by characteristic key (see [`crate::accessory::keys`]).
#[derive(Clone, Default)]
pub(super) struct ConnectionWrites {
    handlers: HashMap<String, Arc<dyn ConnectionWriteHandler>>,
}

impl ConnectionWrites {
    /// Registers `handler` for the characteristic with stable key `key`.
    pub fn register(&mut self, key: &str, handler: Arc<dyn ConnectionWriteHandler>) {
        self.handlers.insert(key.to_owned(), handler);
    }

    /// The handler of `key`, if any.
    pub fn get(&self, key: &str) -> Option<Arc<dyn ConnectionWriteHandler>> {
        self.handlers.get(key).cloned()
    }
}
