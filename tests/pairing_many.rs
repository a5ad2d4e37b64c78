//! 300 consecutive pair-setups (and pair-verifies) with fresh keys between our client and
//! server state machines, in process. Each run draws new SRP salts and private keys and new
//! Ed25519/X25519 keys, so byte-form bugs that hit 1 run in 256 (leading zero bytes in S, A,
//! B, K or M1) show up here. Odd runs use the SRP private key exactly as drawn (like a naive
//! controller), so the server also meets `A` and `S` with leading zero bytes; even runs use
//! our client's default, which redraws such keys.

use std::time::Instant;

use hksv::crypto::generate_signing_key;
use hksv::pairing::{
    AccessoryIdentity, AccessoryPairing, ControllerIdentity, ControllerPairing, PairSetupClient,
    PairSetupClientStep, PairSetupManager, PairSetupOutcome, PairVerifyClient,
    PairVerifyClientStep, PairVerifyOutcome, PairVerifyServer,
};
use hksv::session::SecureSession;
use hksv::setup::SetupCode;
use hksv::srp::SrpClient;

const RUNS: usize = 300;

fn pair_setup(
    manager: &mut PairSetupManager,
    accessory: &AccessoryIdentity,
    client: &mut PairSetupClient,
) -> Result<(AccessoryPairing, ControllerPairing), String> {
    let mut request = client.start();
    loop {
        let response = manager.handle(1, &request, accessory, false, Instant::now());
        match client.handle(&response.body) {
            Ok(PairSetupClientStep::Send(next)) => request = next,
            Ok(PairSetupClientStep::Paired(accessory_pairing)) => {
                return match response.outcome {
                    PairSetupOutcome::Paired(stored) => Ok((accessory_pairing, stored)),
                    other => Err(format!("server outcome {other:?}")),
                };
            }
            Err(e) => {
                return Err(format!(
                    "client: {e}; server outcome {:?}",
                    response.outcome
                ));
            }
        }
    }
}

fn pair_verify(
    accessory: &AccessoryIdentity,
    stored: &ControllerPairing,
    client: &mut PairVerifyClient,
) -> Result<(), String> {
    let mut server = PairVerifyServer::new();
    let mut request = client.start().map_err(|e| e.to_string())?;
    loop {
        let response = server.handle(&request, accessory, |id| {
            (id == stored.id).then(|| stored.clone())
        });
        match client.handle(&response.body) {
            Ok(PairVerifyClientStep::Send(next)) => request = next,
            Ok(PairVerifyClientStep::Verified(keys)) => {
                let PairVerifyOutcome::Verified {
                    keys: server_keys, ..
                } = response.outcome
                else {
                    return Err(format!("server outcome {:?}", response.outcome));
                };
                let mut ours = SecureSession::controller(&keys);
                let mut theirs = SecureSession::accessory(&server_keys);
                let mut wire = Vec::new();
                ours.encrypt(b"GET /accessories HTTP/1.1\r\n\r\n", &mut wire);
                let plain = theirs.decrypt(&mut wire).map_err(|e| e.to_string())?;
                return (plain.as_deref() == Some(&b"GET /accessories HTTP/1.1\r\n\r\n"[..]))
                    .then_some(())
                    .ok_or_else(|| "session round trip mismatch".to_string());
            }
            Err(e) => {
                return Err(format!(
                    "client: {e}; server outcome {:?}",
                    response.outcome
                ));
            }
        }
    }
}

#[test]
fn three_hundred_fresh_pair_setups_all_succeed() {
    let started = Instant::now();
    let mut failures = Vec::new();
    for run in 0..RUNS {
        let code = SetupCode::generate().unwrap();
        let accessory = AccessoryIdentity {
            device_id: hksv::setup::generate_device_id().unwrap(),
            signing_key: generate_signing_key().unwrap(),
        };
        let controller = ControllerIdentity {
            id: format!("00000000-0000-4000-8000-{run:012X}"),
            signing_key: generate_signing_key().unwrap(),
        };
        let mut manager = PairSetupManager::new(code.as_str());
        let mut client = PairSetupClient::new(code.as_str(), controller.clone());
        if run % 2 == 1 {
            let a = hksv::crypto::random_array::<32>().unwrap();
            client = client.with_srp_client(SrpClient::with_private_key(&a));
        }
        let result = pair_setup(&mut manager, &accessory, &mut client).and_then(
            |(accessory_pairing, stored)| {
                let mut verify = PairVerifyClient::new(controller, accessory_pairing);
                pair_verify(&accessory, &stored, &mut verify)
            },
        );
        if let Err(e) = result {
            failures.push(format!("run {run} (code {code}): {e}"));
        }
    }
    eprintln!(
        "{RUNS} pair-setups + pair-verifies in {:?} ({:?} each)",
        started.elapsed(),
        started.elapsed() / RUNS as u32
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
