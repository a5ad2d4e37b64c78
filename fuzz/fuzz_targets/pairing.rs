//! Pairing messages through the accessory's state machines, without sockets (src/pairing):
//! pair-setup (`PairSetupManager`), pair-verify (`PairVerifyServer`) and `/pairings`.
//!
//! The first byte picks a mode:
//! * 0: a sequence of raw request bodies (`[len u16le][kind][body]`…) to the three handlers;
//! * 1: an honest pair-verify M1, then an M3 whose encrypted sub-TLV is the fuzz input (or,
//!   with the input's first byte odd, a correctly signed sub-TLV with the input as identifier):
//!   the part that random bytes never reach because of the AEAD tag;
//! * 2: the same for pair-setup: an honest M1–M4 (SRP), then the fuzz input as M5's sub-TLV;
//! * 3: `/pairings` bodies against a stored list, from an admin.
#![no_main]

use std::time::Instant;

use hksv::crypto::{X25519KeyPair, ed25519_sign, hkdf_sha512, seal};
use hksv::pairing::{
    AccessoryIdentity, ControllerPairing, PairSetupManager, PairVerifyServer,
    handle_pairings_request,
};
use hksv::srp::SrpClient;
use hksv::tlv8::{Tlv8, types};
use libfuzzer_sys::fuzz_target;

const CODE: &str = "518-08-582";
const CONTROLLER: &str = "00000000-0000-4000-8000-000000000001";

fn signing_key(seed: u8) -> ed25519_dalek::SigningKey {
    ed25519_dalek::SigningKey::from_bytes(&[seed; 32])
}

fn accessory() -> AccessoryIdentity {
    AccessoryIdentity {
        device_id: "AA:BB:CC:DD:EE:FF".into(),
        signing_key: signing_key(1),
    }
}

fn stored(id: &str) -> ControllerPairing {
    ControllerPairing {
        id: id.to_owned(),
        ltpk: signing_key(2).verifying_key().to_bytes(),
        admin: true,
    }
}

/// Mode 0: raw bodies to every handler.
fn raw(mut data: &[u8]) {
    let identity = accessory();
    let mut setup = PairSetupManager::new(CODE);
    let mut verify = PairVerifyServer::new();
    let mut pairings = vec![stored(CONTROLLER)];
    let now = Instant::now();
    while let [lo, hi, kind, rest @ ..] = data {
        let len = usize::from(u16::from_le_bytes([*lo, *hi])).min(rest.len());
        let (body, tail) = rest.split_at(len);
        data = tail;
        match kind % 3 {
            0 => {
                let connection = u64::from(kind >> 2 & 3);
                let _ = setup.handle(connection, body, &identity, kind & 0x10 != 0, now);
                if kind & 0x20 != 0 {
                    setup.connection_closed(connection);
                }
            }
            1 => {
                let _ = verify.handle(body, &identity, |id| {
                    (id == CONTROLLER).then(|| stored(CONTROLLER))
                });
            }
            _ => {
                let _ = handle_pairings_request(&mut pairings, CONTROLLER, body);
            }
        }
    }
}

/// The `Identifier ‖ PublicKey ‖ Signature` sub-TLV.
fn signed_sub_tlv(id: &str, public_key: Option<[u8; 32]>, signature: [u8; 64]) -> Vec<u8> {
    let mut tlv = Tlv8::new();
    tlv.push_str(types::IDENTIFIER, id);
    if let Some(key) = public_key {
        tlv.push(types::PUBLIC_KEY, key.to_vec());
    }
    tlv.push(types::SIGNATURE, signature.to_vec());
    tlv.encode()
}

