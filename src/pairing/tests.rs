//! Pairing state machine tests: our client against our server, in process.

use std::time::{Duration, Instant};

use super::*;
use crate::crypto::generate_signing_key;

const CODE: &str = "518-08-582";

fn accessory() -> AccessoryIdentity {
    AccessoryIdentity {
        device_id: "AA:BB:CC:DD:EE:FF".into(),
        signing_key: generate_signing_key().unwrap(),
    }
}

fn controller(id: &str) -> ControllerIdentity {
    ControllerIdentity {
        id: id.into(),
        signing_key: generate_signing_key().unwrap(),
    }
}

/// Runs pair-setup on `conn`; returns the client's final result and the server's last outcome.
fn run_setup(
    manager: &mut PairSetupManager,
    conn: ConnectionId,
    acc: &AccessoryIdentity,
    client: &mut PairSetupClient,
    paired: bool,
    now: Instant,
) -> (Result<AccessoryPairing, PairingError>, PairSetupOutcome) {
    let mut request = client.start();
    loop {
        let response = manager.handle(conn, &request, acc, paired, now);
        match client.handle(&response.body) {
            Ok(PairSetupClientStep::Send(next)) => request = next,
            Ok(PairSetupClientStep::Paired(p)) => return (Ok(p), response.outcome),
            Err(e) => return (Err(e), response.outcome),
        }
    }
}

fn run_verify(
    acc: &AccessoryIdentity,
    stored: &[ControllerPairing],
    client: &mut PairVerifyClient,
) -> (Result<SessionKeys, PairingError>, PairVerifyOutcome) {
    let mut server = PairVerifyServer::new();
    let mut request = client.start().unwrap();
    loop {
        let response = server.handle(&request, acc, |id| {
            stored.iter().find(|p| p.id == id).cloned()
        });
        match client.handle(&response.body) {
            Ok(PairVerifyClientStep::Send(next)) => request = next,
            Ok(PairVerifyClientStep::Verified(keys)) => return (Ok(keys), response.outcome),
            Err(e) => return (Err(e), response.outcome),
        }
    }
}

#[test]
fn setup_then_verify_then_session() {
    let acc = accessory();
    let ctl = controller("C0FFEE00-0000-4000-8000-000000000001");
    let mut manager = PairSetupManager::new(CODE);
    let mut client = PairSetupClient::new(CODE, ctl.clone());
    let (result, outcome) = run_setup(&mut manager, 1, &acc, &mut client, false, Instant::now());
    let accessory_pairing = result.unwrap();
    assert_eq!(accessory_pairing.id, acc.device_id);
    assert_eq!(
        accessory_pairing.ltpk,
        acc.signing_key.verifying_key().to_bytes()
    );
    let PairSetupOutcome::Paired(stored) = outcome else {
        panic!("server outcome {outcome:?}");
    };
    assert_eq!(stored.id, ctl.id);
    assert!(stored.admin);
    assert!(!manager.in_progress());

    let mut verify = PairVerifyClient::new(ctl.clone(), accessory_pairing);
    let (keys, outcome) = run_verify(&acc, std::slice::from_ref(&stored), &mut verify);
    let keys = keys.unwrap();
    let PairVerifyOutcome::Verified {
        controller,
        keys: server_keys,
    } = outcome
    else {
        panic!("server outcome {outcome:?}");
    };
    assert_eq!(controller, stored);
    assert_eq!(keys.shared_secret, server_keys.shared_secret);

    let mut server_session = crate::session::SecureSession::accessory(&server_keys);
    let mut client_session = crate::session::SecureSession::controller(&keys);
    let mut wire = Vec::new();
    client_session.encrypt(b"GET /accessories HTTP/1.1\r\n\r\n", &mut wire);
    assert_eq!(
        server_session.decrypt(&mut wire).unwrap().unwrap(),
        b"GET /accessories HTTP/1.1\r\n\r\n"
    );
}

fn error_of(body: &[u8]) -> (u8, Option<u8>) {
    let tlv = crate::tlv8::Tlv8::decode(body).unwrap();
    (
        tlv.require_u8(crate::tlv8::types::STATE).unwrap(),
        tlv.get_u8(crate::tlv8::types::ERROR).unwrap(),
    )
}

