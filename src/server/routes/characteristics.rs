//! `GET`/`PUT /characteristics` and `PUT /prepare` (§1.4, §1.5).

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value as Json;

use super::ConnState;
use crate::accessory::{
    ReadRequest, Value, WriteContext, WriteOutcome, WriteRequest, keys, mirror_camera_active,
    status, write_response,
};
use crate::http::Response;
use crate::server::ServerEvent;
use crate::server::connection_writes::ConnectionContext;
use crate::server::shared::{LOG, Notice, Shared};

/// Longest `/prepare` ttl accepted (HAP-NodeJS has no bound; a minute is generous).
const MAX_TIMED_WRITE_TTL: Duration = Duration::from_secs(60);

pub(super) fn read(shared: &Shared, conn: &ConnState, query: Option<&str>) -> Response {
    let Some(req) = query.and_then(ReadRequest::parse) else {
        crate::logging::log_warn!(target: LOG, "[{}] conn {}: bad characteristics query {query:?}", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    let (code, body) = shared
        .lock()
        .db
        .read(&req, |aid, iid| conn.subscriptions.contains(&(aid, iid)));
    if code != 200 {
        crate::logging::log_debug!(target: LOG, "[{}] conn {}: read partly failed: {body}", shared.name, conn.id);
    }
    Response::json(code, &with_connection_answers(body, conn))
}

/// Per-connection characteristics read back this connection's last answer, never another
/// connection's (see [`crate::server::connection_writes`]).
fn with_connection_answers(mut body: Json, conn: &ConnState) -> Json {
    use base64::Engine as _;
    if conn.answers.is_empty() {
        return body;
    }
    let entries = body.get_mut("characteristics").and_then(Json::as_array_mut);
    for entry in entries.into_iter().flatten() {
        let id = (
            entry.get("aid").and_then(Json::as_u64),
            entry.get("iid").and_then(Json::as_u64),
        );
        if let ((Some(aid), Some(iid)), Some(obj)) = (id, entry.as_object_mut())
            && let Some(answer) = conn.answers.get(&(aid, iid))
            && obj.contains_key("value")
        {
            let encoded = base64::engine::general_purpose::STANDARD.encode(answer);
            obj.insert("value".into(), Json::String(encoded));
        }
    }
    body
}

pub(super) async fn write(shared: &Arc<Shared>, conn: &mut ConnState, body: &[u8]) -> Response {
    let Some(req) = WriteRequest::parse(body) else {
        crate::logging::log_warn!(target: LOG, "[{}] conn {}: malformed characteristics write", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    if req.has_duplicates() {
        crate::logging::log_warn!(target: LOG, "[{}] conn {}: duplicate aid.iid in one write", shared.name, conn.id);
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
                crate::logging::log_warn!(target: LOG, "[{}] conn {}: timed write pid {pid} not prepared or expired", shared.name, conn.id);
                let body = req.refuse_all(status::INVALID_VALUE_IN_REQUEST);
                return Response::json(207, &body);
            }
            true
        }
    };
    let (admin, mut outcomes, pending, mirrored) = {
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
        let pending = outcomes
            .iter()
            .any(|o| o.changed && o.persist)
            .then(|| shared.snapshot(&mut inner));
        let mirrored = mirror_camera_active(&mut inner.db);
        (admin, outcomes, pending, mirrored)
    };
    for o in outcomes.iter_mut() {
        connection_write(shared, conn, admin, &req, o);
    }
    if let Some(pending) = pending {
        shared.save_off_thread(pending).await;
    }
    if let Some(ev) = mirrored {
        shared.notify_value(ev);
    }
    for o in &outcomes {
        if o.status == status::SUCCESS {
            crate::logging::log_debug!(target: LOG, "[{}] conn {}: write {}.{} ({}) ok", shared.name, conn.id, o.aid, o.iid, o.key);
        } else {
            crate::logging::log_warn!(target: LOG, "[{}] conn {}: write {}.{} ({}) refused: {} ({})", shared.name, conn.id,
                o.aid, o.iid, o.key, o.status, status::describe(o.status));
        }
        if let Some(on) = o.subscribe {
            crate::logging::log_debug!(target: LOG, "[{}] conn {}: {} events for {}.{} ({})", shared.name, conn.id,
                if on { "subscribed to" } else { "unsubscribed from" }, o.aid, o.iid, o.key);
            if on {
                conn.subscriptions.insert((o.aid, o.iid));
            } else {
                conn.subscriptions.remove(&(o.aid, o.iid));
            }
        }
        if o.key == keys::SELECTED_RECORDING_CONFIGURATION && o.changed {
            selection_written(shared, conn, o);
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
        let wrote_value = req
            .entries
            .iter()
            .any(|e| (e.aid, e.iid) == (o.aid, o.iid) && e.value.is_some());
        if o.key == keys::IDENTIFY && o.status == status::SUCCESS && wrote_value {
            crate::logging::log_info!(target: LOG, "[{}] conn {}: identify (characteristic write)", shared.name, conn.id);
            shared.emit(ServerEvent::IdentifyRequested);
        }
    }
    let switched = outcomes.iter().any(|o| {
        o.changed && (o.key == keys::HOMEKIT_CAMERA_ACTIVE || o.key == keys::STREAMING_ACTIVE)
    });
    if switched {
        // Live view follows the camera's switches (§9.3): off ends every session.
        shared.live.activation_changed();
    }
    let (code, body) = write_response(&outcomes);
    match body {
        Some(body) => Response::json(code, &body),
        None => Response::empty(code),
    }
}

/// The hub selected a recording configuration (§11.4): the prebuffer follows its length.
fn selection_written(shared: &Shared, conn: &ConnState, outcome: &WriteOutcome) {
    use base64::Engine as _;
    let bytes = outcome
        .event_value
        .as_ref()
        .and_then(Json::as_str)
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .unwrap_or_default();
    // The characteristic's TLV check has parsed it already (a bad selection is refused).
    if let Ok(selection) = crate::recording::SelectedRecordingConfiguration::parse(&bytes) {
        crate::logging::log_info!(target: LOG, "[{}] conn {}: recording configuration selected: {selection:?}", shared.name, conn.id);
        shared
            .recorder
            .set_prebuffer(Duration::from_millis(u64::from(selection.prebuffer_ms)));
    }
}

/// Hands a write of a per-connection characteristic to its handler, with this connection's
/// context, and puts the answer into this connection's write-response. Called without the
/// shared lock.
fn connection_write(
    shared: &Shared,
    conn: &mut ConnState,
    admin: bool,
    req: &WriteRequest,
    outcome: &mut WriteOutcome,
) {
    use base64::Engine as _;
    let Some(Value::Bytes(value)) = outcome.per_connection_value.take() else {
        return;
    };
    let (Some(controller), Some(keys)) = (conn.controller.clone(), conn.keys.as_ref()) else {
        outcome.status = status::INSUFFICIENT_PRIVILEGES;
        return;
    };
    let Some(handler) = shared.writes.get(&outcome.key) else {
        crate::logging::log_warn!(target: LOG, "[{}] conn {}: write {}.{} ({}) refused: not available in this version",
            shared.name, conn.id, outcome.aid, outcome.iid, outcome.key);
        outcome.status = status::SERVICE_COMMUNICATION_FAILURE;
        return;
    };
    let ctx = ConnectionContext {
        id: conn.id,
        controller,
        admin,
        peer: conn.peer,
        local: conn.local,
        shared_secret: keys.shared_secret,
    };
    match handler.write(&ctx, &value) {
        Ok(answer) => {
            let wants_response = req
                .entries
                .iter()
                .any(|e| (e.aid, e.iid) == (outcome.aid, outcome.iid) && e.response);
            if wants_response {
                let encoded = base64::engine::general_purpose::STANDARD.encode(&answer.response);
                outcome.response_value = Some(Json::String(encoded));
            }
            conn.answers
                .insert((outcome.aid, outcome.iid), answer.read_back);
        }
        Err(code) => outcome.status = code,
    }
}

pub(super) fn prepare(shared: &Shared, conn: &mut ConnState, body: &[u8]) -> Response {
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
        crate::logging::log_warn!(target: LOG, "[{}] conn {}: malformed /prepare", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    let ttl = Duration::from_millis(ttl).min(MAX_TIMED_WRITE_TTL);
    conn.prepared = Some((pid, Instant::now() + ttl));
    crate::logging::log_debug!(target: LOG, "[{}] conn {}: timed write prepared, pid {pid}, ttl {ttl:?}", shared.name, conn.id);
    Response::hap_status(200, status::SUCCESS)
}
