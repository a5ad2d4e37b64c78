//! The encrypted session and pair-verify checked over real TCP on 127.0.0.1, and the session
//! framing against fixed vectors made with another implementation. The frames the accessory
//! sends and accepts are checked here with ChaCha20-Poly1305 and HKDF used directly, not
//! through `hksv::session`, so a bug shared by our client and our server cannot hide
//! (reference §4 for the keys, §5 for the framing).

mod common;

use chacha20poly1305::aead::{AeadInOut, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Nonce, Tag};
use hkdf::Hkdf;
use hksv::http::{Message, parse_message};
use hksv::pairing::{ControllerIdentity, SessionKeys};
use hksv::session::SecureSession;
use sha2::{Digest, Sha256, Sha512};
use tokio::io::AsyncReadExt;

use common::raw::{Next, RawConn, request, status};
use common::*;

// Fixed vectors, made once with Python's `cryptography` 48.0.0 (ChaCha20Poly1305, independent
// of this crate):
//   a2c = bytes(range(32)); c2a = bytes(range(32, 64))
//   frame(key, n, pt) = le16(len(pt)) + ChaCha20Poly1305(key).encrypt(b"\0"*4 + le64(n), pt, le16(len(pt)))
//   C2A_0 = frame(c2a, 0, REQUEST); C2A_1 = frame(c2a, 1, REQUEST); A2C_0 = frame(a2c, 0, RESPONSE)
//   BIG = bytes((i * 7) % 251 for i in range(1100)); sha256(frame(a2c, 0, BIG[:1024]) + frame(a2c, 1, BIG[1024:]))
const REQUEST: &[u8] = b"GET /accessories HTTP/1.1\r\n\r\n";
const RESPONSE: &[u8] = b"HTTP/1.1 204 No Content\r\n\r\n";
const C2A_0: &str = "1d00c7260bfc3ce9b47eff5b8a8e97e02b6ee621ef9a7d608bf7f4bdc9244bed9363535ce15893952e418b44961850";
const C2A_1: &str = "1d005506e24d2c1556eaa60931fc98fffd1738973db136c93d87d5908d1e51e2de2e351958ff9a0a6d1589758733d9";
const A2C_0: &str =
    "1b0050ec166182d788e033536c558f0d2107bbde9d8184c32f51e6f5f62a01ee2fefe8d5eda2239a8837aba8fa";
const BIG_SHA256: &str = "ab4c45b8e5e323da048a1538ce8892c4cf1c720704e23ec325880ec458e54e17";
const BIG_LEN: usize = 1136;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

fn vector_keys() -> SessionKeys {
    let mut a2c = [0u8; 32];
    let mut c2a = [0u8; 32];
    for i in 0..32u8 {
        a2c[usize::from(i)] = i;
        c2a[usize::from(i)] = 32 + i;
    }
    SessionKeys {
        shared_secret: [9; 32],
        accessory_to_controller: a2c,
        controller_to_accessory: c2a,
    }
}

#[test]
fn session_frames_match_fixed_vectors() {
    let keys = vector_keys();
    let mut controller = SecureSession::controller(&keys);
    let mut accessory = SecureSession::accessory(&keys);
    // Controller → accessory: its own key, counter 0 then 1.
    let mut wire = Vec::new();
    controller.encrypt(REQUEST, &mut wire);
    assert_eq!(hex(&wire), C2A_0);
    let mut second = Vec::new();
    controller.encrypt(REQUEST, &mut second);
    assert_eq!(hex(&second), C2A_1);
    // Accessory → controller: the other key, and its counter starts at 0 too.
    let mut reply = Vec::new();
    accessory.encrypt(RESPONSE, &mut reply);
    assert_eq!(hex(&reply), A2C_0);
    // A message over 1024 bytes is two frames with consecutive counters.
    let big: Vec<u8> = (0..1100u32).map(|i| ((i * 7) % 251) as u8).collect();
    let mut accessory = SecureSession::accessory(&keys);
    let mut frames = Vec::new();
    accessory.encrypt(&big, &mut frames);
    assert_eq!(frames.len(), BIG_LEN);
    assert_eq!(hex(&Sha256::digest(&frames)), BIG_SHA256);
    // And the receiving ends read the vectors.
    let mut accessory = SecureSession::accessory(&keys);
    let mut incoming = unhex(C2A_0);
    incoming.extend(unhex(C2A_1));
    let plain = accessory.decrypt(&mut incoming).unwrap().unwrap();
    assert_eq!(plain, [REQUEST, REQUEST].concat());
    let mut controller = SecureSession::controller(&keys);
    let plain = controller.decrypt(&mut unhex(A2C_0)).unwrap().unwrap();
    assert_eq!(plain, RESPONSE);
}

