//! Accessory side of pair-setup M1–M6 (reference §3) with the admission rules of §3.1.

use std::time::{Duration, Instant};

use crate::logging::{log_debug, log_info};

use super::{
    AccessoryIdentity, ControllerPairing, LOG_TARGET, PairingErrorCode, SetupKeys, refusal,
    signed_info, signed_sub_tlv,
};
use crate::crypto::{ed25519_sign, ed25519_verify, open, seal};
use crate::srp::{SrpError, SrpServer, SrpSession};
use crate::tlv8::{Tlv8, types};

/// Identifies one TCP connection to the accessory (assigned by the server).
pub type ConnectionId = u64;

/// Failed setup-code attempts after which pair-setup is refused with `MaxTries`
/// (ADK rule `>= 100`, reference §2.4 and §16 #24).
pub const MAX_FAILED_ATTEMPTS: u32 = 100;

/// Age after which another controller may take over a pending pair-setup (ADK
/// `kHAPPairing_PairSetupProcedureTimeout`, reference §3.1).
pub const SETUP_TAKEOVER_TIMEOUT: Duration = Duration::from_secs(30);

/// What the server should do after sending a pair-setup reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PairSetupOutcome {
    /// Intermediate step sent; wait for the next request.
    Continue,
    /// M6 sent: store this pairing (admin), set `sf=0` and re-advertise.
    Paired(ControllerPairing),
    /// An error reply was sent; the reason is for the log.
    Failed(String),
}

/// One pair-setup reply: TLV8 body for an HTTP 200 response and the outcome.
#[derive(Clone, Debug)]
pub struct PairSetupResponse {
    /// TLV8 response body (`application/pairing+tlv8`).
    pub body: Vec<u8>,
    /// What happened.
    pub outcome: PairSetupOutcome,
}

/// What [`PairSetupManager::begin`] decided about a request.
pub enum SetupStep {
    /// The reply is ready (cheap steps, refusals).
    Reply(PairSetupResponse),
    /// The request needs SRP exponentiations: run [`SetupJob::run`] without holding whatever
    /// guards the manager, then give the result to [`PairSetupManager::finish`]. While the job
    /// runs the procedure stays reserved for its connection (others get `Busy`).
    Compute(SetupJob),
}

/// The 3072-bit SRP work of one pair-setup request (M1: a new verifier and `B`; M3: checking
/// the controller's proof). Owns everything it needs, so it can run on any thread.
pub struct SetupJob {
    connection: ConnectionId,
    work: Work,
}

enum Work {
    Start {
        setup_code: String,
    },
    Verify {
        srp: Box<SrpServer>,
        a: Vec<u8>,
        proof: Vec<u8>,
    },
}

/// A finished [`SetupJob`], for [`PairSetupManager::finish`].
pub struct SetupJobDone {
    connection: ConnectionId,
    done: Done,
}

enum Done {
    Started(Result<Box<SrpServer>, SrpError>),
    Verified(Result<SrpSession, SrpError>),
}

impl SetupJob {
    /// Does the exponentiations (tens of milliseconds): call it where it blocks nothing else.
    pub fn run(self) -> SetupJobDone {
        let done = match self.work {
            Work::Start { setup_code } => Done::Started(SrpServer::new(&setup_code).map(Box::new)),
            Work::Verify { srp, a, proof } => Done::Verified(srp.verify_client(&a, &proof)),
        };
        SetupJobDone {
            connection: self.connection,
            done,
        }
    }
}

enum Step {
    /// A [`SetupJob`] of this procedure is running (outside the server's lock).
    Computing,
    /// M2 sent; waiting for M3.
    AwaitM3(Box<SrpServer>),
    /// M4 sent; waiting for M5. Holds the SRP session key `K`.
    AwaitM5([u8; 64]),
}

struct Procedure {
    connection: ConnectionId,
    started: Instant,
    step: Step,
}

/// Per-accessory pair-setup coordinator: at most one procedure at a time (§3.1).
pub struct PairSetupManager {
    setup_code: String,
    failed_attempts: u32,
    procedure: Option<Procedure>,
}

impl PairSetupManager {
    /// A manager for `setup_code` (`XXX-XX-XXX`, see [`crate::setup::SetupCode`]).
    pub fn new(setup_code: impl Into<String>) -> Self {
        Self {
            setup_code: setup_code.into(),
            failed_attempts: 0,
            procedure: None,
        }
    }

