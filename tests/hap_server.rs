//! The HAP server over real TCP on 127.0.0.1, driven by our controller (`hksv::client`),
//! with the state in a temporary directory and advertising off.

mod common;

use std::time::Duration;

use base64::Engine as _;
use hksv::accessory::{Category, keys};
use hksv::client::{ClientError, HapClient, new_controller_identity};
use hksv::pairing::{
    ControllerPairing, PairingError, PairingErrorCode, PairingsRequest, pairings_request,
    parse_list_response,
};
use hksv::server::{HapServer, ServerEvent};
use hksv::state::STATE_FILE_NAME;
use serde_json::{Value as Json, json};
use tokio::runtime::Handle;
use tokio::time::timeout;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pair_verify_read_write_and_motion_event() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let mut app_events = server.subscribe();
    assert!(!server.is_paired());
    assert_eq!(server.setup_code(), CODE);
    assert!(server.setup_uri().starts_with("X-HM://"));
    let (mut client, _, accessory) = pair(&server).await;
    assert_eq!(accessory.id, server.device_id());
    assert!(server.is_paired());
    assert_eq!(
        timeout(WAIT, app_events.recv()).await.unwrap().unwrap(),
        ServerEvent::PairingChanged { paired: true }
    );

    let db = accessories(&mut client).await;
    let motion = find_iid(&db, "85", "22");
    let rec_active = find_iid(&db, "204", "B0");
    let name = find_iid(&db, "3E", "23");

    let r = client
        .get(&format!("/characteristics?id=1.{name},1.{motion}&ev=1"))
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    assert_eq!(
        r.json(),
        json!({"characteristics":[
            {"aid":1,"iid":name,"value":"Test Cam","ev":false},
            {"aid":1,"iid":motion,"value":0,"ev":false}]})
    );

    // Write (admin) and read back; the application hears about it.
    let r = write_value(&mut client, rec_active, json!(1)).await;
    assert_eq!((r.status, r.body.len()), (204, 0));
    let r = client
        .get(&format!("/characteristics?id=1.{rec_active}"))
        .await
        .unwrap();
    assert_eq!(r.json()["characteristics"][0]["value"], 1);
    assert_eq!(server.value(keys::RECORDING_ACTIVE), Some(json!(1)));
    loop {
        match timeout(WAIT, app_events.recv()).await.unwrap().unwrap() {
            ServerEvent::ValueWritten { key } => {
                assert_eq!(key, keys::RECORDING_ACTIVE);
                break;
            }
            _ => continue,
        }
    }

    // Subscribe and receive MotionDetected.
    subscribe(&mut client, motion).await;
    server.set_motion(true);
    let event = timeout(WAIT, client.next_event()).await.unwrap().unwrap();
    assert_eq!(
        event,
        json!({"characteristics":[{"aid":1,"iid":motion,"value":1}]})
    );
    // No change, no event; the next change arrives.
    server.set_motion(true);
    server.set_motion(false);
    let event = timeout(WAIT, client.next_event()).await.unwrap().unwrap();
    assert_eq!(event["characteristics"][0]["value"], 0);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_go_to_other_subscribers_not_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut writer, identity, accessory) = pair(&server).await;
    let mut watcher = verified(&server, &identity, &accessory).await;
    let db = accessories(&mut writer).await;
    let rec_active = find_iid(&db, "204", "B0");
    subscribe(&mut writer, rec_active).await;
    subscribe(&mut watcher, rec_active).await;
    // Three changes in quick succession are coalesced (250 ms window, `COALESCE` in
    // src/server/coalesce.rs, whose unit tests pin the window down), keeping the last value.
    // On a loaded machine the three writes can straddle a window, so the watcher gets one
    // event, or one per window, never more than one per change, and the last one carries the
    // last value.
    for value in [1, 0, 1] {
        let status = write_value(&mut writer, rec_active, json!(value))
            .await
            .status;
        assert_eq!(status, 204);
    }
    let mut events = vec![timeout(WAIT, watcher.next_event()).await.unwrap().unwrap()];
    while let Ok(next) = timeout(Duration::from_millis(500), watcher.next_event()).await {
        events.push(next.unwrap());
    }
    assert!(events.len() <= 3, "{events:?}");
    assert_eq!(
        events.last(),
        Some(&json!({"characteristics":[{"aid":1,"iid":rec_active,"value":1}]}))
    );
    // The writer got no event: its next request's answer comes first and nothing is queued.
    server.set_motion(true);
    let r = writer
        .get(&format!("/characteristics?id=1.{rec_active}"))
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    assert!(
        timeout(Duration::from_millis(300), writer.next_event())
            .await
            .is_err()
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn doorbell_press_is_an_event_each_time() {
    let dir = tempfile::tempdir().unwrap();
    let server = HapServer::start(config(dir.path(), Category::Doorbell), Handle::current())
        .await
        .unwrap();
    let (mut client, _, _) = pair(&server).await;
    let db = accessories(&mut client).await;
    let press = find_iid(&db, "121", "73");
    subscribe(&mut client, press).await;
    for _ in 0..2 {
        server.trigger_doorbell();
        let event = timeout(WAIT, client.next_event()).await.unwrap().unwrap();
        assert_eq!(
            event,
            json!({"characteristics":[{"aid":1,"iid":press,"value":0}]})
        );
    }
    let r = client
        .get(&format!("/characteristics?id=1.{press}"))
        .await
        .unwrap();
    assert_eq!(r.json()["characteristics"][0]["value"], Json::Null);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timed_write() {
    let dir = tempfile::tempdir().unwrap();
    let (server, mut client, db) = start_paired(dir.path()).await;
    let audio = find_iid(&db, "204", "226");
    let write = |pid: Option<u64>| {
        let mut body = json!({"characteristics":[{"aid":1,"iid":audio,"value":1}]});
        if let Some(pid) = pid {
            body["pid"] = json!(pid);
        }
        body
    };
    // Without /prepare: refused.
    let r = client
        .put_json("/characteristics", &write(None))
        .await
        .unwrap();
    assert_eq!(r.status, 207);
    assert_eq!(r.json()["characteristics"][0]["status"], -70410);
    // Prepared: accepted once.
    let r = client
        .put_json("/prepare", &json!({"ttl":5000,"pid":42}))
        .await
        .unwrap();
    assert_eq!((r.status, r.json()), (200, json!({"status":0})));
    let r = client
        .put_json("/characteristics", &write(Some(42)))
        .await
        .unwrap();
    assert_eq!(r.status, 204);
    assert_eq!(server.value("204/226"), Some(json!(1)));
    let r = client
        .put_json("/characteristics", &write(Some(42)))
        .await
        .unwrap();
    assert_eq!(r.json()["characteristics"][0]["status"], -70410);
    // Expired.
    client
        .put_json("/prepare", &json!({"ttl":1,"pid":43}))
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(20)).await;
    let r = client
        .put_json("/characteristics", &write(Some(43)))
        .await
        .unwrap();
    assert_eq!(r.json()["characteristics"][0]["status"], -70410);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn setup_data_stream_transport_is_answered_to_the_writing_connection_only() {
    use hksv::tlv8::Tlv8;
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut client, identity, accessory) = pair(&server).await;
    let db = accessories(&mut client).await;
    let setup = find_iid(&db, "129", "131");
    let write = |raw: Vec<u8>| {
        let b64 = base64::engine::general_purpose::STANDARD.encode(&raw);
        json!({"characteristics":[{"aid":1,"iid":setup,"value":b64,"r":true}]})
    };
    // The hub's request (§11.6): start, HDS over TCP, 32-byte controller salt.
    let mut raw = vec![1, 1, 0, 2, 1, 0, 3, 32];
    raw.extend([9u8; 32]);
    let r = client
        .put_json("/characteristics", &write(raw.clone()))
        .await
        .unwrap();
    assert_eq!(r.status, 207);
    let entry = &r.json()["characteristics"][0];
    assert_eq!(entry["status"], 0);
    let answer = base64::engine::general_purpose::STANDARD
        .decode(entry["value"].as_str().unwrap())
        .unwrap();
    let tlv = Tlv8::decode(&answer).unwrap();
    assert_eq!(tlv.get_u8(1).unwrap(), Some(0), "status success");
    let port = Tlv8::decode(tlv.get(2).unwrap())
        .unwrap()
        .get_u16(1)
        .unwrap()
        .unwrap();
    assert_ne!(port, 0);
    assert_ne!(port, server.port());
    std::net::TcpStream::connect(("127.0.0.1", port)).expect("the data stream listener listens");
    let salt = tlv.get(3).unwrap();
    assert_eq!(salt.len(), 32);
    assert_ne!(
        salt,
        &[9u8; 32][..],
        "our salt, not the controller's echoed back"
    );

    // A read on the same connection returns the answer without the salt (HAP-NodeJS); another
    // connection never sees it.
    let read_back = |doc: Json| {
        base64::engine::general_purpose::STANDARD
            .decode(doc["characteristics"][0]["value"].as_str().unwrap())
            .unwrap()
    };
    let path = format!("/characteristics?id=1.{setup}");
    let mine = read_back(client.get(&path).await.unwrap().json());
    assert_eq!(Tlv8::decode(&mine).unwrap().get(3), None);
    assert_eq!(Tlv8::decode(&mine).unwrap().get(2), tlv.get(2));
    let mut other = verified(&server, &identity, &accessory).await;
    assert!(read_back(other.get(&path).await.unwrap().json()).is_empty());

    // HAP-NodeJS's refusals: another command, another transport, a short salt.
    for bad in [
        [&[1u8, 1, 1, 2, 1, 0, 3, 32][..], &[9u8; 32][..]].concat(),
        [&[1u8, 1, 0, 2, 1, 1, 3, 32][..], &[9u8; 32][..]].concat(),
        vec![1, 1, 0, 2, 1, 0, 3, 2, 9, 9],
        vec![0xff],
    ] {
        let r = client
            .put_json("/characteristics", &write(bad))
            .await
            .unwrap();
        assert_eq!(r.json()["characteristics"][0]["status"], -70410);
    }
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pairings_add_list_remove_with_admin_checks() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut admin, admin_id, accessory) = pair(&server).await;
    let user_id = new_controller_identity().unwrap();
    let user_pairing = ControllerPairing {
        id: user_id.id.clone(),
        ltpk: user_id.signing_key.verifying_key().to_bytes(),
        admin: false,
    };
    let post = |req: &PairingsRequest| pairings_request(req);
    let r = admin
        .post(
            "/pairings",
            "application/pairing+tlv8",
            &post(&PairingsRequest::Add(user_pairing.clone())),
        )
        .await
        .unwrap();
    assert_eq!((r.status, tlv_error(&r.body)), (200, None));
    let r = admin
        .post(
            "/pairings",
            "application/pairing+tlv8",
            &post(&PairingsRequest::List),
        )
        .await
        .unwrap();
    let list = parse_list_response(&r.body).unwrap();
    assert_eq!(list.len(), 2);
    assert!(list.iter().any(|p| p.id == admin_id.id && p.admin));
    assert!(list.contains(&user_pairing));

    // The regular user verifies, reads, but may not manage pairings nor write admin-only values.
    let mut user = verified(&server, &user_id, &accessory).await;
    for req in [
        PairingsRequest::List,
        PairingsRequest::Remove(admin_id.id.clone()),
    ] {
        let r = user
            .post("/pairings", "application/pairing+tlv8", &post(&req))
            .await
            .unwrap();
        assert_eq!(
            tlv_error(&r.body),
            Some(PairingErrorCode::Authentication as u8),
            "{req:?}"
        );
    }
    let db = accessories(&mut user).await;
    let rec_active = find_iid(&db, "204", "B0");
    let r = user
        .put_json(
            "/characteristics",
            &json!({"characteristics":[{"aid":1,"iid":rec_active,"value":1}]}),
        )
        .await
        .unwrap();
    assert_eq!(r.json()["characteristics"][0]["status"], -70401);

    // Removing the user closes the user's session; the admin's stays.
    let r = admin
        .post(
            "/pairings",
            "application/pairing+tlv8",
            &post(&PairingsRequest::Remove(user_id.id.clone())),
        )
        .await
        .unwrap();
    assert_eq!(tlv_error(&r.body), None);
    assert!(matches!(
        timeout(WAIT, user.get("/accessories")).await.unwrap(),
        Err(ClientError::Closed | ClientError::Io(_))
    ));
    assert_eq!(admin.get("/accessories").await.unwrap().status, 200);
    let mut again = HapClient::connect(addr(&server)).await.unwrap();
    assert!(matches!(
        again.pair_verify(&user_id, &accessory).await,
        Err(ClientError::Pairing(PairingError::Peer(
            PairingErrorCode::Authentication
        )))
    ));

    // The admin removes itself: last admin gone → unpaired, its connection closes after the
    // response.
    let mut events = server.subscribe();
    let r = admin
        .post(
            "/pairings",
            "application/pairing+tlv8",
            &post(&PairingsRequest::Remove(admin_id.id.clone())),
        )
        .await
        .unwrap();
    assert_eq!((r.status, tlv_error(&r.body)), (200, None));
    assert!(
        timeout(WAIT, admin.get("/accessories"))
            .await
            .unwrap()
            .is_err()
    );
    assert_eq!(
        timeout(WAIT, events.recv()).await.unwrap().unwrap(),
        ServerEvent::PairingChanged { paired: false }
    );
    assert!(!server.is_paired());
    let state: Json =
        serde_json::from_slice(&std::fs::read(dir.path().join(STATE_FILE_NAME)).unwrap()).unwrap();
    assert_eq!(state["pairings"], json!([]));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let identity = new_controller_identity().unwrap();

    // Wrong setup code: Authentication, nothing stored.
    let mut c = HapClient::connect(addr(&server)).await.unwrap();
    assert!(matches!(
        c.pair_setup("111-22-333", &identity).await,
        Err(ClientError::Pairing(PairingError::Peer(
            PairingErrorCode::Authentication
        )))
    ));
    assert!(!server.is_paired());
    let state: Json =
        serde_json::from_slice(&std::fs::read(dir.path().join(STATE_FILE_NAME)).unwrap()).unwrap();
    assert_eq!(state["pairings"], json!([]));

    // Unpaired: /identify works in plaintext; encrypted-only paths answer 470.
    let mut events = server.subscribe();
    assert_eq!(
        c.post("/identify", "application/hap+json", b"")
            .await
            .unwrap()
            .status,
        204
    );
    assert_eq!(
        timeout(WAIT, events.recv()).await.unwrap().unwrap(),
        ServerEvent::IdentifyRequested
    );
    assert_eq!(c.get("/accessories").await.unwrap().status, 470);

    let (mut verified_client, paired_identity, accessory) = pair(&server).await;
    // Paired: identify through the characteristic.
    let db = accessories(&mut verified_client).await;
    let identify = find_iid(&db, "3E", "14");
    let write = json!({"characteristics":[{"aid":1,"iid":identify,"value":true}]});
    let mut events = server.subscribe();
    let status = verified_client
        .put_json("/characteristics", &write)
        .await
        .unwrap()
        .status;
    assert_eq!(status, 204);
    loop {
        match timeout(WAIT, events.recv()).await.unwrap().unwrap() {
            ServerEvent::IdentifyRequested => break,
            ServerEvent::ValueWritten { .. } => continue,
            other => panic!("unexpected {other:?}"),
        }
    }

    // Pair-setup while paired: Unavailable.
    let mut other = HapClient::connect(addr(&server)).await.unwrap();
    assert!(matches!(
        other
            .pair_setup(CODE, &new_controller_identity().unwrap())
            .await,
        Err(ClientError::Pairing(PairingError::Peer(
            PairingErrorCode::Unavailable
        )))
    ));
    // Plaintext request on a paired accessory: 470; /identify: 400 -70401.
    let r = other.get("/accessories").await.unwrap();
    assert_eq!((r.status, r.json()), (470, json!({"status":-70401})));
    let r = other
        .put_json("/characteristics", &json!({"characteristics":[]}))
        .await
        .unwrap();
    assert_eq!(r.status, 470);
    let r = other
        .post("/identify", "application/hap+json", b"")
        .await
        .unwrap();
    assert_eq!((r.status, r.json()), (400, json!({"status":-70401})));

    // Unknown path and wrong method, on the encrypted session.
    let r = verified_client.get("/nothing").await.unwrap();
    assert_eq!((r.status, r.json()), (404, json!({"status":-70409})));
    assert_eq!(verified_client.get("/pairings").await.unwrap().status, 405);
    let r = verified_client.get("/characteristics").await.unwrap();
    assert_eq!(r.status, 400);

    // A tampered frame closes that connection; another connection keeps working.
    let mut frame = vec![16u8, 0];
    frame.extend([0x5a; 32]);
    verified_client.send_raw(&frame).await.unwrap();
    assert!(matches!(
        timeout(WAIT, verified_client.get("/accessories"))
            .await
            .unwrap(),
        Err(ClientError::Closed | ClientError::Io(_))
    ));
    let mut again = verified(&server, &paired_identity, &accessory).await;
    assert_eq!(again.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pipelined_plaintext_requests_and_malformed_http() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let mut raw = tokio::net::TcpStream::connect(addr(&server)).await.unwrap();
    let one = "POST /identify HTTP/1.1\r\nContent-Length: 0\r\n\r\n";
    raw.write_all(format!("{one}{one}").as_bytes())
        .await
        .unwrap();
    let expected = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n".repeat(2);
    let mut got = vec![0u8; expected.len()];
    timeout(WAIT, raw.read_exact(&mut got))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(String::from_utf8(got).unwrap(), expected);

    raw.write_all(b"NOT HTTP AT ALL\r\n\r\n").await.unwrap();
    let mut rest = Vec::new();
    timeout(WAIT, raw.read_to_end(&mut rest))
        .await
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&rest).starts_with("HTTP/1.1 400 Bad Request\r\n"));

    let mut raw = tokio::net::TcpStream::connect(addr(&server)).await.unwrap();
    raw.write_all(b"PUT /characteristics HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n")
        .await
        .unwrap();
    let mut rest = Vec::new();
    timeout(WAIT, raw.read_to_end(&mut rest))
        .await
        .unwrap()
        .unwrap();
    assert!(String::from_utf8_lossy(&rest).starts_with("HTTP/1.1 413 "));
    server.shutdown().await;
}

