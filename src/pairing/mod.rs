//! Pairing: pair-setup (reference §3), pair-verify (§4) and pairings management (§6), for both
//! roles. Pure state machines: TLV8 bytes in, TLV8 bytes out, no I/O.
//!
//! CONTRACT: the server (`server`) and the client (`client`) are written against the types
//! below ([`ControllerPairing`], [`AccessoryIdentity`], [`ControllerIdentity`],
//! [`AccessoryPairing`], [`SessionKeys`], [`PairingErrorCode`]) and the state machines
//! re-exported here.
//!
//! * Accessory: [`PairSetupManager`] (one per accessory, admission rules of §3.1),
//!   [`PairVerifyServer`] (one per connection), [`handle_pairings_request`] (`POST /pairings`).
//! * Controller: [`PairSetupClient`], [`PairVerifyClient`], [`pairings_request`] builders.
//!
//! Pairing errors travel as TLV `State ‖ Error` in an HTTP 200 reply (§3.1); every refusal is
//! logged at `warn` with its reason on target `hksv::hap`.

use ed25519_dalek::SigningKey;
use thiserror::Error;

use crate::crypto::CryptoError;
use crate::srp::SrpError;
use crate::tlv8::{Tlv8, Tlv8Error, types};

mod pairings;
mod setup_client;
mod setup_server;
mod verify_client;
mod verify_server;

pub use pairings::{
    MAX_PAIRING_ID_LEN, MAX_PAIRINGS, PairingsOutcome, PairingsRequest, RemoveOutcome, add_pairing,
    handle_pairings_request, list_pairings, pairings_request, parse_list_response, remove_pairing,
};
pub use setup_client::{PairSetupClient, PairSetupClientStep};
pub use setup_server::{
    ConnectionId, MAX_FAILED_ATTEMPTS, PairSetupManager, PairSetupOutcome, PairSetupResponse,
    SETUP_TAKEOVER_TIMEOUT, SetupJob, SetupJobDone, SetupStep,
};
pub use verify_client::{PairVerifyClient, PairVerifyClientStep};
pub use verify_server::{PairVerifyOutcome, PairVerifyResponse, PairVerifyServer};

/// Log target of all pairing steps.
pub(crate) const LOG_TARGET: &str = "hksv::hap";

/// A controller pairing as stored by the accessory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControllerPairing {
    /// Controller pairing identifier (usually an uppercase UUID string).
    pub id: String,
    /// Controller long-term Ed25519 public key.
    pub ltpk: [u8; 32],
    /// Admin permission (`Permissions = 0x01`).
    pub admin: bool,
}

/// The accessory's long-term identity.
#[derive(Clone)]
pub struct AccessoryIdentity {
    /// Device id / accessory pairing id, `XX:XX:XX:XX:XX:XX` uppercase.
    pub device_id: String,
    /// Long-term Ed25519 secret key.
    pub signing_key: SigningKey,
}

/// A controller's long-term identity (used by [`crate::client`]).
#[derive(Clone)]
pub struct ControllerIdentity {
    /// Controller pairing identifier.
    pub id: String,
    /// Long-term Ed25519 secret key.
    pub signing_key: SigningKey,
}

/// What a controller learns about the accessory at the end of pair-setup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessoryPairing {
    /// Accessory pairing id (`XX:XX:XX:XX:XX:XX`).
    pub id: String,
    /// Accessory long-term Ed25519 public key.
    pub ltpk: [u8; 32],
}

/// Keys of one verified session (reference §4). The shared secret is kept because the
/// HomeKit Data Stream keys are derived from it (§12.1).
#[derive(Clone)]
pub struct SessionKeys {
    /// X25519 shared secret of pair-verify.
    pub shared_secret: [u8; 32],
    /// `Control-Read-Encryption-Key`: accessory → controller.
    pub accessory_to_controller: [u8; 32],
    /// `Control-Write-Encryption-Key`: controller → accessory.
    pub controller_to_accessory: [u8; 32],
}

impl SessionKeys {
    /// Derives the control channel keys from the pair-verify shared secret (§4).
    pub fn from_shared_secret(shared_secret: [u8; 32]) -> Self {
        Self {
            shared_secret,
            accessory_to_controller: crate::crypto::hkdf_sha512(
                &shared_secret,
                b"Control-Salt",
                b"Control-Read-Encryption-Key",
            ),
            controller_to_accessory: crate::crypto::hkdf_sha512(
                &shared_secret,
                b"Control-Salt",
                b"Control-Write-Encryption-Key",
            ),
        }
    }
}

impl std::fmt::Debug for SessionKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionKeys { .. }")
    }
}

/// Pairing TLV error codes (reference §2.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairingErrorCode {
    /// 0x01
    Unknown = 1,
    /// 0x02
    Authentication = 2,
    /// 0x03
    Backoff = 3,
    /// 0x04
    MaxPeers = 4,
    /// 0x05
    MaxTries = 5,
    /// 0x06
    Unavailable = 6,
    /// 0x07
    Busy = 7,
}