/// The control keys of §4, derived here with HKDF-SHA512 directly.
fn control_key(shared_secret: &[u8; 32], info: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    Hkdf::<Sha512>::new(Some(b"Control-Salt"), shared_secret)
        .expand(info, &mut key)
        .unwrap();
    key
}

fn nonce(counter: u64) -> Nonce {
    let mut n = [0u8; 12];
    n[4..].copy_from_slice(&counter.to_le_bytes());
    Nonce::from(n)
}

/// One frame of §5 sealed with `key` and `counter`.
fn seal_frame(key: &[u8; 32], counter: u64, plaintext: &[u8]) -> Vec<u8> {
    let aad = (plaintext.len() as u16).to_le_bytes();
    let mut body = plaintext.to_vec();
    let tag = ChaCha20Poly1305::new(key.into())
        .encrypt_inout_detached(&nonce(counter), &aad, body.as_mut_slice().into())
        .unwrap();
    [&aad[..], &body, &tag[..]].concat()
}

/// Reads one frame from the accessory and opens it with `key` and `counter`; `None` when it
/// does not authenticate.
async fn read_frame(conn: &mut RawConn, key: &[u8; 32], counter: u64) -> Option<Vec<u8>> {
    let mut aad = [0u8; 2];
    conn.stream.read_exact(&mut aad).await.unwrap();
    let len = usize::from(u16::from_le_bytes(aad));
    assert!((1..=1024).contains(&len), "frame length {len}");
    let mut body = vec![0u8; len];
    conn.stream.read_exact(&mut body).await.unwrap();
    let mut tag = [0u8; 16];
    conn.stream.read_exact(&mut tag).await.unwrap();
    ChaCha20Poly1305::new(key.into())
        .decrypt_inout_detached(
            &nonce(counter),
            &aad,
            body.as_mut_slice().into(),
            &Tag::from(tag),
        )
        .ok()
        .map(|()| body)
}

