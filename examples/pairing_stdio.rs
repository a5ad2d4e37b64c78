//! The accessory's pairing state machines behind a line protocol on stdin/stdout, so that a
//! third-party controller library can drive them without the HTTP server (used by
//! `tests/interop/aiohomekit_pairing.py`, run through `scripts/interop-aiohomekit-pairing.sh`).
//!
//! `cargo run --example pairing_stdio -- 518-08-582`
//!
//! Requests, one per line: `setup <hex TLV8>` and `verify <hex TLV8>` answer `<hex TLV8>`
//! (after a successful pair-verify: `<hex TLV8> <hex accessory-to-controller key>`);
//! `reset` forgets all pairings and answers `ok`.

use std::io::{BufRead, Write};
use std::time::Instant;

use hksv::pairing::{
    AccessoryIdentity, ControllerPairing, PairSetupManager, PairSetupOutcome, PairVerifyOutcome,
    PairVerifyServer,
};

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let code = std::env::args()
        .nth(1)
        .ok_or("usage: pairing_stdio SETUP-CODE")?;
    let code = hksv::setup::SetupCode::parse(&code)?;
    let identity = AccessoryIdentity {
        device_id: hksv::setup::generate_device_id()?,
        signing_key: hksv::crypto::generate_signing_key()?,
    };
    let mut manager = PairSetupManager::new(code.as_str());
    let mut verify = PairVerifyServer::new();
    let mut pairings: Vec<ControllerPairing> = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let (command, argument) = line.split_once(' ').unwrap_or((line.as_str(), ""));
        let body = unhex(argument.trim()).ok_or("bad hex")?;
        match command {
            "setup" => {
                let response =
                    manager.handle(1, &body, &identity, !pairings.is_empty(), Instant::now());
                if let PairSetupOutcome::Paired(pairing) = response.outcome {
                    pairings.push(pairing);
                }
                writeln!(out, "{}", hex(&response.body))?;
            }
            "verify" => {
                let response = verify.handle(&body, &identity, |id| {
                    pairings.iter().find(|p| p.id == id).cloned()
                });
                match response.outcome {
                    PairVerifyOutcome::Verified { keys, .. } => writeln!(
                        out,
                        "{} {}",
                        hex(&response.body),
                        hex(&keys.accessory_to_controller)
                    )?,
                    _ => writeln!(out, "{}", hex(&response.body))?,
                }
            }
            "reset" => {
                pairings.clear();
                writeln!(out, "ok")?;
            }
            other => return Err(format!("unknown command {other:?}").into()),
        }
        out.flush()?;
    }
    Ok(())
}
