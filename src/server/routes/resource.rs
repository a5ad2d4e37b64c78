//! `POST /resource`: snapshots (§1.6).
//!
//! The HKSV gating is decided at once, under the shared lock; the image is then awaited from
//! the [`SnapshotSource`] without any lock, for at most [`SNAPSHOT_TIMEOUT`], while the
//! connection goes on reading (see [`super::Answer::Later`]).

use std::sync::Arc;
use std::time::Instant;

use serde_json::Value as Json;

use super::{Answer, ConnState};
use crate::accessory::{snapshot_refusal, status};
use crate::http::{CONTENT_TYPE_JPEG, Response};
use crate::server::shared::{LOG, Shared};
use crate::server::snapshot::{SNAPSHOT_TIMEOUT, SnapshotReason, SnapshotRequest, SnapshotSource};

/// `POST /resource` (§1.6): the HKSV gating rules first, then the snapshot source; without a
/// source (or image) the answer is `-70402` (cannot talk to the camera), in the 207 form the
/// gating refusals use; a source that does not answer in time gets `-70408`.
pub(super) fn resource(shared: &Shared, conn: &ConnState, body: &[u8]) -> Answer {
    let name = &shared.name;
    let doc: Option<Json> = serde_json::from_slice(body).ok();
    let Some(doc) = doc.filter(|d| d.get("resource-type").and_then(Json::as_str) == Some("image"))
    else {
        crate::logging::log_warn!(target: LOG, "[{name}] conn {}: malformed /resource", conn.id);
        return Answer::Now(Response::hap_status(400, status::INVALID_VALUE_IN_REQUEST));
    };
    let dimension = |key: &str| {
        doc.get(key)
            .and_then(Json::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(0)
    };
    let reason = doc.get("reason").and_then(Json::as_u64);
    let request = SnapshotRequest {
        width: dimension("image-width"),
        height: dimension("image-height"),
        reason: reason.map(SnapshotReason::from_wire),
    };
    crate::logging::log_debug!(target: LOG, "[{name}] conn {}: snapshot requested: {}x{} reason {:?}",
        conn.id, request.width, request.height, request.reason);
    let (refusal, source) = {
        let inner = shared.lock();
        (snapshot_refusal(&inner.db, reason), inner.snapshots.clone())
    };
    if let Some(code) = refusal {
        crate::logging::log_info!(target: LOG, "[{name}] conn {}: snapshot (reason {reason:?}) refused by camera state: {code} ({})",
            conn.id, status::describe(code));
        return Answer::Now(Response::hap_status(207, code));
    }
    let Some(source) = source else {
        crate::logging::log_info!(target: LOG, "[{name}] conn {}: snapshot refused: no snapshot source: {}",
            conn.id, status::SERVICE_COMMUNICATION_FAILURE);
        return Answer::Now(Response::hap_status(
            207,
            status::SERVICE_COMMUNICATION_FAILURE,
        ));
    };
    Answer::Later(Box::pin(produce(name.clone(), conn.id, source, request)))
}

/// Awaits the source's image (bounded by [`SNAPSHOT_TIMEOUT`]) and makes the response.
async fn produce(
    name: String,
    conn: crate::pairing::ConnectionId,
    source: Arc<dyn SnapshotSource>,
    request: SnapshotRequest,
) -> Response {
    let started = Instant::now();
    let (w, h) = (request.width, request.height);
    match tokio::time::timeout(SNAPSHOT_TIMEOUT, source.snapshot(request)).await {
        Ok(Some(jpeg)) => {
            crate::logging::log_info!(target: LOG, "[{name}] conn {conn}: snapshot {w}x{h} served: {} bytes in {:.1} ms",
                jpeg.len(), started.elapsed().as_secs_f64() * 1e3);
            Response::new(200, CONTENT_TYPE_JPEG, jpeg)
        }
        Ok(None) => {
            crate::logging::log_info!(target: LOG, "[{name}] conn {conn}: snapshot {w}x{h}: no image available after {:.1} ms: {}",
                started.elapsed().as_secs_f64() * 1e3, status::SERVICE_COMMUNICATION_FAILURE);
            Response::hap_status(207, status::SERVICE_COMMUNICATION_FAILURE)
        }
        Err(_) => {
            crate::logging::log_warn!(target: LOG, "[{name}] conn {conn}: snapshot {w}x{h}: source did not answer within {SNAPSHOT_TIMEOUT:?}: {}",
                status::OPERATION_TIMED_OUT);
            Response::hap_status(207, status::OPERATION_TIMED_OUT)
        }
    }
}
