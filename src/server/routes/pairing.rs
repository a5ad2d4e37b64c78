//! `/pair-setup`, `/pair-verify` (§3, §4), `/identify` and `/pairings` (§6).
//!
//! The server's lock is held only for bookkeeping: the SRP exponentiations of pair-setup M1
//! and M3 run on a thread of their own without it, so other connections and the streaming
//! thread's `set_motion` never wait for them; state saves run on such a thread too and
//! finish before the response goes out.

use std::sync::Arc;
use std::time::Instant;

use super::ConnState;
use crate::accessory::status;
use crate::http::Response;
use crate::pairing::{
    PairSetupOutcome, PairVerifyOutcome, SetupJob, SetupJobDone, SetupStep, handle_pairings_request,
};
use crate::server::ServerEvent;
use crate::server::shared::{LOG, Shared};

pub(super) async fn pair_setup(
    shared: &Arc<Shared>,
    conn: &mut ConnState,
    body: &[u8],
) -> Response {
    let (step, attempts_before) = {
        let mut inner = shared.lock();
        let already_paired = !inner.pairings.is_empty();
        let attempts = inner.setup.failed_attempts();
        let step = inner.setup.begin(
            conn.id,
            body,
            &shared.identity,
            already_paired,
            Instant::now(),
        );
        (step, attempts)
    };
    let reply = match step {
        SetupStep::Reply(reply) => reply,
        SetupStep::Compute(job) => {
            let done = run_srp(shared, job).await;
            let mut inner = shared.lock();
            match done {
                Some(done) => inner.setup.finish(done, Instant::now()),
                None => {
                    inner.setup.connection_closed(conn.id);
                    return Response::empty(500);
                }
            }
        }
    };
    match reply.outcome {
        PairSetupOutcome::Continue => conn.pairing_progress = true,
        PairSetupOutcome::Paired(pairing) => {
            conn.pairing_progress = true;
            crate::logging::log_info!(target: LOG, "[{}] conn {}: paired with controller {} (admin)", shared.name, conn.id, pairing.id);
            let pending = {
                let mut inner = shared.lock();
                inner.pairings.retain(|p| p.id != pairing.id);
                inner.pairings.push(pairing);
                let pending = shared.snapshot(&mut inner);
                shared.refresh_mdns(&mut inner);
                pending
            };
            // Written before M6 goes out: the controller never holds a pairing we could lose.
            shared.save_off_thread(pending).await;
            shared.emit(ServerEvent::PairingChanged { paired: true });
        }
        PairSetupOutcome::Failed(reason) => {
            crate::logging::log_warn!(target: LOG, "[{}] conn {}: pair-setup refused: {reason}", shared.name, conn.id);
            let pending = {
                let mut inner = shared.lock();
                (inner.setup.failed_attempts() != attempts_before)
                    .then(|| shared.snapshot(&mut inner))
            };
            if let Some(pending) = pending {
                shared.save_off_thread(pending).await;
            }
        }
    }
    Response::pairing(reply.body)
}

/// Runs the SRP work of one pair-setup step on a thread of its own, without the server's lock.
/// `None` when the thread failed (logged).
async fn run_srp(shared: &Arc<Shared>, job: SetupJob) -> Option<SetupJobDone> {
    #[cfg(test)]
    let probe_shared = shared.clone();
    let work = move || {
        #[cfg(test)]
        tests::probe(&probe_shared);
        job.run()
    };
    match crate::server::blocking::run("pair-setup SRP", work).await {
        Ok(done) => Some(done),
        Err(e) => {
            crate::logging::log_error!(target: LOG, "[{}] {e}", shared.name);
            None
        }
    }
}

