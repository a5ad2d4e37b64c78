//! Request routing (reference §1.2) for one connection: pure request → response, with the
//! connection's own state passed in.

use std::collections::HashSet;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use serde_json::{Value as Json, json};

use super::ServerEvent;
use super::shared::{LOG, Notice, Shared};
use crate::accessory::{
    ReadRequest, Value, WriteContext, WriteRequest, keys, mirror_camera_active, status,
    write_response,
};
use crate::http::{CONTENT_TYPE_JPEG, Message, Response, StartLine};
use crate::pairing::{
    ConnectionId, PairSetupOutcome, PairVerifyOutcome, PairVerifyServer, SessionKeys,
    handle_pairings_request,
};

/// Longest `/prepare` ttl accepted (HAP-NodeJS has no bound; a minute is generous).
const MAX_TIMED_WRITE_TTL: Duration = Duration::from_secs(60);

/// What one connection knows about itself.
pub(super) struct ConnState {
    pub id: ConnectionId,
    pub peer: SocketAddr,
    pub verify: PairVerifyServer,
    /// The verified controller, once pair-verify finished.
    pub controller: Option<String>,
    /// Keys of the verified session (the shared secret is needed for HDS, §12.1).
    pub keys: Option<SessionKeys>,
    /// Set by a successful pair-verify M3: encrypt from the byte after this response.
    pub switch_to_encrypted: bool,
    /// `aid.iid` this connection receives events for.
    pub subscriptions: HashSet<(u64, u64)>,
    /// Pending timed write: `pid` and deadline.
    pub prepared: Option<(u64, Instant)>,
}

impl ConnState {
    pub fn new(id: ConnectionId, peer: SocketAddr) -> Self {
        ConnState {
            id,
            peer,
            verify: PairVerifyServer::new(),
            controller: None,
            keys: None,
            switch_to_encrypted: false,
            subscriptions: HashSet::new(),
            prepared: None,
        }
    }
}

/// Answers one request.
pub(super) fn handle(shared: &Shared, conn: &mut ConnState, req: &Message) -> Response {
    let StartLine::Request {
        method,
        path,
        query,
    } = &req.start
    else {
        return Response::empty(400);
    };
    let name = &shared.name;
    log::debug!(target: LOG, "[{name}] conn {} {}: {method} {path}{}", conn.id, conn.peer,
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
        log::warn!(target: LOG, "[{name}] conn {}: unknown path {route}", conn.id);
        return Response::hap_status(404, status::RESOURCE_DOES_NOT_EXIST);
    }
    if !known.iter().any(|(p, m)| *p == route && m == method) {
        log::warn!(target: LOG, "[{name}] conn {}: {method} not allowed on {route}", conn.id);
        return Response::empty(405);
    }
    match route {
        "/pair-setup" | "/pair-verify" if verified => {
            // ADK rejects pairing procedures on a secured session (§1.2).
            log::warn!(target: LOG, "[{name}] conn {}: {route} refused on an encrypted session", conn.id);
            Response::empty(400)
        }
        "/pair-setup" => pair_setup(shared, conn, &req.body),
        "/pair-verify" => pair_verify(shared, conn, &req.body),
        "/identify" => identify(shared, conn),
        _ if !verified => {
            log::warn!(target: LOG, "[{name}] conn {}: {route} needs pair-verify: 470", conn.id);
            Response::hap_status(470, status::INSUFFICIENT_PRIVILEGES)
        }
        "/pairings" => pairings(shared, conn, &req.body),
        "/accessories" => Response::json(200, &shared.lock().db.to_json()),
        "/characteristics" if method == "GET" => read(shared, conn, query.as_deref()),
        "/characteristics" => write(shared, conn, &req.body),
        "/prepare" => prepare(shared, conn, &req.body),
        _ => resource(shared, conn, &req.body),
    }
}

