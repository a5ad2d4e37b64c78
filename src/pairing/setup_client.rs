//! Controller side of pair-setup M1–M6 (reference §3), for our tests and proxy mode.

use crate::logging::{log_debug, log_info};

use super::{
    AccessoryPairing, ControllerIdentity, LOG_TARGET, PairingError, SetupKeys, expect_state,
    signed_info, signed_sub_tlv,
};
use crate::crypto::{ed25519_sign, ed25519_verify, open, seal};
use crate::srp::{SrpClient, SrpClientProof};
use crate::tlv8::{Tlv8, types};

/// What to do after feeding an accessory reply to [`PairSetupClient::handle`].
#[derive(Debug)]
pub enum PairSetupClientStep {
    /// Send this TLV8 body as the next `POST /pair-setup`.
    Send(Vec<u8>),
    /// Pair-setup finished: store the accessory's identity.
    Paired(AccessoryPairing),
}

enum State {
    Start,
    AwaitM2,
    AwaitM4(Box<SrpClientProof>),
    AwaitM6(SetupKeys),
    Done,
}

/// Pair-setup as a controller.
pub struct PairSetupClient {
    setup_code: String,
    identity: ControllerIdentity,
    srp: SrpClient,
    state: State,
}

impl PairSetupClient {
    /// A client that pairs with `setup_code` (`XXX-XX-XXX`) as `identity`.
    pub fn new(setup_code: impl Into<String>, identity: ControllerIdentity) -> Self {
        Self {
            setup_code: setup_code.into(),
            identity,
            srp: SrpClient::new(),
            state: State::Start,
        }
    }

    /// Uses a fixed SRP private key (deterministic tests).
    pub fn with_srp_client(mut self, srp: SrpClient) -> Self {
        self.srp = srp;
        self
    }

    /// The M1 request body.
    pub fn start(&mut self) -> Vec<u8> {
        self.state = State::AwaitM2;
        log_debug!(target: LOG_TARGET, "pair-setup client: M1");
        let mut tlv = Tlv8::new();
        tlv.push_u8(types::STATE, 1).push_u8(types::METHOD, 0);
        tlv.encode()
    }

    /// Feeds M2, M4 or M6; returns the next request or the accessory's identity.
    pub fn handle(&mut self, response: &[u8]) -> Result<PairSetupClientStep, PairingError> {
        let tlv = Tlv8::decode(response)?;
        let result = match std::mem::replace(&mut self.state, State::Done) {
            State::AwaitM2 => self.on_m2(&tlv),
            State::AwaitM4(proof) => self.on_m4(&tlv, &proof),
            State::AwaitM6(keys) => self.on_m6(&tlv, &keys),
            State::Start | State::Done => Err(PairingError::Finished),
        };
        if result.is_err() {
            self.state = State::Done;
        }
        result
    }

    fn on_m2(&mut self, tlv: &Tlv8) -> Result<PairSetupClientStep, PairingError> {
        expect_state(tlv, 2)?;
        let salt = tlv.require(types::SALT)?;
        let b_pub = tlv.require(types::PUBLIC_KEY)?;
        log_debug!(target: LOG_TARGET, "pair-setup client: M2 (B {} bytes), sending M3", b_pub.len());
        let proof = self.srp.process_challenge(&self.setup_code, salt, b_pub)?;
        let mut reply = Tlv8::new();
        reply
            .push_u8(types::STATE, 3)
            .push(types::PUBLIC_KEY, proof.public_key.clone())
            .push(types::PROOF, proof.proof.to_vec());
        self.state = State::AwaitM4(Box::new(proof));
        Ok(PairSetupClientStep::Send(reply.encode()))
    }

    fn on_m4(
        &mut self,
        tlv: &Tlv8,
        proof: &SrpClientProof,
    ) -> Result<PairSetupClientStep, PairingError> {
        expect_state(tlv, 4)?;
        proof.verify_server(tlv.require(types::PROOF)?)?;
        log_debug!(target: LOG_TARGET, "pair-setup client: M4 accessory proof valid, sending M5");
        let keys = SetupKeys::derive(&proof.key);
        let ltpk = self.identity.signing_key.verifying_key().to_bytes();
        let info = signed_info(&keys.controller_sign, &self.identity.id, &ltpk);
        let signature = ed25519_sign(&self.identity.signing_key, &info);
        let sub = signed_sub_tlv(&self.identity.id, Some(&ltpk), &signature);
        let mut reply = Tlv8::new();
        reply.push_u8(types::STATE, 5).push(
            types::ENCRYPTED_DATA,
            seal(&keys.encrypt, b"PS-Msg05", &[], &sub),
        );
        self.state = State::AwaitM6(keys);
        Ok(PairSetupClientStep::Send(reply.encode()))
    }

    fn on_m6(&mut self, tlv: &Tlv8, keys: &SetupKeys) -> Result<PairSetupClientStep, PairingError> {
        expect_state(tlv, 6)?;
        let plain = open(
            &keys.encrypt,
            b"PS-Msg06",
            &[],
            tlv.require(types::ENCRYPTED_DATA)?,
        )?;
        let sub = Tlv8::decode(&plain)?;
        let id = sub.require_str(types::IDENTIFIER)?;
        let ltpk = sub.require_array::<32>(types::PUBLIC_KEY)?;
        let info = signed_info(&keys.accessory_sign, id, &ltpk);
        ed25519_verify(&ltpk, &info, sub.require(types::SIGNATURE)?)?;
        log_info!(target: LOG_TARGET, "pair-setup client: paired with accessory {id}");
        Ok(PairSetupClientStep::Paired(AccessoryPairing {
            id: id.to_owned(),
            ltpk,
        }))
    }
}
