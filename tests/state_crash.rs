//! Crash safety of the state file: an accessory process is killed with SIGKILL at a random
//! moment while an admin adds and removes pairings in a loop, 100 times over. After every
//! kill the state file must parse, every pairing whose Add response the client received must
//! be in it (unless a later Remove was answered), and every pairing whose Remove was answered
//! must be gone; the next start verifies the same admin.
//!
//! The accessory runs in a child process: this test binary re-run with `CHILD_ENV` set
//! executes the `#[ignore]`d `child_accessory`, which prints its port and serves until it is
//! killed.

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use hksv::accessory::Category;
use hksv::client::{HapClient, new_controller_identity};
use hksv::pairing::{
    AccessoryPairing, ControllerIdentity, ControllerPairing, PairingsRequest, pairings_request,
};
use hksv::server::HapServer;
use hksv::state::StateStore;

use common::{config, tlv_error};

const CHILD_ENV: &str = "HKSV_STATE_CRASH_CHILD";
const CHILD_TEST: &str = "child_accessory";
const ROUNDS: usize = 100;
/// HAP allows 16 pairings (reference §6); the loop stays below that.
const MAX_EXTRA_PAIRINGS: usize = 10;

/// The accessory of one round: serves `CHILD_ENV`'s state directory until killed.
#[test]
#[ignore = "run as a child process by sigkill_during_pairing_changes_loses_nothing"]
fn child_accessory() {
    let Some(dir) = std::env::var_os(CHILD_ENV) else {
        panic!("{CHILD_TEST} only runs as the crash test's child");
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime
        .block_on(HapServer::start(
            config(Path::new(&dir), Category::Camera),
            runtime.handle().clone(),
        ))
        .expect("child accessory starts");
    println!("port {}", server.port());
    runtime.block_on(std::future::pending::<()>());
}

/// A small deterministic generator (xorshift), so a failing round can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn start_child(dir: &Path) -> (Child, SocketAddr) {
    let exe = std::env::current_exe().expect("test binary path");
    let mut child = Command::new(exe)
        .args(["--exact", CHILD_TEST, "--ignored", "--nocapture", "--quiet"])
        .env(CHILD_ENV, dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn the child accessory");
    let stdout = child.stdout.take().expect("child stdout");
    let mut lines = BufReader::new(stdout).lines();
    let port = loop {
        let line = lines
            .next()
            .expect("child printed its port before exiting")
            .expect("child stdout readable");
        if let Some(port) = line.strip_prefix("port ") {
            break port.parse::<u16>().expect("port number");
        }
    };
    (child, SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
}

async fn verified(
    addr: SocketAddr,
    identity: &ControllerIdentity,
    accessory: &AccessoryPairing,
) -> HapClient {
    let mut client = HapClient::connect(addr).await.expect("connect");
    client
        .pair_verify(identity, accessory)
        .await
        .expect("the admin verifies after every restart");
    client
}

/// Sends one Add or Remove; `true` when the accessory answered it with success.
async fn pairing_change(client: &mut HapClient, request: &PairingsRequest) -> Result<bool, ()> {
    let body = pairings_request(request);
    let response = client
        .post("/pairings", "application/pairing+tlv8", &body)
        .await
        .map_err(|_| ())?;
    Ok(response.status == 200 && tlv_error(&response.body).is_none())
}

#[test]
fn sigkill_during_pairing_changes_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = StateStore::new(dir.path());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let seed = 0x5eed_0000_0000_0001u64 ^ u64::from(std::process::id());
    eprintln!("state crash test: seed {seed:#x}");
    let mut rng = Rng(seed);

    // Round 0 pairs the admin.
    let (mut child, addr) = start_child(dir.path());
    let admin = new_controller_identity().unwrap();
    let accessory = runtime.block_on(async {
        let mut client = HapClient::connect(addr).await.unwrap();
        client.pair_setup(common::CODE, &admin).await.unwrap()
    });
    child.kill().unwrap();
    child.wait().unwrap();

    // Pairing id → whether it must be present; ids whose last change got no answer are
    // undecided and left out.
    let mut expected: HashMap<String, bool> = HashMap::new();
    let mut next_id = 0u64;
    let mut answered_total = 0usize;
    for round in 0..ROUNDS {
        let (mut child, addr) = start_child(dir.path());
        let kill_after = Duration::from_millis(rng.below(300));
        let mut plan = Rng(rng.next() | 1);
        let mut undecided: Option<String> = None;
        let answered = runtime.block_on(async {
            let mut client = verified(addr, &admin, &accessory).await;
            let killer = tokio::spawn(async move {
                tokio::time::sleep(kill_after).await;
                child.kill().expect("SIGKILL the child");
                child.wait().expect("reap the child");
            });
            let mut answered = 0usize;
            loop {
                let present: Vec<String> = expected
                    .iter()
                    .filter(|(_, present)| **present)
                    .map(|(id, _)| id.clone())
                    .collect();
                let add = present.is_empty()
                    || (present.len() < MAX_EXTRA_PAIRINGS && plan.below(2) == 0);
                let (id, request) = if add {
                    next_id += 1;
                    let id = format!("crash-test-{next_id:04}");
                    let key = new_controller_identity().unwrap();
                    let pairing = ControllerPairing {
                        id: id.clone(),
                        ltpk: key.signing_key.verifying_key().to_bytes(),
                        admin: false,
                    };
                    (id, PairingsRequest::Add(pairing))
                } else {
                    let id = present[plan.below(present.len() as u64) as usize].clone();
                    (id.clone(), PairingsRequest::Remove(id))
                };
                match pairing_change(&mut client, &request).await {
                    Ok(true) => {
                        expected.insert(id, add);
                        answered += 1;
                    }
                    Ok(false) => panic!("round {round}: {request:?} refused"),
                    Err(()) => {
                        // Killed while in flight: either outcome is allowed; the state file
                        // tells which one happened.
                        expected.remove(&id);
                        undecided = Some(id);
                        break;
                    }
                }
            }
            killer.await.unwrap();
            answered
        });
        answered_total += answered;

        let state = store
            .load()
            .unwrap_or_else(|e| panic!("round {round}: state file unreadable after SIGKILL: {e}"))
            .unwrap_or_else(|| panic!("round {round}: state file missing after SIGKILL"));
        let stored: Vec<&str> = state.pairings.iter().map(|p| p.id.as_str()).collect();
        assert!(
            stored.contains(&admin.id.as_str()),
            "round {round}: admin pairing lost"
        );
        for (id, present) in &expected {
            assert_eq!(
                stored.contains(&id.as_str()),
                *present,
                "round {round}: pairing {id} should be {}",
                if *present { "present" } else { "absent" }
            );
        }
        if let Some(id) = undecided {
            let present = stored.contains(&id.as_str());
            expected.insert(id, present);
        }
    }
    eprintln!("state crash test: {ROUNDS} kills, {answered_total} answered pairing changes");
    assert!(
        answered_total > ROUNDS,
        "the kills came too early to test anything: {answered_total} answered changes"
    );
}