fn pair_setup(shared: &Shared, conn: &ConnState, body: &[u8]) -> Response {
    let mut inner = shared.lock();
    let already_paired = !inner.pairings.is_empty();
    let attempts_before = inner.setup.failed_attempts();
    let reply = inner.setup.handle(
        conn.id,
        body,
        &shared.identity,
        already_paired,
        Instant::now(),
    );
    match reply.outcome {
        PairSetupOutcome::Continue => {}
        PairSetupOutcome::Paired(pairing) => {
            log::info!(target: LOG, "[{}] conn {}: paired with controller {} (admin)", shared.name, conn.id, pairing.id);
            inner.pairings.retain(|p| p.id != pairing.id);
            inner.pairings.push(pairing);
            shared.persist(&mut inner);
            shared.refresh_mdns(&mut inner);
            drop(inner);
            shared.emit(ServerEvent::PairingChanged { paired: true });
            return Response::pairing(reply.body);
        }
        PairSetupOutcome::Failed(reason) => {
            log::warn!(target: LOG, "[{}] conn {}: pair-setup refused: {reason}", shared.name, conn.id);
            if inner.setup.failed_attempts() != attempts_before {
                shared.persist(&mut inner);
            }
        }
    }
    Response::pairing(reply.body)
}

fn pair_verify(shared: &Shared, conn: &mut ConnState, body: &[u8]) -> Response {
    let reply = {
        let inner = shared.lock();
        let pairings = &inner.pairings;
        conn.verify.handle(body, &shared.identity, |id| {
            pairings.iter().find(|p| p.id == id).cloned()
        })
    };
    match reply.outcome {
        PairVerifyOutcome::Continue => {}
        PairVerifyOutcome::Verified { controller, keys } => {
            log::info!(target: LOG, "[{}] conn {}: session verified for controller {} (admin {})",
                shared.name, conn.id, controller.id, controller.admin);
            conn.controller = Some(controller.id.clone());
            conn.keys = Some(keys);
            conn.switch_to_encrypted = true;
            shared.emit(ServerEvent::SessionVerified {
                controller_id: controller.id,
            });
        }
        PairVerifyOutcome::Failed(reason) => {
            log::warn!(target: LOG, "[{}] conn {}: pair-verify refused: {reason}", shared.name, conn.id);
        }
    }
    Response::pairing(reply.body)
}

fn identify(shared: &Shared, conn: &ConnState) -> Response {
    if !shared.lock().pairings.is_empty() {
        log::warn!(target: LOG, "[{}] conn {}: /identify refused, accessory is paired", shared.name, conn.id);
        return Response::hap_status(400, status::INSUFFICIENT_PRIVILEGES);
    }
    log::info!(target: LOG, "[{}] identify", shared.name);
    Response::empty(204)
}

fn pairings(shared: &Shared, conn: &ConnState, body: &[u8]) -> Response {
    let caller = conn.controller.clone().unwrap_or_default();
    let mut inner = shared.lock();
    let outcome = handle_pairings_request(&mut inner.pairings, &caller, body);
    if !outcome.removed.is_empty() || outcome.unpaired {
        shared.pairings_removed(&mut inner, outcome.removed, outcome.unpaired);
    } else if outcome.changed {
        shared.persist(&mut inner);
    }
    Response::pairing(outcome.body)
}