/// Mode 1: pair-verify M3 with a fuzzed (encrypted) sub-TLV.
fn verify_m3(data: &[u8]) {
    let identity = accessory();
    let mut server = PairVerifyServer::new();
    let ours = X25519KeyPair::from_secret([7; 32]);
    let mut m1 = Tlv8::new();
    m1.push_u8(types::STATE, 1)
        .push(types::PUBLIC_KEY, ours.public.to_vec());
    let lookup = |id: &str| (!id.is_empty() && CONTROLLER.starts_with(id)).then(|| stored(id));
    let m2 = server.handle(&m1.encode(), &identity, lookup);
    let Ok(m2) = Tlv8::decode(&m2.body) else {
        return;
    };
    let Ok(accessory_public) = m2.require_array::<32>(types::PUBLIC_KEY) else {
        return;
    };
    let Ok(shared) = ours.diffie_hellman(&accessory_public) else {
        return;
    };
    let key = hkdf_sha512(
        &shared,
        b"Pair-Verify-Encrypt-Salt",
        b"Pair-Verify-Encrypt-Info",
    );
    let plain = match data.split_first() {
        Some((flag, id)) if flag & 1 == 1 => {
            let id = String::from_utf8_lossy(id);
            let mut info = ours.public.to_vec();
            info.extend_from_slice(id.as_bytes());
            info.extend_from_slice(&accessory_public);
            signed_sub_tlv(&id, None, ed25519_sign(&signing_key(2), &info))
        }
        _ => data.to_vec(),
    };
    let mut m3 = Tlv8::new();
    m3.push_u8(types::STATE, 3)
        .push(types::ENCRYPTED_DATA, seal(&key, b"PV-Msg03", &[], &plain));
    let _ = server.handle(&m3.encode(), &identity, lookup);
}

/// Mode 2: pair-setup M5 with a fuzzed (encrypted) sub-TLV after an honest M1–M4.
fn setup_m5(data: &[u8]) {
    let identity = accessory();
    let mut manager = PairSetupManager::new(CODE);
    let now = Instant::now();
    let mut m1 = Tlv8::new();
    m1.push_u8(types::STATE, 1).push_u8(types::METHOD, 0);
    let m2 = manager.handle(1, &m1.encode(), &identity, false, now);
    let Ok(m2) = Tlv8::decode(&m2.body) else {
        return;
    };
    let (Ok(salt), Ok(b_pub)) = (m2.require(types::SALT), m2.require(types::PUBLIC_KEY)) else {
        return;
    };
    let Ok(proof) = SrpClient::with_private_key(&[9; 32]).process_challenge(CODE, salt, b_pub)
    else {
        return;
    };
    let mut m3 = Tlv8::new();
    m3.push_u8(types::STATE, 3)
        .push(types::PUBLIC_KEY, proof.public_key.clone())
        .push(types::PROOF, proof.proof.to_vec());
    let _ = manager.handle(1, &m3.encode(), &identity, false, now);
    let encrypt = hkdf_sha512(
        &proof.key,
        b"Pair-Setup-Encrypt-Salt",
        b"Pair-Setup-Encrypt-Info",
    );
    let plain = match data.split_first() {
        Some((flag, id)) if flag & 1 == 1 => {
            let id = String::from_utf8_lossy(id);
            let ltpk = signing_key(2).verifying_key().to_bytes();
            let mut info = hkdf_sha512(
                &proof.key,
                b"Pair-Setup-Controller-Sign-Salt",
                b"Pair-Setup-Controller-Sign-Info",
            )
            .to_vec();
            info.extend_from_slice(id.as_bytes());
            info.extend_from_slice(&ltpk);
            signed_sub_tlv(&id, Some(ltpk), ed25519_sign(&signing_key(2), &info))
        }
        _ => data.to_vec(),
    };
    let mut m5 = Tlv8::new();
    m5.push_u8(types::STATE, 5).push(
        types::ENCRYPTED_DATA,
        seal(&encrypt, b"PS-Msg05", &[], &plain),
    );
    let _ = manager.handle(1, &m5.encode(), &identity, false, now);
}

/// Mode 3: `/pairings` requests (Add, Remove, List) from an admin, separated by `len` bytes.
fn pairings(mut data: &[u8]) {
    let mut list = vec![stored(CONTROLLER), stored("B")];
    while let [len, rest @ ..] = data {
        let len = usize::from(*len).min(rest.len());
        let (body, tail) = rest.split_at(len);
        data = tail;
        let caller = list.first().map(|p| p.id.clone()).unwrap_or_default();
        let _ = handle_pairings_request(&mut list, &caller, body);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 4 {
        0 => raw(rest),
        1 => verify_m3(rest),
        2 => setup_m5(rest),
        _ => pairings(rest),
    }
});
