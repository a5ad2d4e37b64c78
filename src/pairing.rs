//! Pairing: pair-setup (reference §3), pair-verify (§4) and pairings management (§6), for both
//! roles. Pure state machines: TLV8 bytes in, TLV8 bytes out, no I/O.
//!
//! CONTRACT (skeleton): the server (`server`) and the client (`client`) are written against the
//! signatures below. The owner of this module fills in the bodies and may add items, but keeps
//! these names and shapes (or updates both callers in the same change).

use ed25519_dalek::SigningKey;

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