    /// Restores a persisted failed-attempt counter.
    pub fn with_failed_attempts(mut self, failed_attempts: u32) -> Self {
        self.failed_attempts = failed_attempts;
        self
    }

    /// Failed setup-code attempts so far (persist it to keep `MaxTries` across restarts).
    pub fn failed_attempts(&self) -> u32 {
        self.failed_attempts
    }

    /// `true` while a pair-setup procedure is pending.
    pub fn in_progress(&self) -> bool {
        self.procedure.is_some()
    }

    /// Forgets the procedure of a closed connection.
    pub fn connection_closed(&mut self, connection: ConnectionId) {
        if self
            .procedure
            .as_ref()
            .is_some_and(|p| p.connection == connection)
        {
            log_debug!(target: LOG_TARGET, "pair-setup: connection {connection} closed, procedure dropped");
            self.procedure = None;
        }
    }

    /// Handles one `POST /pair-setup` body from `connection` start to end (the SRP work
    /// included). `already_paired` is whether any pairing is stored; `now` drives the 30 s
    /// take-over rule. A server that shares the manager between connections uses
    /// [`Self::begin`], [`SetupJob::run`] and [`Self::finish`] instead.
    pub fn handle(
        &mut self,
        connection: ConnectionId,
        request: &[u8],
        identity: &AccessoryIdentity,
        already_paired: bool,
        now: Instant,
    ) -> PairSetupResponse {
        match self.begin(connection, request, identity, already_paired, now) {
            SetupStep::Reply(reply) => reply,
            SetupStep::Compute(job) => self.finish(job.run(), now),
        }
    }

    /// First half of [`Self::handle`]: checks the request and the admission rules; M1 and M3
    /// return the SRP work to do as a [`SetupJob`].
    pub fn begin(
        &mut self,
        connection: ConnectionId,
        request: &[u8],
        identity: &AccessoryIdentity,
        already_paired: bool,
        now: Instant,
    ) -> SetupStep {
        let tlv = match Tlv8::decode(request) {
            Ok(tlv) => tlv,
            Err(e) => {
                return SetupStep::Reply(self.refuse(
                    2,
                    PairingErrorCode::Unknown,
                    format!("bad TLV: {e}"),
                ));
            }
        };
        match tlv.require_u8(types::STATE) {
            Ok(1) => self.handle_m1(connection, &tlv, already_paired, now),
            Ok(3) => self.handle_m3(connection, &tlv),
            Ok(5) => SetupStep::Reply(self.handle_m5(connection, &tlv, identity)),
            Ok(state) => SetupStep::Reply(self.refuse(
                state.saturating_add(1),
                PairingErrorCode::Unknown,
                format!("unexpected state M{state}"),
            )),
            Err(e) => SetupStep::Reply(self.refuse(
                2,
                PairingErrorCode::Unknown,
                format!("bad State: {e}"),
            )),
        }
    }

