//! In-process pairing micro benchmark: median pair-setup (M1–M6) and pair-verify (M1–M4)
//! time between our client and server state machines, the accessory's share of pair-setup,
//! and session framing throughput.
//!
//! Every figure is given as wall time and as this thread's CPU time
//! (`CLOCK_THREAD_CPUTIME_ID`), because wall time on a shared machine mostly measures the
//! other processes.
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

/// CPU time consumed by the calling thread so far.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_THREAD_CPUTIME_ID needs nothing else.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(
        u64::try_from(ts.tv_sec).unwrap_or(0),
        u32::try_from(ts.tv_nsec).unwrap_or(0),
    )
}

/// Wall and CPU time of a code section.
#[derive(Clone, Copy, Default)]
struct Cost {
    wall: Duration,
    cpu: Duration,
}

impl Cost {
    fn measure<T>(f: impl FnOnce() -> T) -> (T, Cost) {
        let (wall, cpu) = (Instant::now(), thread_cpu());
        let value = f();
        let cost = Cost {
            wall: wall.elapsed(),
            cpu: thread_cpu().saturating_sub(cpu),
        };
        (value, cost)
    }

    fn add(&mut self, other: Cost) {
        self.wall += other.wall;
        self.cpu += other.cpu;
    }
}

fn report(label: &str, mut samples: Vec<Cost>) {
    let mid = samples.len() / 2;
    samples.sort_by_key(|c| c.wall);
    let wall = samples[mid].wall;
    samples.sort_by_key(|c| c.cpu);
    let cpu = samples[mid].cpu;
    println!("{label}: median {wall:.2?} wall, {cpu:.2?} CPU over {RUNS} runs");
}

/// One pair-setup; returns the accessory pairing and the cost of the accessory's code.
fn pair_setup(
    accessory: &AccessoryIdentity,
    controller: &ControllerIdentity,
) -> (AccessoryPairing, Cost) {
    let mut manager = PairSetupManager::new(CODE);
    let mut client = PairSetupClient::new(CODE, controller.clone());
    let mut request = client.start();
    let mut server = Cost::default();
    loop {
        let (response, cost) =
            Cost::measure(|| manager.handle(1, &request, accessory, false, Instant::now()));
        server.add(cost);
        match client.handle(&response.body).expect("pair-setup failed") {
            PairSetupClientStep::Send(next) => request = next,
            PairSetupClientStep::Paired(p) => return (p, server),
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
    let mut setup_server = Vec::new();
    let mut pairing = None;
    for _ in 0..RUNS {
        let ((p, server), cost) = Cost::measure(|| pair_setup(&accessory, &controller));
        setup.push(cost);
        setup_server.push(server);
        pairing = Some(p);
    }
    let pairing = pairing.expect("at least one run");
    let mut verify = Vec::new();
    let mut keys = None;
    for _ in 0..RUNS {
        let (k, cost) = Cost::measure(|| pair_verify(&accessory, &controller, &pairing, &stored));
        verify.push(cost);
        keys = Some(k);
    }
    report("pair-setup  M1-M6, both sides  ", setup);
    report("pair-setup  accessory side only", setup_server);
    report("pair-verify M1-M4, both sides  ", verify);

    let keys = keys.expect("at least one run");
    let mut sender = SecureSession::accessory(&keys);
    let mut receiver = SecureSession::controller(&keys);
    let payload = vec![0x5Au8; 256 * 1024];
    let rounds = 64;
    let mut wire = Vec::with_capacity(payload.len() + 8 * 1024);
    let ((), cost) = Cost::measure(|| {
        for _ in 0..rounds {
            wire.clear();
            sender.encrypt(&payload, &mut wire);
            let plain = receiver
                .decrypt(&mut wire)
                .expect("decrypt")
                .expect("frames");
            assert_eq!(plain.len(), payload.len());
        }
    });
    let mib = (rounds * payload.len()) as f64 / (1024.0 * 1024.0);
    println!(
        "session framing encrypt+decrypt, 1024-byte frames: {:.0} MiB/s wall, {:.0} MiB/s CPU ({mib} MiB)",
        mib / cost.wall.as_secs_f64(),
        mib / cost.cpu.as_secs_f64().max(1e-9),
    );
}
