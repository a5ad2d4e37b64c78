//! HKSV snapshot gating (reference §1.6): whether the camera's characteristic values allow a
//! `POST /resource` snapshot now.

use super::{Database, Value, keys, status};

/// The HAP status refusing a snapshot with `reason` (`0` periodic, `1` event, `None`: a
/// controller's own request) in the camera state held by `db`; `None` when it is allowed.
pub fn snapshot_refusal(db: &Database, reason: Option<u64>) -> Option<i32> {
    let on = |key: &str| matches!(db.value(key), Some(Value::Int(1)) | Some(Value::Bool(true)));
    refusal(
        on(keys::STREAMING_ACTIVE),
        on(keys::HOMEKIT_CAMERA_ACTIVE),
        on(keys::EVENT_SNAPSHOTS_ACTIVE),
        on(keys::PERIODIC_SNAPSHOTS_ACTIVE),
        reason,
    )
}

/// The gating table of §1.6.
fn refusal(
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
        assert_eq!(refusal(false, true, true, true, None), Some(-70412));
        assert_eq!(refusal(true, false, true, true, Some(1)), Some(-70412));
        assert_eq!(refusal(true, true, false, true, None), Some(-70401));
        assert_eq!(refusal(true, true, false, true, Some(1)), Some(-70412));
        assert_eq!(refusal(true, true, true, false, None), Some(-70401));
        assert_eq!(refusal(true, true, true, false, Some(0)), Some(-70412));
        assert_eq!(refusal(true, true, true, false, Some(1)), None);
        assert_eq!(refusal(true, true, true, true, None), None);
    }
}