#[test]
fn wrong_setup_code_is_authentication_error_and_counts() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let mut client = PairSetupClient::new("518-08-583", controller("A"));
    let (result, outcome) = run_setup(&mut manager, 1, &acc, &mut client, false, Instant::now());
    assert_eq!(
        result.unwrap_err(),
        PairingError::Peer(PairingErrorCode::Authentication)
    );
    assert!(matches!(outcome, PairSetupOutcome::Failed(_)));
    assert_eq!(manager.failed_attempts(), 1);
    assert!(!manager.in_progress());
    // A correct attempt afterwards succeeds and resets the counter.
    let mut client = PairSetupClient::new(CODE, controller("A"));
    let (result, outcome) = run_setup(&mut manager, 1, &acc, &mut client, false, Instant::now());
    assert!(result.is_ok());
    assert!(matches!(outcome, PairSetupOutcome::Paired(_)));
    assert_eq!(manager.failed_attempts(), 0);
}

#[test]
fn setup_while_paired_is_unavailable() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let mut client = PairSetupClient::new(CODE, controller("A"));
    let (result, _) = run_setup(&mut manager, 1, &acc, &mut client, true, Instant::now());
    assert_eq!(
        result.unwrap_err(),
        PairingError::Peer(PairingErrorCode::Unavailable)
    );
}

#[test]
fn max_tries_after_100_failures() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE).with_failed_attempts(MAX_FAILED_ATTEMPTS - 1);
    let mut client = PairSetupClient::new("111-22-333", controller("A"));
    let (result, _) = run_setup(&mut manager, 1, &acc, &mut client, false, Instant::now());
    assert_eq!(
        result.unwrap_err(),
        PairingError::Peer(PairingErrorCode::Authentication)
    );
    assert_eq!(manager.failed_attempts(), MAX_FAILED_ATTEMPTS);
    let mut client = PairSetupClient::new(CODE, controller("A"));
    let (result, _) = run_setup(&mut manager, 1, &acc, &mut client, false, Instant::now());
    assert_eq!(
        result.unwrap_err(),
        PairingError::Peer(PairingErrorCode::MaxTries)
    );
}

#[test]
fn busy_takeover_and_restart() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let t0 = Instant::now();
    let mut first = PairSetupClient::new(CODE, controller("A"));
    let m1 = first.start();
    let m2 = manager.handle(1, &m1, &acc, false, t0);
    assert_eq!(m2.outcome, PairSetupOutcome::Continue);

    // Another connection within 30 s: Busy.
    let mut second = PairSetupClient::new(CODE, controller("B"));
    let busy = manager.handle(
        2,
        &second.start(),
        &acc,
        false,
        t0 + Duration::from_secs(29),
    );
    assert_eq!(
        error_of(&busy.body),
        (2, Some(PairingErrorCode::Busy as u8))
    );
    // The second connection cannot inject M3 into the first's procedure.
    let PairSetupClientStep::Send(m3) = first.handle(&m2.body).unwrap() else {
        panic!("expected M3");
    };
    let stolen = manager.handle(2, &m3, &acc, false, t0);
    assert_eq!(
        error_of(&stolen.body),
        (4, Some(PairingErrorCode::Unknown as u8))
    );

    // The same connection sending M1 again restarts its own procedure.
    let mut restarted = PairSetupClient::new(CODE, controller("A"));
    let (result, _) = run_setup(&mut manager, 1, &acc, &mut restarted, false, t0);
    assert!(result.is_ok());

    // After 30 s another connection takes over an abandoned procedure.
    let mut abandoned = PairSetupClient::new(CODE, controller("A"));
    manager.handle(1, &abandoned.start(), &acc, false, t0);
    let mut late = PairSetupClient::new(CODE, controller("B"));
    let (result, _) = run_setup(
        &mut manager,
        2,
        &acc,
        &mut late,
        false,
        t0 + Duration::from_secs(31),
    );
    assert!(result.is_ok());
    // A closed connection frees the accessory at once.
    manager.handle(
        1,
        &PairSetupClient::new(CODE, controller("A")).start(),
        &acc,
        false,
        t0,
    );
    manager.connection_closed(1);
    assert!(!manager.in_progress());
}

#[test]
fn out_of_sequence_and_garbage() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let now = Instant::now();
    let m5 = crate::tlv8::Tlv8::decode(&[6, 1, 5, 5, 1, 0])
        .unwrap()
        .encode();
    assert_eq!(
        error_of(&manager.handle(1, &m5, &acc, false, now).body),
        (6, Some(1))
    );
    assert_eq!(
        error_of(&manager.handle(1, &[6, 1, 9], &acc, false, now).body),
        (10, Some(1))
    );
    assert_eq!(
        error_of(&manager.handle(1, &[6], &acc, false, now).body),
        (2, Some(1))
    );
    assert_eq!(
        error_of(&manager.handle(1, &[], &acc, false, now).body),
        (2, Some(1))
    );
    let mut verify = PairVerifyServer::new();
    let m3 = verify.handle(&[6, 1, 3], &acc, |_| None);
    assert_eq!(error_of(&m3.body), (4, Some(1)));
    let short_key = verify.handle(&[6, 1, 1, 3, 2, 1, 2], &acc, |_| None);
    assert_eq!(error_of(&short_key.body), (2, Some(1)));
}