struct FixedJpeg;

impl hksv::server::SnapshotSource for FixedJpeg {
    fn snapshot(&self, request: hksv::server::SnapshotRequest) -> hksv::server::SnapshotFuture {
        let image =
            (request.width == 640 && request.height == 360).then(|| vec![0xFF, 0xD8, 0xFF, 0xD9]);
        Box::pin(std::future::ready(image))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshot_resource_with_camera_state_gating() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut client, _, _) = pair(&server).await;
    let request = json!({"resource-type":"image","image-width":640,"image-height":360,"reason":1});
    let body = request.to_string();
    let r = client
        .post("/resource", "application/hap+json", body.as_bytes())
        .await
        .unwrap();
    assert_eq!((r.status, r.json()), (207, json!({"status":-70402})));
    server.set_snapshot_source(Some(std::sync::Arc::new(FixedJpeg)));
    let r = client
        .post("/resource", "application/hap+json", body.as_bytes())
        .await
        .unwrap();
    assert_eq!((r.status, r.body), (200, vec![0xFF, 0xD8, 0xFF, 0xD9]));
    // Event snapshots off: an event snapshot is not allowed (§1.6).
    let db = accessories(&mut client).await;
    let event_snapshots = find_iid(&db, "21A", "223");
    let r = write_value(&mut client, event_snapshots, json!(0)).await;
    assert_eq!(r.status, 204);
    let r = client
        .post("/resource", "application/hap+json", body.as_bytes())
        .await
        .unwrap();
    assert_eq!((r.status, r.json()), (207, json!({"status":-70412})));
    server.shutdown().await;
}

