//! `POST /resource`: snapshots (§1.6).

use serde_json::Value as Json;

use super::ConnState;
use crate::accessory::{snapshot_refusal, status};
use crate::http::{CONTENT_TYPE_JPEG, Response};
use crate::server::shared::{LOG, Shared};

/// `POST /resource` (§1.6): the HKSV gating rules first, then the snapshot source; without a
/// source (or image) the answer is `-70402` (cannot talk to the camera), in the 207 form the
/// gating refusals use.
pub(super) fn resource(shared: &Shared, conn: &ConnState, body: &[u8]) -> Response {
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
        (snapshot_refusal(&inner.db, reason), inner.snapshots.clone())
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
