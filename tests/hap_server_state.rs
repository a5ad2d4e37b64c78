//! Persistence of the HAP server over real TCP on 127.0.0.1: restart with the same state
//! directory (identity, pairings, iids, c#, values), the recording selection against the
//! advertised capabilities, and refusal of a corrupt state file.

mod common;

use base64::Engine as _;
use hksv::accessory::Category;
use hksv::server::{HapServer, ServerError};
use hksv::state::STATE_FILE_NAME;
use serde_json::{Value as Json, json};
use tokio::runtime::Handle;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_keeps_pairing_iids_config_number_and_values() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let device_id = server.device_id();
    let c_before = server.config_number();
    let (mut client, identity, accessory) = pair(&server).await;
    let db_before = accessories(&mut client).await;
    let rec_active = find_iid(&db_before, "204", "B0");
    let r = write_value(&mut client, rec_active, json!(1)).await;
    assert_eq!(r.status, 204);
    drop(client);
    server.shutdown().await;

    let server = start(dir.path()).await;
    assert_eq!(server.device_id(), device_id);
    assert_eq!(server.config_number(), c_before);
    assert!(server.is_paired());
    let mut client = verified(&server, &identity, &accessory).await;
    let db_after = accessories(&mut client).await;
    assert_eq!(db_after, db_before_with_active(db_before, rec_active));
    let r = client
        .get(&format!("/characteristics?id=1.{rec_active}"))
        .await
        .unwrap();
    assert_eq!(r.json()["characteristics"][0]["value"], 1);
    server.shutdown().await;

    // A layout change (doorbell) raises c# and keeps the shared iids.
    let server = HapServer::start(config(dir.path(), Category::Doorbell), Handle::current())
        .await
        .unwrap();
    assert_eq!(server.config_number(), c_before + 1);
    let mut client = verified(&server, &identity, &accessory).await;
    let db = accessories(&mut client).await;
    assert_eq!(find_iid(&db, "204", "B0"), rec_active);
    server.shutdown().await;
}