fn read(shared: &Shared, conn: &ConnState, query: Option<&str>) -> Response {
    let Some(req) = query.and_then(ReadRequest::parse) else {
        log::warn!(target: LOG, "[{}] conn {}: bad characteristics query {query:?}", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    let (code, body) = shared
        .lock()
        .db
        .read(&req, |aid, iid| conn.subscriptions.contains(&(aid, iid)));
    if code != 200 {
        log::debug!(target: LOG, "[{}] conn {}: read partly failed: {body}", shared.name, conn.id);
    }
    Response::json(code, &body)
}

fn write(shared: &Shared, conn: &mut ConnState, body: &[u8]) -> Response {
    let Some(req) = WriteRequest::parse(body) else {
        log::warn!(target: LOG, "[{}] conn {}: malformed characteristics write", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    if req.has_duplicates() {
        log::warn!(target: LOG, "[{}] conn {}: duplicate aid.iid in one write", shared.name, conn.id);
        return Response::hap_status(422, status::INVALID_VALUE_IN_REQUEST);
    }
    let timed_write_prepared = match req.pid {
        None => false,
        Some(pid) => {
            let valid = conn
                .prepared
                .take()
                .is_some_and(|(p, deadline)| p == pid && Instant::now() <= deadline);
            if !valid {
                // §1.5: a timed write after ttl (or with an unknown pid) fails entirely.
                log::warn!(target: LOG, "[{}] conn {}: timed write pid {pid} not prepared or expired", shared.name, conn.id);
                let list: Vec<Json> = req
                    .entries
                    .iter()
                    .map(|e| json!({"aid": e.aid, "iid": e.iid, "status": status::INVALID_VALUE_IN_REQUEST}))
                    .collect();
                return Response::json(207, &json!({ "characteristics": list }));
            }
            true
        }
    };
    let mut inner = shared.lock();
    let admin = conn
        .controller
        .as_ref()
        .is_some_and(|id| inner.pairings.iter().any(|p| &p.id == id && p.admin));
    let outcomes = inner.db.write(
        &req,
        WriteContext {
            admin,
            timed_write_prepared,
        },
    );
    if outcomes.iter().any(|o| o.changed && o.persist) {
        shared.persist(&mut inner);
    }
    let mirrored = mirror_camera_active(&mut inner.db);
    drop(inner);
    if let Some(ev) = mirrored {
        shared.notify(Notice::Changed {
            aid: ev.aid,
            iid: ev.iid,
            value: ev.value,
            origin: None,
            immediate: ev.immediate,
        });
    }
    for o in &outcomes {
        if o.status == status::SUCCESS {
            log::debug!(target: LOG, "[{}] conn {}: write {}.{} ({}) ok", shared.name, conn.id, o.aid, o.iid, o.key);
        } else {
            log::warn!(target: LOG, "[{}] conn {}: write {}.{} ({}) refused: {} ({})", shared.name, conn.id,
                o.aid, o.iid, o.key, o.status, status::describe(o.status));
        }
        if let Some(on) = o.subscribe {
            log::debug!(target: LOG, "[{}] conn {}: {} events for {}.{} ({})", shared.name, conn.id,
                if on { "subscribed to" } else { "unsubscribed from" }, o.aid, o.iid, o.key);
            if on {
                conn.subscriptions.insert((o.aid, o.iid));
            } else {
                conn.subscriptions.remove(&(o.aid, o.iid));
            }
        }
        if let (true, Some(value)) = (o.changed, o.event_value.clone()) {
            shared.notify(Notice::Changed {
                aid: o.aid,
                iid: o.iid,
                value,
                origin: Some(conn.id),
                immediate: o.immediate,
            });
            shared.emit(ServerEvent::ValueWritten { key: o.key.clone() });
        }
    }
    let (code, body) = write_response(&outcomes);
    match body {
        Some(body) => Response::json(code, &body),
        None => Response::empty(code),
    }
}

fn prepare(shared: &Shared, conn: &mut ConnState, body: &[u8]) -> Response {
    let doc: Option<Json> = serde_json::from_slice(body).ok();
    let ttl = doc
        .as_ref()
        .and_then(|d| d.get("ttl"))
        .and_then(Json::as_u64);
    let pid = doc
        .as_ref()
        .and_then(|d| d.get("pid"))
        .and_then(Json::as_u64);
    let (Some(ttl), Some(pid)) = (ttl, pid) else {
        log::warn!(target: LOG, "[{}] conn {}: malformed /prepare", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    let ttl = Duration::from_millis(ttl).min(MAX_TIMED_WRITE_TTL);
    conn.prepared = Some((pid, Instant::now() + ttl));
    log::debug!(target: LOG, "[{}] conn {}: timed write prepared, pid {pid}, ttl {ttl:?}", shared.name, conn.id);
    Response::hap_status(200, status::SUCCESS)
}

/// `POST /resource` (§1.6): the HKSV gating rules first, then the snapshot source; without a
/// source (or image) the answer is `-70402` (cannot talk to the camera), in the 207 form the
/// gating refusals use.
fn resource(shared: &Shared, conn: &ConnState, body: &[u8]) -> Response {
    let doc: Option<Json> = serde_json::from_slice(body).ok();
    let Some(doc) = doc.filter(|d| d.get("resource-type").and_then(Json::as_str) == Some("image"))
    else {
        log::warn!(target: LOG, "[{}] conn {}: malformed /resource", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    let dimension = |key: &str| {
        doc.get(key)
            .and_then(Json::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(0)
    };
    let (width, height) = (dimension("image-width"), dimension("image-height"));
    let reason = doc.get("reason").and_then(Json::as_u64);
    let (refusal, source) = {
        let inner = shared.lock();
        let on = |key: &str| {
            matches!(
                inner.db.value(key),
                Some(Value::Int(1)) | Some(Value::Bool(true))
            )
        };
        let refusal = snapshot_refusal(
            on("110/B0"),
            on(keys::HOMEKIT_CAMERA_ACTIVE),
            on("21A/223"),
            on("21A/225"),
            reason,
        );
        (refusal, inner.snapshots.clone())
    };
    if let Some(code) = refusal {
        log::info!(target: LOG, "[{}] conn {}: snapshot (reason {reason:?}) refused by camera state: {code}", shared.name, conn.id);
        return Response::hap_status(207, code);
    }
    match source.and_then(|s| s.snapshot(width, height)) {
        Some(jpeg) => {
            log::debug!(target: LOG, "[{}] conn {}: snapshot {width}x{height}: {} bytes", shared.name, conn.id, jpeg.len());
            Response::new(200, CONTENT_TYPE_JPEG, jpeg)
        }
        None => {
            log::info!(target: LOG, "[{}] conn {}: snapshot {width}x{height}: no image available", shared.name, conn.id);
            Response::hap_status(207, status::SERVICE_COMMUNICATION_FAILURE)
        }
    }
}

/// The gating table of §1.6.
fn snapshot_refusal(
    streaming: bool,
    camera: bool,
    event_snapshots: bool,
    periodic_snapshots: bool,
    reason: Option<u64>,
) -> Option<i32> {
    if !streaming || !camera {
        return Some(status::NOT_ALLOWED_IN_CURRENT_STATE);
    }
    match (reason, event_snapshots, periodic_snapshots) {
        (None, false, _) | (None, _, false) => Some(status::INSUFFICIENT_PRIVILEGES),
        (Some(1), false, _) | (Some(0), _, false) => Some(status::NOT_ALLOWED_IN_CURRENT_STATE),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_gating_table() {
        assert_eq!(
            snapshot_refusal(false, true, true, true, None),
            Some(-70412)
        );
        assert_eq!(
            snapshot_refusal(true, false, true, true, Some(1)),
            Some(-70412)
        );
        assert_eq!(
            snapshot_refusal(true, true, false, true, None),
            Some(-70401)
        );
        assert_eq!(
            snapshot_refusal(true, true, false, true, Some(1)),
            Some(-70412)
        );
        assert_eq!(
            snapshot_refusal(true, true, true, false, None),
            Some(-70401)
        );
        assert_eq!(
            snapshot_refusal(true, true, true, false, Some(0)),
            Some(-70412)
        );
        assert_eq!(snapshot_refusal(true, true, true, false, Some(1)), None);
        assert_eq!(snapshot_refusal(true, true, true, true, None), None);
    }
}
