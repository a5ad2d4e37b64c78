//! In-process pairing micro benchmark: median pair-setup (M1–M6) and pair-verify (M1–M4)
//! time between our client and server state machines, plus session framing throughput.
//!
//! `cargo run --release --example bench_pairing`

use std::time::{Duration, Instant};

use hksv::crypto::generate_signing_key;
use hksv::pairing::{
    AccessoryIdentity, AccessoryPairing, ControllerIdentity, ControllerPairing, PairSetupClient,
    PairSetupClientStep, PairSetupManager, PairVerifyClient, PairVerifyClientStep,
    PairVerifyServer, SessionKeys,
};
use hksv::session::SecureSession;

const RUNS: usize = 20;
const CODE: &str = "518-08-582";

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn pair_setup(accessory: &AccessoryIdentity, controller: &ControllerIdentity) -> AccessoryPairing {
    let mut manager = PairSetupManager::new(CODE);
    let mut client = PairSetupClient::new(CODE, controller.clone());
    let mut request = client.start();
    loop {
        let response = manager.handle(1, &request, accessory, false, Instant::now());
        match client.handle(&response.body).expect("pair-setup failed") {
            PairSetupClientStep::Send(next) => request = next,
            PairSetupClientStep::Paired(p) => return p,
        }
    }
}

fn pair_verify(
    accessory: &AccessoryIdentity,
    controller: &ControllerIdentity,
    pairing: &AccessoryPairing,
    stored: &ControllerPairing,
) -> SessionKeys {
    let mut server = PairVerifyServer::new();
    let mut client = PairVerifyClient::new(controller.clone(), pairing.clone());
    let mut request = client.start().expect("M1");
    loop {
        let response = server.handle(&request, accessory, |_| Some(stored.clone()));
        match client.handle(&response.body).expect("pair-verify failed") {
            PairVerifyClientStep::Send(next) => request = next,
            PairVerifyClientStep::Verified(keys) => return keys,
        }
    }
}

fn main() {
    let accessory = AccessoryIdentity {
        device_id: "AA:BB:CC:DD:EE:FF".into(),
        signing_key: generate_signing_key().expect("random"),
    };
    let controller = ControllerIdentity {
        id: "00000000-0000-4000-8000-000000000001".into(),
        signing_key: generate_signing_key().expect("random"),
    };
    let stored = ControllerPairing {
        id: controller.id.clone(),
        ltpk: controller.signing_key.verifying_key().to_bytes(),
        admin: true,
    };

    let mut setup = Vec::new();
    let mut pairing = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        pairing = Some(pair_setup(&accessory, &controller));
        setup.push(t.elapsed());
    }
    let pairing = pairing.expect("at least one run");
    let mut verify = Vec::new();
    let mut keys = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        keys = Some(pair_verify(&accessory, &controller, &pairing, &stored));
        verify.push(t.elapsed());
    }
    println!(
        "pair-setup  (M1-M6, both sides): median {:?} over {RUNS} runs",
        median(setup)
    );
    println!(
        "pair-verify (M1-M4, both sides): median {:?} over {RUNS} runs",
        median(verify)
    );

    let keys = keys.expect("at least one run");
    let mut sender = SecureSession::accessory(&keys);
    let mut receiver = SecureSession::controller(&keys);
    let payload = vec![0x5Au8; 256 * 1024];
    let total = 64 * payload.len();
    let mut wire = Vec::with_capacity(payload.len() + 8 * 1024);
    let t = Instant::now();
    for _ in 0..64 {
        wire.clear();
        sender.encrypt(&payload, &mut wire);
        let plain = receiver
            .decrypt(&mut wire)
            .expect("decrypt")
            .expect("frames");
        assert_eq!(plain.len(), payload.len());
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "session framing encrypt+decrypt: {:.1} MiB/s ({} MiB in {:.3} s, 1024-byte frames)",
        total as f64 / secs / (1024.0 * 1024.0),
        total / (1024 * 1024),
        secs
    );
}