#[test]
fn verify_refuses_unknown_or_wrong_key_controller() {
    let acc = accessory();
    let accessory_pairing = AccessoryPairing {
        id: acc.device_id.clone(),
        ltpk: acc.signing_key.verifying_key().to_bytes(),
    };
    let ctl = controller("A");
    let mut client = PairVerifyClient::new(ctl.clone(), accessory_pairing.clone());
    let (result, outcome) = run_verify(&acc, &[], &mut client);
    assert_eq!(
        result.unwrap_err(),
        PairingError::Peer(PairingErrorCode::Authentication)
    );
    assert!(matches!(outcome, PairVerifyOutcome::Failed(r) if r.contains("unknown")));

    let impostor = ControllerPairing {
        id: "A".into(),
        ltpk: generate_signing_key().unwrap().verifying_key().to_bytes(),
        admin: true,
    };
    let mut client = PairVerifyClient::new(ctl, accessory_pairing.clone());
    let (result, _) = run_verify(&acc, &[impostor], &mut client);
    assert_eq!(
        result.unwrap_err(),
        PairingError::Peer(PairingErrorCode::Authentication)
    );

    // The client refuses an accessory whose long-term key it does not know.
    let other = accessory();
    let stored = ControllerPairing {
        id: "A".into(),
        ltpk: [0; 32],
        admin: true,
    };
    let mut client = PairVerifyClient::new(controller("A"), accessory_pairing);
    let (result, _) = run_verify(&other, &[stored], &mut client);
    assert_eq!(
        result.unwrap_err(),
        PairingError::Crypto(crate::crypto::CryptoError::BadSignature)
    );
}

fn pairing(id: &str, admin: bool) -> ControllerPairing {
    ControllerPairing {
        id: id.into(),
        ltpk: generate_signing_key().unwrap().verifying_key().to_bytes(),
        admin,
    }
}

#[test]
fn pairings_add_update_limits_and_admin_check() {
    let admin = pairing("admin", true);
    let mut list = vec![admin.clone()];
    let user = pairing("user", false);
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(user.clone())),
    );
    assert_eq!(error_of(&out.body), (2, None));
    assert!(out.changed);
    assert_eq!(list.len(), 2);

    // A non-admin may not manage pairings.
    let out = handle_pairings_request(&mut list, "user", &pairings_request(&PairingsRequest::List));
    assert_eq!(
        error_of(&out.body),
        (2, Some(PairingErrorCode::Authentication as u8))
    );
    // Unknown callers neither.
    let out = handle_pairings_request(
        &mut list,
        "ghost",
        &pairings_request(&PairingsRequest::List),
    );
    assert_eq!(error_of(&out.body), (2, Some(2)));

    // Same id, different key: Unknown.
    let mut clash = pairing("user", true);
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(clash.clone())),
    );
    assert_eq!(
        error_of(&out.body),
        (2, Some(PairingErrorCode::Unknown as u8))
    );
    // Same id, same key: permission update.
    clash.ltpk = user.ltpk;
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(clash)),
    );
    assert_eq!(error_of(&out.body), (2, None));
    assert!(out.changed);
    assert!(list.iter().all(|p| p.admin));

    // Fill up: MaxPeers.
    while list.len() < MAX_PAIRINGS {
        let id = format!("extra{}", list.len());
        add_pairing(&mut list, pairing(&id, false)).unwrap();
    }
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(pairing("one-more", false))),
    );
    assert_eq!(
        error_of(&out.body),
        (2, Some(PairingErrorCode::MaxPeers as u8))
    );

    // List: parse back what we serve, separated by FF 00.
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::List),
    );
    assert!(out.body.windows(2).any(|w| w == [0xFF, 0x00]));
    assert_eq!(parse_list_response(&out.body).unwrap(), list);
    assert_eq!(
        handle_pairings_request(&mut list, "admin", &[6, 1, 1, 0, 1, 9]).body,
        error_response(2, PairingErrorCode::Unknown)
    );
}