    /// Second half of [`Self::handle`]: builds M2 or M4 from a finished [`SetupJob`]. When the
    /// procedure was taken over or its connection closed meanwhile, the result is dropped.
    pub fn finish(&mut self, job: SetupJobDone, now: Instant) -> PairSetupResponse {
        let connection = job.connection;
        let state = match job.done {
            Done::Started(_) => 2,
            Done::Verified(_) => 4,
        };
        let started = match &self.procedure {
            Some(p) if p.connection == connection && matches!(p.step, Step::Computing) => p.started,
            _ => {
                let reason = "procedure taken over or closed during SRP".to_owned();
                return self.refuse(state, PairingErrorCode::Unknown, reason);
            }
        };
        match job.done {
            Done::Started(Ok(srp)) => {
                let mut reply = Tlv8::new();
                reply
                    .push_u8(types::STATE, 2)
                    .push(types::PUBLIC_KEY, srp.public_key().to_vec())
                    .push(types::SALT, srp.salt().to_vec());
                self.procedure = Some(Procedure {
                    connection,
                    started,
                    step: Step::AwaitM3(srp),
                });
                log_debug!(target: LOG_TARGET, "pair-setup M2 to connection {connection}: SRP salt and B sent");
                PairSetupResponse {
                    body: reply.encode(),
                    outcome: PairSetupOutcome::Continue,
                }
            }
            Done::Started(Err(e)) => {
                self.procedure = None;
                self.refuse(2, PairingErrorCode::Unknown, format!("SRP: {e}"))
            }
            Done::Verified(Ok(session)) => {
                log_debug!(target: LOG_TARGET, "pair-setup M4 to connection {connection}: SRP proof accepted ({:?} byte forms)", session.dialect);
                let mut reply = Tlv8::new();
                reply
                    .push_u8(types::STATE, 4)
                    .push(types::PROOF, session.server_proof.to_vec());
                self.procedure = Some(Procedure {
                    connection,
                    started: started.min(now),
                    step: Step::AwaitM5(session.key),
                });
                PairSetupResponse {
                    body: reply.encode(),
                    outcome: PairSetupOutcome::Continue,
                }
            }
            Done::Verified(Err(SrpError::BadProof)) => {
                self.procedure = None;
                // Only a proof that does not match is a guess of the setup code (§2.4 MaxTries).
                self.failed_attempts = self.failed_attempts.saturating_add(1);
                let reason = format!(
                    "wrong setup code (SRP proof mismatch); failed attempts {}",
                    self.failed_attempts
                );
                self.refuse(4, PairingErrorCode::Authentication, reason)
            }
            Done::Verified(Err(e)) => {
                self.procedure = None;
                let reason = format!("malformed M3 ({e}); not counted as a setup code attempt");
                self.refuse(4, PairingErrorCode::Authentication, reason)
            }
        }
    }

    fn refuse(&self, state: u8, code: PairingErrorCode, reason: String) -> PairSetupResponse {
        PairSetupResponse {
            body: refusal("pair-setup", state, code, &reason),
            outcome: PairSetupOutcome::Failed(reason),
        }
    }

    fn handle_m1(
        &mut self,
        connection: ConnectionId,
        tlv: &Tlv8,
        already_paired: bool,
        now: Instant,
    ) -> SetupStep {
        let method = tlv.get_u8(types::METHOD).ok().flatten();
        let flags = tlv.get_u32(types::FLAGS).ok().flatten();
        log_debug!(target: LOG_TARGET, "pair-setup M1 from connection {connection}: method {method:?}, flags {flags:?}");
        let refuse = |this: &Self, code, reason| SetupStep::Reply(this.refuse(2, code, reason));
        if method.is_some_and(|m| m > 1) {
            return refuse(
                self,
                PairingErrorCode::Unknown,
                format!("method {method:?}"),
            );
        }
        if already_paired {
            return refuse(self, PairingErrorCode::Unavailable, "already paired".into());
        }
        if self.failed_attempts >= MAX_FAILED_ATTEMPTS {
            let reason = format!("{} failed attempts", self.failed_attempts);
            return refuse(self, PairingErrorCode::MaxTries, reason);
        }
        let mut started = now;
        if let Some(p) = &self.procedure {
            let age = now.saturating_duration_since(p.started);
            if p.connection == connection {
                // The restart keeps the first M1's time: sending M1 again cannot hold the
                // accessory past the take-over age (§3.1).
                log_debug!(target: LOG_TARGET, "pair-setup: connection {connection} restarts its procedure (started {age:?} ago)");
                started = p.started;
            } else if age < SETUP_TAKEOVER_TIMEOUT {
                let reason = format!("connection {} started pair-setup {age:?} ago", p.connection);
                return refuse(self, PairingErrorCode::Busy, reason);
            } else {
                log_info!(target: LOG_TARGET, "pair-setup: connection {connection} takes over from connection {} after {age:?}", p.connection);
            }
        }
        self.procedure = Some(Procedure {
            connection,
            started,
            step: Step::Computing,
        });
        SetupStep::Compute(SetupJob {
            connection,
            work: Work::Start {
                setup_code: self.setup_code.clone(),
            },
        })
    }

    /// Takes the procedure if it belongs to `connection` (out-of-sequence otherwise).
    fn take_procedure(&mut self, connection: ConnectionId) -> Option<Procedure> {
        match &self.procedure {
            Some(p) if p.connection == connection => self.procedure.take(),
            _ => None,
        }
    }

