//! Request routing (reference §1.2) for one connection: request → response, with the
//! connection's own state passed in. One file per group of endpoints. Every route answers once
//! its work is done (pair-setup's SRP and state saves are awaited off the lock) except
//! `/resource`, whose image is awaited by the connection ([`Answer::Later`]).

mod characteristics;
mod pairing;
mod resource;

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use super::shared::{LOG, Shared};
use crate::accessory::status;
use crate::http::{Message, Response, StartLine};
use crate::pairing::{ConnectionId, PairVerifyServer, SessionKeys};

/// What one connection knows about itself.
pub(super) struct ConnState {
    pub id: ConnectionId,
    pub peer: SocketAddr,
    /// Our address on this connection.
    pub local: SocketAddr,
    pub verify: PairVerifyServer,
    /// The verified controller, once pair-verify finished.
    pub controller: Option<String>,
    /// Keys of the verified session (the shared secret is needed for HDS, §12.1).
    pub keys: Option<SessionKeys>,
    /// Set by a successful pair-verify M3: encrypt from the byte after this response.
    pub switch_to_encrypted: bool,
    /// Set by a pair-setup step that succeeded: the connection's deadline to finish
    /// pairing restarts (pair-setup then pair-verify may take more than one deadline).
    pub pairing_progress: bool,
    /// `aid.iid` this connection receives events for.
    pub subscriptions: HashSet<(u64, u64)>,
    /// Pending timed write: `pid` and deadline.
    pub prepared: Option<(u64, Instant)>,
    /// This connection's last answers to per-connection writes, by `aid.iid`
    /// (see [`super::connection_writes`]).
    pub answers: HashMap<(u64, u64), Vec<u8>>,
}

impl ConnState {
    pub fn new(id: ConnectionId, peer: SocketAddr, local: SocketAddr) -> Self {
        ConnState {
            id,
            peer,
            local,
            verify: PairVerifyServer::new(),
            controller: None,
            keys: None,
            switch_to_encrypted: false,
            pairing_progress: false,
            subscriptions: HashSet::new(),
            prepared: None,
            answers: HashMap::new(),
        }
    }
}

/// A response that will be ready later.
pub(super) type PendingResponse = Pin<Box<dyn Future<Output = Response> + Send>>;

/// The answer to one request.
pub(super) enum Answer {
    /// The response, ready to be written.
    Now(Response),
    /// The response will be ready when this future finishes (a snapshot): the connection
    /// awaits it without holding any lock, keeps reading meanwhile, and answers later
    /// requests only after it, in order.
    Later(PendingResponse),
}

impl From<Response> for Answer {
    fn from(response: Response) -> Self {
        Answer::Now(response)
    }
}

/// Answers one request. Awaits only work done off the lock (pair-setup's SRP, state saves).
pub(super) async fn handle(shared: &Arc<Shared>, conn: &mut ConnState, req: &Message) -> Answer {
    let StartLine::Request {
        method,
        path,
        query,
    } = &req.start
    else {
        return Response::empty(400).into();
    };
    let name = &shared.name;
    crate::logging::log_debug!(target: LOG, "[{name}] conn {} {}: {method} {path}{}", conn.id, conn.peer,
        query.as_deref().map(|q| format!("?{q}")).unwrap_or_default());
    let verified = conn.controller.is_some();
    let route = path.as_str();
    let known = [
        ("/pair-setup", "POST"),
        ("/pair-verify", "POST"),
        ("/identify", "POST"),
        ("/pairings", "POST"),
        ("/accessories", "GET"),
        ("/characteristics", "GET"),
        ("/characteristics", "PUT"),
        ("/prepare", "PUT"),
        ("/resource", "POST"),
    ];
    if !known.iter().any(|(p, _)| *p == route) {
        crate::logging::log_warn!(target: LOG, "[{name}] conn {}: unknown path {route}", conn.id);
        return Response::hap_status(404, status::RESOURCE_DOES_NOT_EXIST).into();
    }
    if !known.iter().any(|(p, m)| *p == route && m == method) {
        crate::logging::log_warn!(target: LOG, "[{name}] conn {}: {method} not allowed on {route}", conn.id);
        return Response::empty(405).into();
    }
    let response = match route {
        "/pair-setup" | "/pair-verify" if verified => {
            // ADK rejects pairing procedures on a secured session (§1.2).
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: {route} refused on an encrypted session", conn.id);
            Response::empty(400)
        }
        "/pair-setup" => pairing::pair_setup(shared, conn, &req.body).await,
        "/pair-verify" => pairing::pair_verify(shared, conn, &req.body),
        "/identify" => pairing::identify(shared, conn),
        _ if !verified => {
            crate::logging::log_warn!(target: LOG, "[{name}] conn {}: {route} needs pair-verify: 470", conn.id);
            Response::hap_status(470, status::INSUFFICIENT_PRIVILEGES)
        }
        "/pairings" => pairing::pairings(shared, conn, &req.body).await,
        "/accessories" => Response::json(200, &shared.lock().db.to_json()),
        "/characteristics" if method == "GET" => {
            characteristics::read(shared, conn, query.as_deref())
        }
        "/characteristics" => characteristics::write(shared, conn, &req.body).await,
        "/prepare" => characteristics::prepare(shared, conn, &req.body),
        _ => return resource::resource(shared, conn, &req.body),
    };
    response.into()
}
