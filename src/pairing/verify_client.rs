//! Controller side of pair-verify M1–M4 (reference §4).

use crate::logging::{log_debug, log_info};

use super::{
    AccessoryPairing, ControllerIdentity, LOG_TARGET, PairingError, SessionKeys, expect_state,
    signed_info, signed_sub_tlv, verify_key,
};
use crate::crypto::{X25519KeyPair, ed25519_sign, ed25519_verify, open, seal};
use crate::tlv8::{Tlv8, types};

/// What to do after feeding an accessory reply to [`PairVerifyClient::handle`].
#[derive(Debug)]
pub enum PairVerifyClientStep {
    /// Send this TLV8 body as the next `POST /pair-verify`.
    Send(Vec<u8>),
    /// Verified: switch the connection to [`crate::session::SecureSession`] with these keys.
    Verified(SessionKeys),
}

enum State {
    Start,
    AwaitM2(X25519KeyPair),
    AwaitM4([u8; 32]),
    Done,
}

/// Pair-verify as a controller with a known accessory.
pub struct PairVerifyClient {
    identity: ControllerIdentity,
    accessory: AccessoryPairing,
    state: State,
}

impl PairVerifyClient {
    /// A client that verifies `accessory` (from pair-setup) as `identity`.
    pub fn new(identity: ControllerIdentity, accessory: AccessoryPairing) -> Self {
        Self {
            identity,
            accessory,
            state: State::Start,
        }
    }

    /// The M1 request body.
    pub fn start(&mut self) -> Result<Vec<u8>, PairingError> {
        let ours = X25519KeyPair::generate()?;
        let mut tlv = Tlv8::new();
        tlv.push_u8(types::STATE, 1)
            .push(types::PUBLIC_KEY, ours.public.to_vec());
        self.state = State::AwaitM2(ours);
        log_debug!(target: LOG_TARGET, "pair-verify client: M1");
        Ok(tlv.encode())
    }

    /// Feeds M2 or M4; returns M3 or the session keys.
    pub fn handle(&mut self, response: &[u8]) -> Result<PairVerifyClientStep, PairingError> {
        let tlv = Tlv8::decode(response)?;
        match std::mem::replace(&mut self.state, State::Done) {
            State::AwaitM2(ours) => self.on_m2(&tlv, &ours),
            State::AwaitM4(shared_secret) => {
                expect_state(&tlv, 4)?;
                log_info!(target: LOG_TARGET, "pair-verify client: verified with accessory {}", self.accessory.id);
                Ok(PairVerifyClientStep::Verified(
                    SessionKeys::from_shared_secret(shared_secret),
                ))
            }
            State::Start | State::Done => Err(PairingError::Finished),
        }
    }

    fn on_m2(
        &mut self,
        tlv: &Tlv8,
        ours: &X25519KeyPair,
    ) -> Result<PairVerifyClientStep, PairingError> {
        expect_state(tlv, 2)?;
        let accessory_public = tlv.require_array::<32>(types::PUBLIC_KEY)?;
        let shared_secret = ours.diffie_hellman(&accessory_public)?;
        let key = verify_key(&shared_secret);
        let plain = open(&key, b"PV-Msg02", &[], tlv.require(types::ENCRYPTED_DATA)?)?;
        let sub = Tlv8::decode(&plain)?;
        let id = sub.require_str(types::IDENTIFIER)?;
        if id != self.accessory.id {
            return Err(PairingError::IdentifierMismatch(id.to_owned()));
        }
        let info = signed_info(&accessory_public, id, &ours.public);
        ed25519_verify(&self.accessory.ltpk, &info, sub.require(types::SIGNATURE)?)?;
        log_debug!(target: LOG_TARGET, "pair-verify client: M2 signature of {id} valid, sending M3");

        let info = signed_info(&ours.public, &self.identity.id, &accessory_public);
        let signature = ed25519_sign(&self.identity.signing_key, &info);
        let sub = signed_sub_tlv(&self.identity.id, None, &signature);
        let mut reply = Tlv8::new();
        reply
            .push_u8(types::STATE, 3)
            .push(types::ENCRYPTED_DATA, seal(&key, b"PV-Msg03", &[], &sub));
        self.state = State::AwaitM4(shared_secret);
        Ok(PairVerifyClientStep::Send(reply.encode()))
    }
}