    fn handle_m3(&mut self, connection: ConnectionId, tlv: &Tlv8) -> SetupStep {
        let refuse = |this: &Self, reason| {
            SetupStep::Reply(this.refuse(4, PairingErrorCode::Unknown, reason))
        };
        let Some(procedure) = self.take_procedure(connection) else {
            return refuse(self, "M3 without M1".into());
        };
        let Step::AwaitM3(srp) = procedure.step else {
            return refuse(self, "M3 out of sequence".into());
        };
        let (a, proof) = match (tlv.require(types::PUBLIC_KEY), tlv.require(types::PROOF)) {
            (Ok(a), Ok(proof)) => (a.to_vec(), proof.to_vec()),
            (Err(e), _) | (_, Err(e)) => return refuse(self, format!("M3: {e}")),
        };
        log_debug!(target: LOG_TARGET, "pair-setup M3 from connection {connection}: A {} bytes", a.len());
        self.procedure = Some(Procedure {
            connection,
            started: procedure.started,
            step: Step::Computing,
        });
        SetupStep::Compute(SetupJob {
            connection,
            work: Work::Verify { srp, a, proof },
        })
    }

    fn handle_m5(
        &mut self,
        connection: ConnectionId,
        tlv: &Tlv8,
        identity: &AccessoryIdentity,
    ) -> PairSetupResponse {
        let Some(procedure) = self.take_procedure(connection) else {
            return self.refuse(6, PairingErrorCode::Unknown, "M5 without M1".into());
        };
        let Step::AwaitM5(srp_key) = procedure.step else {
            return self.refuse(6, PairingErrorCode::Unknown, "M5 out of sequence".into());
        };
        log_debug!(target: LOG_TARGET, "pair-setup M5 from connection {connection}");
        match exchange_m5(&srp_key, tlv, identity) {
            Ok((body, pairing)) => {
                self.failed_attempts = 0;
                log_info!(target: LOG_TARGET, "pair-setup M6 to connection {connection}: paired with controller {} (admin)", pairing.id);
                PairSetupResponse {
                    body,
                    outcome: PairSetupOutcome::Paired(pairing),
                }
            }
            Err(reason) => self.refuse(6, PairingErrorCode::Authentication, reason),
        }
    }
}

/// Decrypts and checks M5, then builds M6 (reference §3.4).
fn exchange_m5(
    srp_key: &[u8; 64],
    tlv: &Tlv8,
    identity: &AccessoryIdentity,
) -> Result<(Vec<u8>, ControllerPairing), String> {
    let encrypted = tlv
        .require(types::ENCRYPTED_DATA)
        .map_err(|e| e.to_string())?;
    let keys = SetupKeys::derive(srp_key);
    let plain = open(&keys.encrypt, b"PS-Msg05", &[], encrypted)
        .map_err(|e| format!("M5 decryption: {e}"))?;
    let sub = Tlv8::decode(&plain).map_err(|e| format!("M5 sub-TLV: {e}"))?;
    let id = sub
        .require_str(types::IDENTIFIER)
        .map_err(|e| e.to_string())?;
    if id.len() > super::MAX_PAIRING_ID_LEN {
        return Err(format!(
            "M5 controller identifier of {} bytes (at most {})",
            id.len(),
            super::MAX_PAIRING_ID_LEN
        ));
    }
    let ltpk = sub
        .require_array::<32>(types::PUBLIC_KEY)
        .map_err(|e| e.to_string())?;
    let signature = sub.require(types::SIGNATURE).map_err(|e| e.to_string())?;
    let signed = signed_info(&keys.controller_sign, id, &ltpk);
    ed25519_verify(&ltpk, &signed, signature)
        .map_err(|e| format!("M5 signature of controller {id}: {e}"))?;

    let accessory_ltpk = identity.signing_key.verifying_key().to_bytes();
    let info = signed_info(&keys.accessory_sign, &identity.device_id, &accessory_ltpk);
    let signature = ed25519_sign(&identity.signing_key, &info);
    let sub = signed_sub_tlv(&identity.device_id, Some(&accessory_ltpk), &signature);
    let mut reply = Tlv8::new();
    reply.push_u8(types::STATE, 6).push(
        types::ENCRYPTED_DATA,
        seal(&keys.encrypt, b"PS-Msg06", &[], &sub),
    );
    Ok((
        reply.encode(),
        ControllerPairing {
            id: id.to_owned(),
            ltpk,
            admin: true,
        },
    ))
}