pub(super) fn pair_verify(shared: &Shared, conn: &mut ConnState, body: &[u8]) -> Response {
    // A copy of the (at most 32) pairings: the signature check runs without the lock.
    let pairings = shared.lock().pairings.clone();
    let reply = conn.verify.handle(body, &shared.identity, |id| {
        pairings.iter().find(|p| p.id == id).cloned()
    });
    match reply.outcome {
        PairVerifyOutcome::Continue => {}
        PairVerifyOutcome::Verified { controller, keys } => {
            crate::logging::log_info!(target: LOG, "[{}] conn {}: session verified for controller {} (admin {})",
                shared.name, conn.id, controller.id, controller.admin);
            conn.controller = Some(controller.id.clone());
            conn.keys = Some(keys);
            conn.switch_to_encrypted = true;
            shared.emit(ServerEvent::SessionVerified {
                controller_id: controller.id,
            });
        }
        PairVerifyOutcome::Failed(reason) => {
            crate::logging::log_warn!(target: LOG, "[{}] conn {}: pair-verify refused: {reason}", shared.name, conn.id);
        }
    }
    Response::pairing(reply.body)
}

pub(super) fn identify(shared: &Shared, conn: &ConnState) -> Response {
    if !shared.lock().pairings.is_empty() {
        crate::logging::log_warn!(target: LOG, "[{}] conn {}: /identify refused, accessory is paired", shared.name, conn.id);
        return Response::hap_status(400, status::INSUFFICIENT_PRIVILEGES);
    }
    crate::logging::log_info!(target: LOG, "[{}] conn {}: identify (unpaired)", shared.name, conn.id);
    shared.emit(ServerEvent::IdentifyRequested);
    Response::empty(204)
}

pub(super) async fn pairings(shared: &Arc<Shared>, conn: &ConnState, body: &[u8]) -> Response {
    let caller = conn.controller.clone().unwrap_or_default();
    let (outcome, pending) = {
        let mut inner = shared.lock();
        let outcome = handle_pairings_request(&mut inner.pairings, &caller, body);
        let pending = if !outcome.removed.is_empty() || outcome.unpaired {
            Some(shared.pairings_removed(inner, outcome.unpaired))
        } else if outcome.changed {
            Some(shared.snapshot(&mut inner))
        } else {
            None
        };
        (outcome, pending)
    };
    if let Some(pending) = pending {
        shared.save_off_thread(pending).await;
    }
    if !outcome.removed.is_empty() || outcome.unpaired {
        shared.removal_done(outcome.removed, outcome.unpaired);
    }
    Response::pairing(outcome.body)
}

#[cfg(test)]
mod tests {
    //! The SRP work of pair-setup runs while the server's lock is free.

    use std::sync::Mutex;

    use super::*;
    use crate::accessory::{Value, keys};

    type Probe = Box<dyn Fn(&Shared) + Send + Sync>;

    /// Called on the SRP thread just before the exponentiations (tests only).
    static PROBE: Mutex<Option<Probe>> = Mutex::new(None);

    pub(super) fn probe(shared: &Shared) {
        if let Some(probe) = PROBE.lock().unwrap_or_else(|p| p.into_inner()).as_ref() {
            probe(shared);
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn srp_work_runs_without_the_server_lock() {
        use crate::pairing::{PairSetupClient, PairSetupClientStep};
        let dir = tempfile::tempdir().unwrap();
        let shared = Arc::new(crate::server::shared::tests::shared(dir.path()));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = seen.clone();
        *PROBE.lock().unwrap() = Some(Box::new(move |shared: &Shared| {
            // What set_motion does, from this thread: it must not wait for the SRP work.
            let free = shared.inner.try_lock().is_ok();
            if free {
                shared.set_value(keys::MOTION_DETECTED, Value::Bool(true));
            }
            record.lock().unwrap().push(free);
        }));
        let peer = "127.0.0.1:1".parse().unwrap();
        let mut conn = ConnState::new(1, peer, peer);
        let identity = crate::client::new_controller_identity().unwrap();
        let mut client = PairSetupClient::new("518-08-582", identity);
        let mut request = client.start();
        let paired = loop {
            let response = pair_setup(&shared, &mut conn, &request).await;
            match client.handle(&response.body).unwrap() {
                PairSetupClientStep::Send(next) => request = next,
                PairSetupClientStep::Paired(p) => break p,
            }
        };
        *PROBE.lock().unwrap() = None;
        assert_eq!(paired.id, shared.identity.device_id);
        // M1 and M3 each ran their SRP work once, both times with the lock free.
        assert_eq!(*seen.lock().unwrap(), vec![true, true]);
        assert_eq!(
            shared.lock().db.value(keys::MOTION_DETECTED),
            Some(&Value::Bool(true))
        );
    }
}