#[test]
fn pairings_remove_last_admin_unpairs() {
    let mut list = vec![pairing("admin", true), pairing("user", false)];
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Remove("nobody".into())),
    );
    assert_eq!(error_of(&out.body), (2, None));
    assert!(!out.changed && out.removed.is_empty() && !out.unpaired);

    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Remove("admin".into())),
    );
    assert_eq!(error_of(&out.body), (2, None));
    assert_eq!(out.removed, vec!["admin".to_string(), "user".to_string()]);
    assert!(out.unpaired && out.changed);
    assert!(list.is_empty());

    let mut list = vec![pairing("a", true), pairing("b", true)];
    let out = remove_pairing(&mut list, "b");
    assert_eq!(out.removed, vec!["b".to_string()]);
    assert!(!out.unpaired);
    assert_eq!(list.len(), 1);
}

#[test]
fn tampered_m5_is_refused_and_nothing_is_paired() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let now = Instant::now();
    let mut client = PairSetupClient::new(CODE, controller("A"));
    let m2 = manager.handle(1, &client.start(), &acc, false, now);
    let PairSetupClientStep::Send(m3) = client.handle(&m2.body).unwrap() else {
        panic!("expected M3");
    };
    let m4 = manager.handle(1, &m3, &acc, false, now);
    let PairSetupClientStep::Send(mut m5) = client.handle(&m4.body).unwrap() else {
        panic!("expected M5");
    };
    let last = m5.len() - 1;
    m5[last] ^= 0x01;
    let m6 = manager.handle(1, &m5, &acc, false, now);
    assert_eq!(
        error_of(&m6.body),
        (6, Some(PairingErrorCode::Authentication as u8))
    );
    assert!(matches!(m6.outcome, PairSetupOutcome::Failed(r) if r.contains("decryption")));
    assert!(!manager.in_progress());
    assert_eq!(
        client.handle(&m6.body).unwrap_err(),
        PairingError::Peer(PairingErrorCode::Authentication)
    );
}

#[test]
fn setup_methods() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let now = Instant::now();
    // Method 1 (with auth, sent by aiohomekit by default) runs the normal procedure.
    let with_auth = manager.handle(1, &[6, 1, 1, 0, 1, 1], &acc, false, now);
    assert_eq!(with_auth.outcome, PairSetupOutcome::Continue);
    let resume = manager.handle(1, &[6, 1, 1, 0, 1, 6], &acc, false, now);
    assert_eq!(
        error_of(&resume.body),
        (2, Some(PairingErrorCode::Unknown as u8))
    );
}

#[test]
fn random_requests_never_panic() {
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let mut verify = PairVerifyServer::new();
    let mut list = vec![pairing("admin", true)];
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let now = Instant::now();
    for i in 0..3000 {
        // Half raw garbage, half well-formed TLVs with plausible types and a valid State.
        let body = if i % 2 == 0 {
            let len = (next() % 80) as usize;
            (0..len).map(|_| next() as u8).collect::<Vec<u8>>()
        } else {
            let mut tlv = crate::tlv8::Tlv8::new();
            tlv.push_u8(crate::tlv8::types::STATE, (next() % 7) as u8);
            for _ in 0..(next() % 5) {
                let ty = (next() % 0x14) as u8;
                let len = (next() % 70) as usize;
                tlv.push(ty, (0..len).map(|_| next() as u8).collect::<Vec<u8>>());
            }
            tlv.encode()
        };
        let conn = next() % 3;
        let reply = manager.handle(conn, &body, &acc, false, now);
        assert!(crate::tlv8::Tlv8::decode(&reply.body).is_ok());
        let reply = verify.handle(&body, &acc, |_| None);
        assert!(crate::tlv8::Tlv8::decode(&reply.body).is_ok());
        let reply = handle_pairings_request(&mut list, "admin", &body);
        assert!(crate::tlv8::Tlv8::decode(&reply.body).is_ok());
        let _ = PairSetupClient::new(CODE, controller("A")).handle(&body);
    }
}

#[test]
fn repeated_m1_keeps_the_original_start_time() {
    // A connection that sends M1 again every 29 s must not hold pair-setup forever: the
    // 30 s take-over age counts from its first M1 (§3.1).
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let t0 = Instant::now();
    let mut holder = PairSetupClient::new(CODE, controller("A"));
    for step in 0..3u64 {
        let m2 = manager.handle(
            1,
            &holder.start(),
            &acc,
            false,
            t0 + Duration::from_secs(29 * step),
        );
        assert_eq!(m2.outcome, PairSetupOutcome::Continue);
    }
    let mut other = PairSetupClient::new(CODE, controller("B"));
    let (result, _) = run_setup(
        &mut manager,
        2,
        &acc,
        &mut other,
        false,
        t0 + Duration::from_secs(60),
    );
    assert!(result.is_ok(), "take-over refused: {result:?}");
}

