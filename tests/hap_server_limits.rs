//! Abuse limits of the HAP server over real TCP on 127.0.0.1: half-open connections cannot
//! lock controllers out, unverified connections have a deadline and a small body limit, and a
//! removed controller is answered no more.

mod common;

use hksv::pairing::{PairingsRequest, pairings_request};
use hksv::server::{MAX_CONNECTIONS, VERIFY_DEADLINE};
use serde_json::json;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use common::raw::{Next, RawConn, request, status};
use common::*;

/// Opens `n` connections that each send the head of `POST /pair-verify` and nothing more.
async fn half_open(server: &hksv::server::HapServer, n: usize) -> Vec<TcpStream> {
    let mut held = Vec::new();
    for _ in 0..n {
        let mut stream = TcpStream::connect(addr(server)).await.unwrap();
        stream
            .write_all(b"POST /pair-verify HTTP/1.1\r\nContent-Type: application/pairing+tlv8\r\nContent-Length: 37\r\n\r\n")
            .await
            .unwrap();
        held.push(stream);
    }
    held
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_open_connections_never_lock_controllers_out() {
    const { assert!(MAX_CONNECTIONS < 100) };
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let _first_flood = half_open(&server, 100).await;
    // A new controller still pairs, verifies and reads.
    let (mut admin, identity, accessory) = pair(&server).await;
    assert_eq!(admin.get("/accessories").await.unwrap().status, 200);
    // A second flood evicts unverified connections only: the verified one keeps working,
    // and a new verified connection is served.
    let _second_flood = half_open(&server, 100).await;
    assert_eq!(admin.get("/accessories").await.unwrap().status, 200);
    let mut another = verified(&server, &identity, &accessory).await;
    assert_eq!(another.get("/accessories").await.unwrap().status, 200);
    assert_eq!(admin.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unverified_connection_is_closed_after_its_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let mut idle = RawConn::connect(addr(&server)).await;
    // Closed by the accessory (not by this wait's own limit, which is longer).
    let closed = tokio::time::timeout(VERIFY_DEADLINE + WAIT, async {
        loop {
            match idle.next().await {
                Next::Closed => return true,
                Next::Silent => continue,
                other @ Next::Message(_) => panic!("unexpected {other:?}"),
            }
        }
    })
    .await;
    assert_eq!(closed, Ok(true));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_bodies_are_refused_before_pair_verify_only() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    // 40 KiB announced on an unverified connection: 413 at once, then closed.
    let mut conn = RawConn::connect(addr(&server)).await;
    conn.send(b"POST /pair-setup HTTP/1.1\r\nContent-Type: application/pairing+tlv8\r\nContent-Length: 40960\r\n\r\n")
        .await;
    assert_eq!(status(&conn.message().await), 413);
    assert!(matches!(conn.next().await, Next::Closed));

    // A verified controller may send as much (a write padded to 40 KiB is served).
    let (identity, accessory) = pair_setup(addr(&server), CODE).await;
    let mut conn = RawConn::connect(addr(&server)).await;
    conn.verify(&identity, &accessory).await.unwrap();
    let mut body = json!({"characteristics": []}).to_string().into_bytes();
    body.resize(40960, b' ');
    conn.send(&request(
        "PUT",
        "/characteristics",
        "application/hap+json",
        &body,
    ))
    .await;
    assert_ne!(status(&conn.message().await), 413);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_pipelined_after_a_controller_removes_itself_are_not_answered() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (identity, accessory) = pair_setup(addr(&server), CODE).await;
    let mut conn = RawConn::connect(addr(&server)).await;
    conn.verify(&identity, &accessory).await.unwrap();
    let remove = pairings_request(&PairingsRequest::Remove(identity.id.clone()));
    let mut pipelined = request("POST", "/pairings", "application/pairing+tlv8", &remove);
    pipelined.extend(request("GET", "/accessories", "application/hap+json", b""));
    conn.send(&pipelined).await;
    let removed = conn.message().await;
    assert_eq!(status(&removed), 200);
    assert_eq!(tlv_error(&removed.body), None);
    match conn.next().await {
        Next::Closed => {}
        other => panic!("request after the removal got {other:?}"),
    }
    assert!(!server.is_paired());
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_removed_controller_is_refused_on_its_other_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut admin, _, accessory) = pair(&server).await;
    // A second (non-admin) controller with two sessions; the admin removes it.
    let user = hksv::client::new_controller_identity().unwrap();
    let add = pairings_request(&PairingsRequest::Add(hksv::pairing::ControllerPairing {
        id: user.id.clone(),
        ltpk: user.signing_key.verifying_key().to_bytes(),
        admin: false,
    }));
    let r = admin
        .post("/pairings", "application/pairing+tlv8", &add)
        .await
        .unwrap();
    assert_eq!(tlv_error(&r.body), None);
    let mut first = RawConn::connect(addr(&server)).await;
    first.verify(&user, &accessory).await.unwrap();
    let remove = pairings_request(&PairingsRequest::Remove(user.id.clone()));
    let r = admin
        .post("/pairings", "application/pairing+tlv8", &remove)
        .await
        .unwrap();
    assert_eq!(tlv_error(&r.body), None);
    first
        .send(&request("GET", "/accessories", "application/hap+json", b""))
        .await;
    assert!(matches!(first.next().await, Next::Closed));
    // A new session of the removed controller is refused.
    let mut again = RawConn::connect(addr(&server)).await;
    assert_eq!(again.verify(&user, &accessory).await.err(), Some(2));
    assert_eq!(admin.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_deadline_restarts_at_each_pair_setup_step() {
    // Opened, idle for 0.6 deadline, pair-setup, idle for 0.6 deadline, pair-verify: longer
    // than one deadline from the opening, shorter from the last pair-setup step.
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let identity = hksv::client::new_controller_identity().unwrap();
    let mut client = hksv::client::HapClient::connect(addr(&server))
        .await
        .unwrap();
    let pause = VERIFY_DEADLINE.mul_f32(0.6);
    tokio::time::sleep(pause).await;
    let accessory = client.pair_setup(CODE, &identity).await.unwrap();
    tokio::time::sleep(pause).await;
    client.pair_verify(&identity, &accessory).await.unwrap();
    assert_eq!(client.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_that_falls_behind_on_notices_is_closed() {
    // A verified controller subscribed to MotionDetected that stops reading: its task blocks
    // on the full socket while motion changes pile up, and notices (which could carry the
    // removal of its pairing) are lost. The accessory closes it instead of going on.
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut client, identity, accessory) = pair(&server).await;
    let motion = find_iid(&accessories(&mut client).await, "85", "22");
    subscribe(&mut client, motion).await;
    for i in 0..300_000u32 {
        server.set_motion(i % 2 == 0);
    }
    let closed = tokio::time::timeout(WAIT * 6, async {
        loop {
            if client.next_event().await.is_err() {
                return true;
            }
        }
    })
    .await;
    assert_eq!(closed, Ok(true));
    // The controller reconnects and is served.
    let mut again = verified(&server, &identity, &accessory).await;
    assert_eq!(again.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}
