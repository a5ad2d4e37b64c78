//! Accessory side of pair-verify M1–M4 (reference §4), one per connection.

use crate::logging::{log_debug, log_info};

use super::{
    AccessoryIdentity, ControllerPairing, LOG_TARGET, PairingErrorCode, SessionKeys, refusal,
    signed_info, signed_sub_tlv, verify_key,
};
use crate::crypto::{X25519KeyPair, ed25519_sign, ed25519_verify, open, seal};
use crate::tlv8::{Tlv8, types};

/// What the server should do after sending a pair-verify reply.
#[derive(Clone, Debug)]
pub enum PairVerifyOutcome {
    /// M2 sent; wait for M3.
    Continue,
    /// M4 sent in plaintext: every later byte on this connection is encrypted with `keys`.
    Verified {
        /// The stored pairing the controller proved it holds.
        controller: ControllerPairing,
        /// Session keys.
        keys: SessionKeys,
    },
    /// An error reply was sent; the reason is for the log.
    Failed(String),
}

/// One pair-verify reply.
#[derive(Clone, Debug)]
pub struct PairVerifyResponse {
    /// TLV8 response body.
    pub body: Vec<u8>,
    /// What happened.
    pub outcome: PairVerifyOutcome,
}

struct AwaitM3 {
    accessory_public: [u8; 32],
    controller_public: [u8; 32],
    shared_secret: [u8; 32],
    verify_key: [u8; 32],
}

/// Pair-verify state of one connection.
#[derive(Default)]
pub struct PairVerifyServer {
    pending: Option<AwaitM3>,
}

impl PairVerifyServer {
    /// A connection that has not started pair-verify.
    pub fn new() -> Self {
        Self::default()
    }

    /// Handles one `POST /pair-verify` body. `lookup` returns the stored pairing for a
    /// controller identifier.
    pub fn handle(
        &mut self,
        request: &[u8],
        identity: &AccessoryIdentity,
        lookup: impl Fn(&str) -> Option<ControllerPairing>,
    ) -> PairVerifyResponse {
        let tlv = match Tlv8::decode(request) {
            Ok(tlv) => tlv,
            Err(e) => return refuse(2, PairingErrorCode::Unknown, format!("bad TLV: {e}")),
        };
        match tlv.require_u8(types::STATE) {
            Ok(1) => self.handle_m1(&tlv, identity),
            Ok(3) => match self.pending.take() {
                Some(pending) => handle_m3(&pending, &tlv, lookup),
                None => refuse(4, PairingErrorCode::Unknown, "M3 without M1".into()),
            },
            Ok(state) => refuse(
                state.saturating_add(1),
                PairingErrorCode::Unknown,
                format!("unexpected state M{state}"),
            ),
            Err(e) => refuse(2, PairingErrorCode::Unknown, format!("bad State: {e}")),
        }
    }

    fn handle_m1(&mut self, tlv: &Tlv8, identity: &AccessoryIdentity) -> PairVerifyResponse {
        self.pending = None;
        let controller_public = match tlv.require_array::<32>(types::PUBLIC_KEY) {
            Ok(key) => key,
            Err(e) => return refuse(2, PairingErrorCode::Unknown, format!("M1: {e}")),
        };
        log_debug!(target: LOG_TARGET, "pair-verify M1: controller ephemeral key received");
        let ours = match X25519KeyPair::generate() {
            Ok(k) => k,
            Err(e) => return refuse(2, PairingErrorCode::Unknown, e.to_string()),
        };
        let shared_secret = match ours.diffie_hellman(&controller_public) {
            Ok(s) => s,
            Err(e) => return refuse(2, PairingErrorCode::Authentication, e.to_string()),
        };
        let key = verify_key(&shared_secret);
        let info = signed_info(&ours.public, &identity.device_id, &controller_public);
        let signature = ed25519_sign(&identity.signing_key, &info);
        let sub = signed_sub_tlv(&identity.device_id, None, &signature);
        let mut reply = Tlv8::new();
        reply
            .push_u8(types::STATE, 2)
            .push(types::PUBLIC_KEY, ours.public.to_vec())
            .push(types::ENCRYPTED_DATA, seal(&key, b"PV-Msg02", &[], &sub));
        self.pending = Some(AwaitM3 {
            accessory_public: ours.public,
            controller_public,
            shared_secret,
            verify_key: key,
        });
        log_debug!(target: LOG_TARGET, "pair-verify M2 sent");
        PairVerifyResponse {
            body: reply.encode(),
            outcome: PairVerifyOutcome::Continue,
        }
    }
}

fn handle_m3(
    pending: &AwaitM3,
    tlv: &Tlv8,
    lookup: impl Fn(&str) -> Option<ControllerPairing>,
) -> PairVerifyResponse {
    match check_m3(pending, tlv, lookup) {
        Ok(controller) => {
            log_info!(target: LOG_TARGET, "pair-verify M4: controller {} verified (admin {})", controller.id, controller.admin);
            let mut reply = Tlv8::new();
            reply.push_u8(types::STATE, 4);
            PairVerifyResponse {
                body: reply.encode(),
                outcome: PairVerifyOutcome::Verified {
                    controller,
                    keys: SessionKeys::from_shared_secret(pending.shared_secret),
                },
            }
        }
        Err(reason) => refuse(4, PairingErrorCode::Authentication, reason),
    }
}

fn check_m3(
    pending: &AwaitM3,
    tlv: &Tlv8,
    lookup: impl Fn(&str) -> Option<ControllerPairing>,
) -> Result<ControllerPairing, String> {
    let encrypted = tlv
        .require(types::ENCRYPTED_DATA)
        .map_err(|e| e.to_string())?;
    let plain = open(&pending.verify_key, b"PV-Msg03", &[], encrypted)
        .map_err(|e| format!("M3 decryption: {e}"))?;
    let sub = Tlv8::decode(&plain).map_err(|e| format!("M3 sub-TLV: {e}"))?;
    let id = sub
        .require_str(types::IDENTIFIER)
        .map_err(|e| e.to_string())?;
    let signature = sub.require(types::SIGNATURE).map_err(|e| e.to_string())?;
    log_debug!(target: LOG_TARGET, "pair-verify M3 from controller {id}");
    let controller = lookup(id).ok_or_else(|| format!("unknown controller {id}"))?;
    let info = signed_info(&pending.controller_public, id, &pending.accessory_public);
    ed25519_verify(&controller.ltpk, &info, signature)
        .map_err(|e| format!("M3 signature of controller {id}: {e}"))?;
    Ok(controller)
}

fn refuse(state: u8, code: PairingErrorCode, reason: String) -> PairVerifyResponse {
    PairVerifyResponse {
        body: refusal("pair-verify", state, code, &reason),
        outcome: PairVerifyOutcome::Failed(reason),
    }
}
