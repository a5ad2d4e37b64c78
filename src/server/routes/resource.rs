//! `POST /resource`: snapshots (§1.6).

use serde_json::Value as Json;

use super::ConnState;
use crate::accessory::{Value, keys, status};
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
