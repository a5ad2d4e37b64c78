//! `/pair-setup`, `/pair-verify` (§3, §4), `/identify` and `/pairings` (§6).

use std::time::Instant;

use super::ConnState;
use crate::accessory::status;
use crate::http::Response;
use crate::pairing::{PairSetupOutcome, PairVerifyOutcome, handle_pairings_request};
use crate::server::ServerEvent;
use crate::server::shared::{LOG, Shared};

pub(super) fn pair_setup(shared: &Shared, conn: &ConnState, body: &[u8]) -> Response {
    let mut inner = shared.lock();
    let already_paired = !inner.pairings.is_empty();
    let attempts_before = inner.setup.failed_attempts();
    let reply = inner.setup.handle(
        conn.id,
        body,
        &shared.identity,
        already_paired,
        Instant::now(),
    );
    match reply.outcome {
        PairSetupOutcome::Continue => {}
        PairSetupOutcome::Paired(pairing) => {
            log::info!(target: LOG, "[{}] conn {}: paired with controller {} (admin)", shared.name, conn.id, pairing.id);
            inner.pairings.retain(|p| p.id != pairing.id);
            inner.pairings.push(pairing);
            let pending = shared.snapshot(&mut inner);
            shared.refresh_mdns(&mut inner);
            drop(inner);
            // Written before M6 goes out: the controller never holds a pairing we could lose.
            shared.save(pending);
            shared.emit(ServerEvent::PairingChanged { paired: true });
        }
        PairSetupOutcome::Failed(reason) => {
            log::warn!(target: LOG, "[{}] conn {}: pair-setup refused: {reason}", shared.name, conn.id);
            if inner.setup.failed_attempts() != attempts_before {
                let pending = shared.snapshot(&mut inner);
                drop(inner);
                shared.save(pending);
            }
        }
    }
    Response::pairing(reply.body)
}

pub(super) fn pair_verify(shared: &Shared, conn: &mut ConnState, body: &[u8]) -> Response {
    let reply = {
        let inner = shared.lock();
        let pairings = &inner.pairings;
        conn.verify.handle(body, &shared.identity, |id| {
            pairings.iter().find(|p| p.id == id).cloned()
        })
    };
    match reply.outcome {
        PairVerifyOutcome::Continue => {}
        PairVerifyOutcome::Verified { controller, keys } => {
            log::info!(target: LOG, "[{}] conn {}: session verified for controller {} (admin {})",
                shared.name, conn.id, controller.id, controller.admin);
            conn.controller = Some(controller.id.clone());
            conn.keys = Some(keys);
            conn.switch_to_encrypted = true;
            shared.emit(ServerEvent::SessionVerified {
                controller_id: controller.id,
            });
        }
        PairVerifyOutcome::Failed(reason) => {
            log::warn!(target: LOG, "[{}] conn {}: pair-verify refused: {reason}", shared.name, conn.id);
        }
    }
    Response::pairing(reply.body)
}

pub(super) fn identify(shared: &Shared, conn: &ConnState) -> Response {
    if !shared.lock().pairings.is_empty() {
        log::warn!(target: LOG, "[{}] conn {}: /identify refused, accessory is paired", shared.name, conn.id);
        return Response::hap_status(400, status::INSUFFICIENT_PRIVILEGES);
    }
    log::info!(target: LOG, "[{}] conn {}: identify (unpaired)", shared.name, conn.id);
    shared.emit(ServerEvent::IdentifyRequested);
    Response::empty(204)
}

pub(super) fn pairings(shared: &Shared, conn: &ConnState, body: &[u8]) -> Response {
    let caller = conn.controller.clone().unwrap_or_default();
    let mut inner = shared.lock();
    let outcome = handle_pairings_request(&mut inner.pairings, &caller, body);
    if !outcome.removed.is_empty() || outcome.unpaired {
        shared.pairings_removed(inner, outcome.removed, outcome.unpaired);
    } else if outcome.changed {
        let pending = shared.snapshot(&mut inner);
        drop(inner);
        shared.save(pending);
    }
    Response::pairing(outcome.body)
}