/// The database before the write, with recording Active = 1.
fn db_before_with_active(mut db: Json, iid: u64) -> Json {
    for s in db["accessories"][0]["services"].as_array_mut().unwrap() {
        for c in s["characteristics"].as_array_mut().unwrap() {
            if c["iid"] == iid {
                c["value"] = json!(1);
            }
        }
    }
    db
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corrupt_state_file_is_an_error_naming_it_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(STATE_FILE_NAME);
    std::fs::write(&path, b"{\"version\": 1, \"device_id\": ").unwrap();
    let err = match HapServer::start(config(dir.path(), Category::Camera), Handle::current()).await
    {
        Ok(_) => panic!("a corrupt state file must not start"),
        Err(e) => e,
    };
    assert!(matches!(err, ServerError::State(_)));
    assert!(
        err.to_string().contains(&path.display().to_string()),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        b"{\"version\": 1, \"device_id\": "
    );
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn state_file_mode_is_0600_and_trivial_setup_code_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let mode = std::fs::metadata(dir.path().join(STATE_FILE_NAME))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    server.shutdown().await;
    let mut bad = config(dir.path(), Category::Camera);
    bad.setup_code = Some("123-45-678".into());
    assert!(matches!(
        HapServer::start(bad, Handle::current()).await,
        Err(ServerError::SetupCode(_))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recording_selection_persists_and_is_dropped_when_capabilities_change() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    let (mut client, identity, accessory) = pair(&server).await;
    let db = accessories(&mut client).await;
    let selected = find_iid(&db, "204", "209");
    let read = format!("/characteristics?id=1.{selected}");
    let r = client.get(&read).await.unwrap();
    assert_eq!(r.json()["characteristics"][0]["status"], -70402);
    // Valid TLV8 that is no selection is refused (-70410); a real one is stored.
    let garbage = json!({"characteristics":[{"aid":1,"iid":selected,"value":"AQEA"}]});
    let r = client.put_json("/characteristics", &garbage).await.unwrap();
    assert_eq!(r.json()["characteristics"][0]["status"], -70410);
    let selection =
        hksv::recording::SelectedRecordingConfiguration::from_capabilities(&Default::default());
    let encoded = base64::engine::general_purpose::STANDARD.encode(selection.encode());
    let write = json!({"characteristics":[{"aid":1,"iid":selected,"value":encoded}]});
    assert_eq!(
        client
            .put_json("/characteristics", &write)
            .await
            .unwrap()
            .status,
        204
    );
    drop(client);
    server.shutdown().await;

    let server = start(dir.path()).await;
    let mut client = verified(&server, &identity, &accessory).await;
    let r = client.get(&read).await.unwrap();
    assert_eq!(r.json()["characteristics"][0]["value"], json!(encoded));
    drop(client);
    server.shutdown().await;

    // The state says the selection was made for other capabilities: it is dropped.
    let path = dir.path().join(STATE_FILE_NAME);
    let mut state: Json = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    state["capabilities_hash"] = json!("older capabilities");
    std::fs::write(&path, serde_json::to_vec(&state).unwrap()).unwrap();
    let server = start(dir.path()).await;
    let mut client = verified(&server, &identity, &accessory).await;
    let r = client.get(&read).await.unwrap();
    assert_eq!(r.json()["characteristics"][0]["status"], -70402);
    server.shutdown().await;
}

/// The offer that follows the stream (206/207) persists: after a restart the hub's selection,
/// made from the stream's offer, is still there before and after the caps come back; a
/// different stream drops it and raises c#.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_stream_offer_and_the_selection_survive_a_restart() {
    use hksv::recording::{RecordingCapabilities, VideoParams};
    let stream = |width, height| RecordingCapabilities {
        video: Some(VideoParams {
            profile_idc: 100,
            constraint_flags: 0,
            level_idc: 31,
            width,
            height,
            fps: Some((30, 1)),
        }),
        ..Default::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let server = start(dir.path()).await;
    assert!(server.set_recording_capabilities(&stream(1280, 720)));
    let (mut client, identity, accessory) = pair(&server).await;
    let db = accessories(&mut client).await;
    let selected = find_iid(&db, "204", "209");
    let selection =
        hksv::recording::SelectedRecordingConfiguration::from_capabilities(&stream(1280, 720));
    let encoded = base64::engine::general_purpose::STANDARD.encode(selection.encode());
    assert_eq!(
        write_value(&mut client, selected, json!(encoded))
            .await
            .status,
        204
    );
    drop(client);
    server.shutdown().await;

    let server = start(dir.path()).await;
    let c = server.config_number();
    let mut client = verified(&server, &identity, &accessory).await;
    async fn read(client: &mut hksv::client::HapClient, iid: u64) -> Json {
        let path = format!("/characteristics?id=1.{iid}");
        client.get(&path).await.unwrap().json()["characteristics"][0].clone()
    }
    assert_eq!(
        read(&mut client, selected).await["value"],
        json!(encoded),
        "kept over the restart"
    );
    assert!(
        !server.set_recording_capabilities(&stream(1280, 720)),
        "same stream, same offer"
    );
    assert_eq!(read(&mut client, selected).await["value"], json!(encoded));
    assert!(server.set_recording_capabilities(&stream(1920, 1080)));
    assert_eq!(
        read(&mut client, selected).await["status"],
        json!(-70402),
        "a new stream drops it"
    );
    assert_eq!(server.config_number(), c + 1);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_state_save_holds_only_the_request_that_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    // The server runs on a runtime with one thread: a save written on that thread would stop
    // every connection while the disk is slow.
    let server_rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let server_handle = server_rt.handle().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let driver = std::thread::spawn(move || server_rt.block_on(stopped));
    let server = server_handle
        .spawn(HapServer::start(
            config(dir.path(), Category::Camera),
            server_handle.clone(),
        ))
        .await
        .unwrap()
        .unwrap();
    let (mut writer, identity, accessory) = pair(&server).await;
    let mut reader = verified(&server, &identity, &accessory).await;
    let rec_active = find_iid(&accessories(&mut reader).await, "204", "B0");

    // The next save blocks in open() until someone reads the FIFO put where it writes.
    let tmp = dir.path().join(format!(".{STATE_FILE_NAME}.tmp"));
    let made = std::process::Command::new("mkfifo")
        .arg(&tmp)
        .status()
        .unwrap();
    assert!(made.success());
    let write = tokio::spawn(async move { write_value(&mut writer, rec_active, json!(1)).await });
    // Another connection is served while that save waits.
    let read = tokio::time::timeout(
        WAIT,
        reader.get(&format!("/characteristics?id=1.{rec_active}")),
    )
    .await
    .expect("a read is answered while a save is blocked")
    .unwrap();
    assert_eq!(read.status, 200);
    // The write is answered only once its save is done.
    assert!(!write.is_finished());
    let drained = tokio::task::spawn_blocking(move || std::fs::read(&tmp).map(|b| b.len()));
    let written = tokio::time::timeout(WAIT, drained)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(written > 0);
    let response = tokio::time::timeout(WAIT, write).await.unwrap().unwrap();
    assert_eq!(response.status, 204);
    server.shutdown().await;
    let _ = stop.send(());
    driver.join().unwrap().unwrap();
}