/// Reads frames (counters from `*counter` on) until one whole response is decrypted.
async fn read_response(conn: &mut RawConn, key: &[u8; 32], counter: &mut u64) -> Message {
    let mut plain = Vec::new();
    loop {
        let frame = read_frame(conn, key, *counter)
            .await
            .unwrap_or_else(|| panic!("accessory frame {counter} does not open with its key"));
        *counter += 1;
        plain.extend(frame);
        if let Some(message) = parse_message(&mut plain).unwrap() {
            return message;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_direction_has_its_own_key_and_counter_from_zero() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (identity, accessory) = pair_setup(addr(&server), CODE).await;
    let mut conn = RawConn::connect(addr(&server)).await;
    let keys = conn.verify(&identity, &accessory).await.unwrap();
    conn.session = None; // frames are made and read by hand below
    let write_key = control_key(&keys.shared_secret, b"Control-Write-Encryption-Key");
    let read_key = control_key(&keys.shared_secret, b"Control-Read-Encryption-Key");
    assert_ne!(write_key, read_key);

    // Controller → accessory with the write key from 0; accessory → controller with the
    // read key from 0, whatever the other direction's counter is.
    let get = request(
        "GET",
        "/characteristics?id=1.3",
        "application/hap+json",
        b"",
    );
    conn.send_raw(&seal_frame(&write_key, 0, &get)).await;
    conn.send_raw(&seal_frame(&write_key, 1, &get)).await;
    conn.send_raw(&seal_frame(&write_key, 2, &get)).await;
    let mut received = 0u64;
    let first = read_response(&mut conn, &read_key, &mut received).await;
    assert_eq!(status(&first), 200);
    for _ in 0..2 {
        assert_eq!(
            status(&read_response(&mut conn, &read_key, &mut received).await),
            200
        );
    }

    // A frame sealed with the accessory's own send key is refused: the accessory must not
    // accept what it could have sent itself.
    conn.send_raw(&seal_frame(&read_key, 3, &get)).await;
    assert!(matches!(conn.next().await, Next::Closed));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_accessory_never_answers_with_the_controller_key() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (identity, accessory) = pair_setup(addr(&server), CODE).await;
    let mut conn = RawConn::connect(addr(&server)).await;
    let keys = conn.verify(&identity, &accessory).await.unwrap();
    conn.session = None;
    let write_key = control_key(&keys.shared_secret, b"Control-Write-Encryption-Key");
    let get = request(
        "GET",
        "/characteristics?id=1.3",
        "application/hap+json",
        b"",
    );
    conn.send_raw(&seal_frame(&write_key, 0, &get)).await;
    // Both counters are 0 now: the reply's first frame with the controller's key at nonce 0
    // would be the nonce reuse of a key shared by both directions.
    assert!(read_frame(&mut conn, &write_key, 0).await.is_none());
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pair_verify_with_a_known_id_and_the_wrong_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (identity, accessory) = pair_setup(addr(&server), CODE).await;
    let impostor = ControllerIdentity {
        id: identity.id.clone(),
        signing_key: hksv::client::new_controller_identity().unwrap().signing_key,
    };
    let mut conn = RawConn::connect(addr(&server)).await;
    // Authentication (0x02) at M4.
    assert_eq!(conn.verify(&impostor, &accessory).await.err(), Some(2));
    // No session: the connection still speaks plaintext and is refused what needs one.
    conn.send(&request("GET", "/accessories", "application/hap+json", b""))
        .await;
    assert_eq!(status(&conn.message().await), 470);
    // The real controller still verifies.
    let mut real = RawConn::connect(addr(&server)).await;
    real.verify(&identity, &accessory).await.unwrap();
    real.send(&request("GET", "/accessories", "application/hap+json", b""))
        .await;
    assert_eq!(status(&real.message().await), 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_frame_with_a_valid_length_and_a_bad_tag_closes_the_connection_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (identity, accessory) = pair_setup(addr(&server), CODE).await;
    for damaged in ["tag", "body"] {
        let mut conn = RawConn::connect(addr(&server)).await;
        conn.verify(&identity, &accessory).await.unwrap();
        // A good request first, so the bad frame is not the first one.
        conn.send(&request("GET", "/accessories", "application/hap+json", b""))
            .await;
        assert_eq!(status(&conn.message().await), 200);
        let mut frame = Vec::new();
        let session = conn.session.as_mut().unwrap();
        session.encrypt(
            &request("GET", "/accessories", "application/hap+json", b""),
            &mut frame,
        );
        let at = if damaged == "tag" { frame.len() - 1 } else { 2 };
        frame[at] ^= 0x01;
        conn.send_raw(&frame).await;
        // Closed by the accessory, not left waiting (Next::Silent after the wait's limit).
        match conn.next().await {
            Next::Closed => {}
            other => panic!("damaged {damaged}: {other:?}"),
        }
    }
    let mut fresh = verified(&server, &identity, &accessory).await;
    assert_eq!(fresh.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}