/// A snapshot source whose image comes only when the test adds a permit (or never).
struct GatedJpeg(std::sync::Arc<tokio::sync::Semaphore>);

impl hksv::server::SnapshotSource for GatedJpeg {
    fn snapshot(&self, request: hksv::server::SnapshotRequest) -> hksv::server::SnapshotFuture {
        let gate = self.0.clone();
        Box::pin(async move {
            let _permit = gate.acquire().await.ok()?;
            Some(format!("{}x{}", request.width, request.height).into_bytes())
        })
    }
}

/// While a snapshot is being produced, the server and the connection go on: another
/// connection is served, the waiting connection gets its event only after the response, and
/// the request after the snapshot is answered in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_snapshot_blocks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut waiting, identity, accessory) = pair(&server).await;
    let mut other = verified(&server, &identity, &accessory).await;
    let db = accessories(&mut waiting).await;
    let motion = find_iid(&db, "85", "22");
    subscribe(&mut waiting, motion).await;
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(0));
    server.set_snapshot_source(Some(std::sync::Arc::new(GatedJpeg(gate.clone()))));
    let body = json!({"resource-type":"image","image-width":320,"image-height":180}).to_string();
    let pending = tokio::spawn(async move {
        let r = waiting
            .post("/resource", "application/hap+json", body.as_bytes())
            .await
            .unwrap();
        (waiting, r)
    });
    // The snapshot is pending (no permit yet): the other connection is answered.
    let r = other
        .get(&format!("/characteristics?id=1.{motion}"))
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    server.set_motion(true);
    assert!(!pending.is_finished(), "the snapshot waits for its permit");
    gate.add_permits(1);
    let (mut waiting, r) = timeout(WAIT, pending).await.unwrap().unwrap();
    assert_eq!((r.status, r.body), (200, b"320x180".to_vec()));
    // The event held during the snapshot follows its response.
    let event = timeout(WAIT, waiting.next_event()).await.unwrap().unwrap();
    assert_eq!(event["characteristics"][0]["value"], json!(1));
    let r = waiting
        .get(&format!("/characteristics?id=1.{motion}"))
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    server.shutdown().await;
}