impl PairingErrorCode {
    /// The code for a TLV `Error` byte; unassigned values map to [`PairingErrorCode::Unknown`].
    pub fn from_u8(value: u8) -> Self {
        match value {
            2 => Self::Authentication,
            3 => Self::Backoff,
            4 => Self::MaxPeers,
            5 => Self::MaxTries,
            6 => Self::Unavailable,
            7 => Self::Busy,
            _ => Self::Unknown,
        }
    }
}

/// Pairing failures seen by the caller of a state machine (mostly the controller side).
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum PairingError {
    /// Malformed TLV8.
    #[error("malformed pairing TLV: {0}")]
    Tlv(#[from] Tlv8Error),
    /// SRP failure.
    #[error("SRP: {0}")]
    Srp(#[from] SrpError),
    /// Decryption or signature failure.
    #[error("crypto: {0}")]
    Crypto(#[from] CryptoError),
    /// The peer answered with a TLV `Error`.
    #[error("peer reported pairing error {0:?}")]
    Peer(PairingErrorCode),
    /// The peer's `State` is not the one expected now.
    #[error("unexpected pairing state {got}, expected {expected}")]
    UnexpectedState {
        /// Expected M-number.
        expected: u8,
        /// Received M-number.
        got: u8,
    },
    /// The state machine was driven after it finished or failed.
    #[error("pairing procedure already finished")]
    Finished,
    /// The peer's identifier is not the one expected.
    #[error("peer identifier {0:?} does not match the expected pairing")]
    IdentifierMismatch(String),
    /// A request could not be understood.
    #[error("invalid pairing request: {0}")]
    InvalidRequest(&'static str),
}

/// A reply carrying only `State` and `Error` (reference §3.1).
pub fn error_response(state: u8, code: PairingErrorCode) -> Vec<u8> {
    let mut tlv = Tlv8::new();
    tlv.push_u8(types::STATE, state)
        .push_u8(types::ERROR, code as u8);
    tlv.encode()
}

/// Logs a refusal at `warn` with its reason and builds its `State ‖ Error` body.
fn refusal(procedure: &str, state: u8, code: PairingErrorCode, reason: &str) -> Vec<u8> {
    crate::logging::log_warn!(target: LOG_TARGET, "{procedure} M{state}: refused with {code:?}: {reason}");
    error_response(state, code)
}

/// Reads `State` and returns an error if it differs from `expected`, or if the TLV carries an
/// `Error` item (controller side).
fn expect_state(tlv: &Tlv8, expected: u8) -> Result<(), PairingError> {
    if let Some(code) = tlv.get_u8(types::ERROR)? {
        return Err(PairingError::Peer(PairingErrorCode::from_u8(code)));
    }
    let got = tlv.require_u8(types::STATE)?;
    if got != expected {
        return Err(PairingError::UnexpectedState { expected, got });
    }
    Ok(())
}

/// `prefix ‖ pairing id ‖ suffix`: the message covered by every pairing signature (§3.4, §4).
fn signed_info(prefix: &[u8; 32], id: &str, suffix: &[u8; 32]) -> Vec<u8> {
    let mut info = Vec::with_capacity(64 + id.len());
    info.extend_from_slice(prefix);
    info.extend_from_slice(id.as_bytes());
    info.extend_from_slice(suffix);
    info
}

/// Keys derived from the SRP session key `K` for M5/M6 (reference §3.4).
struct SetupKeys {
    /// `SessionKey` for the M5/M6 `EncryptedData`.
    encrypt: [u8; 32],
    /// `iOSDeviceX`, prefix of the controller's M5 signature.
    controller_sign: [u8; 32],
    /// `AccessoryX`, prefix of the accessory's M6 signature.
    accessory_sign: [u8; 32],
}

impl SetupKeys {
    fn derive(srp_key: &[u8; 64]) -> Self {
        use crate::crypto::hkdf_sha512;
        Self {
            encrypt: hkdf_sha512(
                srp_key,
                b"Pair-Setup-Encrypt-Salt",
                b"Pair-Setup-Encrypt-Info",
            ),
            controller_sign: hkdf_sha512(
                srp_key,
                b"Pair-Setup-Controller-Sign-Salt",
                b"Pair-Setup-Controller-Sign-Info",
            ),
            accessory_sign: hkdf_sha512(
                srp_key,
                b"Pair-Setup-Accessory-Sign-Salt",
                b"Pair-Setup-Accessory-Sign-Info",
            ),
        }
    }
}

/// `VerifyKey` of pair-verify M2/M3 (reference §4).
fn verify_key(shared_secret: &[u8; 32]) -> [u8; 32] {
    crate::crypto::hkdf_sha512(
        shared_secret,
        b"Pair-Verify-Encrypt-Salt",
        b"Pair-Verify-Encrypt-Info",
    )
}

/// Builds the `Identifier ‖ PublicKey ‖ Signature` sub-TLV used by M5/M6 and verify M2/M3.
fn signed_sub_tlv(id: &str, public_key: Option<&[u8; 32]>, signature: &[u8; 64]) -> Vec<u8> {
    let mut tlv = Tlv8::new();
    tlv.push_str(types::IDENTIFIER, id);
    if let Some(key) = public_key {
        tlv.push(types::PUBLIC_KEY, key.to_vec());
    }
    tlv.push(types::SIGNATURE, signature.to_vec());
    tlv.encode()
}

#[cfg(test)]
mod tests;
