//! `GET`/`PUT /characteristics` and `PUT /prepare` (§1.4, §1.5).

use std::time::{Duration, Instant};

use serde_json::Value as Json;

use super::ConnState;
use crate::accessory::{
    ReadRequest, WriteContext, WriteRequest, data_stream_unavailable, keys, mirror_camera_active,
    status, write_response,
};
use crate::http::Response;
use crate::server::ServerEvent;
use crate::server::shared::{LOG, Notice, Shared};

/// Longest `/prepare` ttl accepted (HAP-NodeJS has no bound; a minute is generous).
const MAX_TIMED_WRITE_TTL: Duration = Duration::from_secs(60);

pub(super) fn read(shared: &Shared, conn: &ConnState, query: Option<&str>) -> Response {
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

pub(super) fn write(shared: &Shared, conn: &mut ConnState, body: &[u8]) -> Response {
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
                let body = req.refuse_all(status::INVALID_VALUE_IN_REQUEST);
                return Response::json(207, &body);
            }
            true
        }
    };
    let mut inner = shared.lock();
    let admin = conn
        .controller
        .as_ref()
        .is_some_and(|id| inner.pairings.iter().any(|p| &p.id == id && p.admin));
    let mut outcomes = inner.db.write(
        &req,
        WriteContext {
            admin,
            timed_write_prepared,
        },
    );
    for o in outcomes.iter_mut() {
        if o.key == keys::SETUP_DATA_STREAM_TRANSPORT && o.status == status::SUCCESS {
            // No HomeKit Data Stream listener exists yet: answer "generic error" (§11.6).
            let answer = data_stream_unavailable(&mut inner.db);
            log::warn!(target: LOG, "[{}] conn {}: SetupDataStreamTransport refused: HomeKit Data Stream is not available in this version",
                shared.name, conn.id);
            if o.response_value.is_some() {
                o.response_value = Some(answer);
            }
        }
    }
    let pending = outcomes
        .iter()
        .any(|o| o.changed && o.persist)
        .then(|| shared.snapshot(&mut inner));
    let mirrored = mirror_camera_active(&mut inner.db);
    drop(inner);
    if let Some(pending) = pending {
        shared.save(pending);
    }
    if let Some(ev) = mirrored {
        shared.notify_value(ev);
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
        let wrote_value = req
            .entries
            .iter()
            .any(|e| (e.aid, e.iid) == (o.aid, o.iid) && e.value.is_some());
        if o.key == keys::IDENTIFY && o.status == status::SUCCESS && wrote_value {
            log::info!(target: LOG, "[{}] conn {}: identify (characteristic write)", shared.name, conn.id);
            shared.emit(ServerEvent::IdentifyRequested);
        }
    }
    let (code, body) = write_response(&outcomes);
    match body {
        Some(body) => Response::json(code, &body),
        None => Response::empty(code),
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
        log::warn!(target: LOG, "[{}] conn {}: malformed /prepare", shared.name, conn.id);
        return Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST);
    };
    let ttl = Duration::from_millis(ttl).min(MAX_TIMED_WRITE_TTL);
    conn.prepared = Some((pid, Instant::now() + ttl));
    log::debug!(target: LOG, "[{}] conn {}: timed write prepared, pid {pid}, ttl {ttl:?}", shared.name, conn.id);
    Response::hap_status(200, status::SUCCESS)
}