/// A source that never answers: `-70408` after the snapshot timeout, and the connection
/// serves the next request.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshot_source_that_never_answers_times_out() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut client, _, _) = pair(&server).await;
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(0));
    server.set_snapshot_source(Some(std::sync::Arc::new(GatedJpeg(gate))));
    let body = json!({"resource-type":"image","image-width":320,"image-height":180}).to_string();
    let r = timeout(
        hksv::server::SNAPSHOT_TIMEOUT + WAIT,
        client.post("/resource", "application/hap+json", body.as_bytes()),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!((r.status, r.json()), (207, json!({"status":-70408})));
    let r = client.get("/accessories").await.unwrap();
    assert_eq!(r.status, 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_input_never_takes_the_server_down() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..30 {
        let mut raw = tokio::net::TcpStream::connect(addr(&server)).await.unwrap();
        // Half the rounds start like a real request, so the parser gets past the start line.
        let mut bytes = if round % 2 == 0 {
            b"POST /pair-setup HTTP/1.1\r\nContent-Length: 40\r\n\r\n".to_vec()
        } else {
            Vec::new()
        };
        let len = 1 + next() % 600;
        bytes.extend((0..len).map(|_| (next() & 0xff) as u8));
        let _ = raw.write_all(&bytes).await;
        let _ = raw.shutdown().await;
        let mut sink = Vec::new();
        let _ = timeout(WAIT, raw.read_to_end(&mut sink)).await;
    }
    // Random frames on a verified session close only that session.
    let (mut client, identity, accessory) = pair(&server).await;
    let frame: Vec<u8> = (0..300).map(|_| (next() & 0xff) as u8).collect();
    client.send_raw(&frame).await.unwrap();
    assert!(
        timeout(WAIT, client.get("/accessories"))
            .await
            .unwrap()
            .is_err()
    );
    let mut fresh = verified(&server, &identity, &accessory).await;
    assert_eq!(fresh.get("/accessories").await.unwrap().status, 200);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_cap_refuses_extra_connections_until_one_closes() {
    // Every slot held by a verified controller: nothing is evicted for a newcomer.
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (identity, accessory) = pair_setup(addr(&server), CODE).await;
    let mut open = Vec::new();
    for _ in 0..hksv::server::MAX_CONNECTIONS {
        let mut c = verified(&server, &identity, &accessory).await;
        assert_eq!(c.get("/accessories").await.unwrap().status, 200);
        open.push(c);
    }
    let mut extra = HapClient::connect(addr(&server)).await.unwrap();
    assert!(
        extra
            .post("/identify", "application/hap+json", b"")
            .await
            .is_err()
    );
    for c in &mut open {
        assert_eq!(c.get("/accessories").await.unwrap().status, 200);
    }
    open.pop();
    let served = timeout(WAIT, async {
        loop {
            let mut c = HapClient::connect(addr(&server)).await.unwrap();
            if let Ok(r) = c
                .post("/pair-verify", "application/pairing+tlv8", b"")
                .await
            {
                return r.status;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .unwrap();
    assert_eq!(served, 200);
    server.shutdown().await;
}
