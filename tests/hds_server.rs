//! The lifecycle of the accessory's HomeKit Data Stream connections over real TCP on
//! 127.0.0.1 (reference §12.1): a setup the hub never uses expires, a connection that never
//! says hello is closed, and a data stream closes with its HAP connection and with its
//! controller's pairing.

mod common;

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use hksv::client::{DataStreamClient, new_controller_identity};
use hksv::hds::frame::HdsKeys;
use hksv::pairing::{PairingsRequest, pairings_request};
use hksv::server::PREPARED_TTL;
use tokio::io::AsyncReadExt;
use tokio::time::timeout;

use common::*;

/// Longest wait for the accessory to close something it must close.
const CLOSE_WAIT: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_setup_the_hub_never_uses_expires() {
    let dir = tempfile::tempdir().unwrap();
    let (server, mut hap, db) = start_paired(dir.path()).await;
    let setup_iid = find_iid(&db, "129", "131");
    let secret = hap.session_keys().unwrap().shared_secret;

    // Used in time, a setup works.
    let (setup, salt) = hap.setup_data_stream(1, setup_iid).await.unwrap();
    let keys = HdsKeys::derive(&secret, &salt, &setup.accessory_salt);
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, setup.port));
    DataStreamClient::attach(addr, &keys)
        .await
        .expect("a fresh setup is accepted");

    // Used after PREPARED_TTL, it is gone: the connection is closed without a hello answer.
    let (setup, salt) = hap.setup_data_stream(1, setup_iid).await.unwrap();
    let keys = HdsKeys::derive(&secret, &salt, &setup.accessory_salt);
    tokio::time::sleep(PREPARED_TTL + Duration::from_millis(500)).await;
    let late = timeout(CLOSE_WAIT, DataStreamClient::attach(addr, &keys)).await;
    assert!(matches!(late, Ok(Err(_))), "an expired setup is refused");
    // The HAP session is unaffected.
    assert_eq!(hap.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_that_never_says_hello_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    let (server, mut hap, db) = start_paired(dir.path()).await;
    let (setup, _) = hap
        .setup_data_stream(1, find_iid(&db, "129", "131"))
        .await
        .unwrap();
    let mut silent = tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, setup.port))
        .await
        .unwrap();
    let mut buf = [0u8; 16];
    let read = timeout(CLOSE_WAIT, silent.read(&mut buf)).await;
    assert!(
        matches!(read, Ok(Ok(0)) | Ok(Err(_))),
        "closed by the accessory: {read:?}"
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_data_stream_closes_with_its_hap_connection() {
    let dir = tempfile::tempdir().unwrap();
    let (server, mut hap, db) = start_paired(dir.path()).await;
    let mut ds = DataStreamClient::connect(&mut hap, 1, find_iid(&db, "129", "131"))
        .await
        .unwrap();
    drop(hap);
    let closed = timeout(CLOSE_WAIT, ds.receive()).await;
    assert!(matches!(closed, Ok(Err(_))), "closed: {closed:?}");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_data_stream_closes_when_its_controller_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut admin, admin_id, accessory) = pair(&server).await;
    let db = accessories(&mut admin).await;
    // A second controller, whose data stream must close when it is removed.
    let user = new_controller_identity().unwrap();
    let user_pairing = hksv::pairing::ControllerPairing {
        id: user.id.clone(),
        ltpk: user.signing_key.verifying_key().to_bytes(),
        admin: false,
    };
    let add = pairings_request(&PairingsRequest::Add(user_pairing));
    let r = admin
        .post("/pairings", "application/pairing+tlv8", &add)
        .await
        .unwrap();
    assert_eq!((r.status, tlv_error(&r.body)), (200, None));
    let mut user_hap = verified(&server, &user, &accessory).await;
    let mut ds = DataStreamClient::connect(&mut user_hap, 1, find_iid(&db, "129", "131"))
        .await
        .unwrap();
    let remove = pairings_request(&PairingsRequest::Remove(user.id.clone()));
    let r = admin
        .post("/pairings", "application/pairing+tlv8", &remove)
        .await
        .unwrap();
    assert_eq!((r.status, tlv_error(&r.body)), (200, None));
    let closed = timeout(CLOSE_WAIT, ds.receive()).await;
    assert!(matches!(closed, Ok(Err(_))), "closed: {closed:?}");
    // The admin's session and pairing are untouched.
    assert_eq!(admin.get("/accessories").await.unwrap().status, 200);
    let _ = admin_id;
    server.shutdown().await;
}
