//! HAP status codes carried in JSON `status` fields (reference §1.7).

/// Success.
pub const SUCCESS: i32 = 0;
/// Request denied (not admin, `/identify` while paired).
pub const INSUFFICIENT_PRIVILEGES: i32 = -70401;
/// Cannot talk to the underlying device (also: no value available yet).
pub const SERVICE_COMMUNICATION_FAILURE: i32 = -70402;
/// Busy, retry.
pub const RESOURCE_BUSY: i32 = -70403;
/// Write to a read-only characteristic.
pub const READ_ONLY_CHARACTERISTIC: i32 = -70404;
/// Read from a write-only characteristic.
pub const WRITE_ONLY_CHARACTERISTIC: i32 = -70405;
/// `ev` on a characteristic without the `ev` permission.
pub const NOTIFICATION_NOT_SUPPORTED: i32 = -70406;
/// Out of resources.
pub const OUT_OF_RESOURCE: i32 = -70407;
/// The operation did not finish in time (HAP-NodeJS `OPERATION_TIMED_OUT`; absent from
/// ADK's list, §1.7): a snapshot source that did not answer.
pub const OPERATION_TIMED_OUT: i32 = -70408;
/// Unknown `aid.iid` or path.
pub const RESOURCE_DOES_NOT_EXIST: i32 = -70409;
/// Invalid value, missing `value`/`ev`, timed write without a valid `/prepare`.
pub const INVALID_VALUE_IN_REQUEST: i32 = -70410;
/// Additional authorization failed.
pub const INSUFFICIENT_AUTHORIZATION: i32 = -70411;
/// Not allowed in the current state.
pub const NOT_ALLOWED_IN_CURRENT_STATE: i32 = -70412;

/// A short description of a status code, for logs.
pub fn describe(code: i32) -> &'static str {
    match code {
        SUCCESS => "success",
        INSUFFICIENT_PRIVILEGES => "insufficient privileges",
        SERVICE_COMMUNICATION_FAILURE => "service communication failure",
        RESOURCE_BUSY => "resource busy",
        READ_ONLY_CHARACTERISTIC => "read-only characteristic",
        WRITE_ONLY_CHARACTERISTIC => "write-only characteristic",
        NOTIFICATION_NOT_SUPPORTED => "notification not supported",
        OUT_OF_RESOURCE => "out of resource",
        OPERATION_TIMED_OUT => "operation timed out",
        RESOURCE_DOES_NOT_EXIST => "resource does not exist",
        INVALID_VALUE_IN_REQUEST => "invalid value in request",
        INSUFFICIENT_AUTHORIZATION => "insufficient authorization",
        NOT_ALLOWED_IN_CURRENT_STATE => "not allowed in current state",
        _ => "unknown status",
    }
}