/// M1 then an M3 with `public_key` and `proof` as given; returns the M4 error byte.
fn m3_error(
    manager: &mut PairSetupManager,
    acc: &AccessoryIdentity,
    public_key: Vec<u8>,
    proof: Vec<u8>,
) -> Option<u8> {
    let m1 = PairSetupClient::new(CODE, controller("A")).start();
    assert_eq!(
        manager.handle(1, &m1, acc, false, Instant::now()).outcome,
        PairSetupOutcome::Continue
    );
    let mut m3 = crate::tlv8::Tlv8::new();
    m3.push_u8(crate::tlv8::types::STATE, 3)
        .push(crate::tlv8::types::PUBLIC_KEY, public_key)
        .push(crate::tlv8::types::PROOF, proof);
    let m4 = manager.handle(1, &m3.encode(), acc, false, Instant::now());
    error_of(&m4.body).1
}

#[test]
fn malformed_m3_does_not_count_as_a_failed_attempt() {
    // Only a wrong proof is a guess of the setup code; a malformed A or a proof of the wrong
    // length must not bring pairing closer to MaxTries.
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE).with_failed_attempts(MAX_FAILED_ATTEMPTS - 1);
    let short_proof = m3_error(&mut manager, &acc, vec![7; 384], vec![1; 10]);
    assert_eq!(short_proof, Some(PairingErrorCode::Authentication as u8));
    let long_a = m3_error(&mut manager, &acc, vec![7; 385], vec![1; 64]);
    assert_eq!(long_a, Some(PairingErrorCode::Authentication as u8));
    let zero_a = m3_error(&mut manager, &acc, vec![0; 384], vec![1; 64]);
    assert_eq!(zero_a, Some(PairingErrorCode::Authentication as u8));
    assert_eq!(manager.failed_attempts(), MAX_FAILED_ATTEMPTS - 1);
    let mut client = PairSetupClient::new(CODE, controller("A"));
    let (result, _) = run_setup(&mut manager, 1, &acc, &mut client, false, Instant::now());
    assert!(result.is_ok(), "pairing locked: {result:?}");
    // A wrong proof still counts.
    let mut manager = PairSetupManager::new(CODE);
    let wrong = m3_error(&mut manager, &acc, vec![7; 384], vec![1; 64]);
    assert_eq!(wrong, Some(PairingErrorCode::Authentication as u8));
    assert_eq!(manager.failed_attempts(), 1);
}

#[test]
fn add_pairing_cannot_demote_the_last_admin() {
    let admin = pairing("admin", true);
    let mut list = vec![admin.clone(), pairing("user", false)];
    let mut demoted = admin.clone();
    demoted.admin = false;
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(demoted.clone())),
    );
    assert_eq!(
        error_of(&out.body),
        (2, Some(PairingErrorCode::Unknown as u8))
    );
    assert!(!out.changed);
    assert!(list.iter().any(|p| p.id == "admin" && p.admin));
    // With a second admin, demoting one is allowed.
    add_pairing(&mut list, pairing("admin2", true)).unwrap();
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(demoted)),
    );
    assert_eq!(error_of(&out.body), (2, None));
    assert!(list.iter().any(|p| p.id == "admin" && !p.admin));
}

#[test]
fn overlong_pairing_identifiers_are_refused_and_not_stored() {
    let mut list = vec![pairing("admin", true)];
    let long = pairing(&"X".repeat(MAX_PAIRING_ID_LEN + 1), false);
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(long)),
    );
    assert_eq!(
        error_of(&out.body),
        (2, Some(PairingErrorCode::Unknown as u8))
    );
    assert_eq!(list.len(), 1);
    let fits = pairing(&"X".repeat(MAX_PAIRING_ID_LEN), false);
    let out = handle_pairings_request(
        &mut list,
        "admin",
        &pairings_request(&PairingsRequest::Add(fits)),
    );
    assert_eq!(error_of(&out.body), (2, None));
    assert_eq!(list.len(), 2);

    // Pair-setup M5 neither stores one.
    let acc = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let mut client = PairSetupClient::new(CODE, controller(&"Y".repeat(MAX_PAIRING_ID_LEN + 1)));
    let (result, outcome) = run_setup(&mut manager, 1, &acc, &mut client, false, Instant::now());
    assert_eq!(
        result.unwrap_err(),
        PairingError::Peer(PairingErrorCode::Authentication)
    );
    assert!(matches!(outcome, PairSetupOutcome::Failed(_)));
}
