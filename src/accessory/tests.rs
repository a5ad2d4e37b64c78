//! Tests of the camera database and the `/characteristics` rules.

use serde_json::{Value as Json, json};

use super::*;

fn info(category: Category, speaker: bool) -> CameraInfo {
    CameraInfo {
        name: "Cam".into(),
        category,
        manufacturer: "M".into(),
        model: "X".into(),
        serial_number: "1".into(),
        firmware_revision: "0.1.0".into(),
        speaker,
        recording: Default::default(),
    }
}

fn admin() -> WriteContext {
    WriteContext {
        admin: true,
        timed_write_prepared: false,
    }
}

fn put(db: &mut Database, body: Json, ctx: WriteContext) -> Vec<WriteOutcome> {
    let req = WriteRequest::parse(body.to_string().as_bytes()).unwrap();
    db.write(&req, ctx)
}

fn services(db: &Database) -> Vec<Json> {
    db.to_json()["accessories"][0]["services"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn camera_has_every_hksv_service_with_links_and_unique_iids() {
    let db = camera_database(&info(Category::Camera, false));
    let svcs = services(&db);
    let types: Vec<&str> = svcs.iter().map(|s| s["type"].as_str().unwrap()).collect();
    assert_eq!(types, ["3E", "A2", "110", "112", "85", "21A", "204", "129"]);
    assert_eq!(svcs[0]["iid"], 1);
    let recording = &svcs[6];
    assert_eq!(recording["linked"], json!([112, 64]));
    assert_eq!(svcs[7]["iid"], 112);
    assert_eq!(svcs[4]["iid"], 64);
    let mut iids: Vec<u64> = svcs
        .iter()
        .flat_map(|s| {
            let mut v = vec![s["iid"].as_u64().unwrap()];
            v.extend(
                s["characteristics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c["iid"].as_u64().unwrap()),
            );
            v
        })
        .collect();
    let n = iids.len();
    iids.sort_unstable();
    iids.dedup();
    assert_eq!(iids.len(), n, "duplicate iids");
    // Bools as 0/1, the operating-mode flags as uint8 (§16 #8), tw on 226 (§16 #9).
    let motion = &svcs[4]["characteristics"][0];
    assert_eq!(motion["type"], "22");
    assert_eq!(motion["value"], 0);
    let op = &svcs[5]["characteristics"][1];
    assert_eq!(
        (op["type"].as_str(), op["format"].as_str()),
        (Some("21B"), Some("uint8"))
    );
    let audio_active = &recording["characteristics"][5];
    assert_eq!(audio_active["perms"], json!(["pr", "pw", "ev", "tw"]));
    // 209 has no value before the hub selects one.
    assert!(recording["characteristics"][4].get("value").is_none());
}

#[test]
fn doorbell_and_speaker_keep_other_iids_but_change_layout_hash() {
    let camera = camera_database(&info(Category::Camera, false));
    let doorbell = camera_database(&info(Category::Doorbell, true));
    assert_ne!(camera.layout_hash(), doorbell.layout_hash());
    assert_eq!(
        camera.layout_hash(),
        camera_database(&info(Category::Camera, false)).layout_hash()
    );
    assert_eq!(
        camera.locate(keys::MOTION_DETECTED),
        doorbell.locate(keys::MOTION_DETECTED)
    );
    let svcs = services(&doorbell);
    let bell = svcs.iter().find(|s| s["type"] == "121").unwrap();
    assert_eq!(bell["primary"], true);
    assert!(bell["characteristics"][0]["value"].is_null());
    assert!(svcs.iter().any(|s| s["type"] == "113"));
}

#[test]
fn read_query_flags_and_207_rules() {
    let db = camera_database(&info(Category::Camera, false));
    let req = ReadRequest::parse("id=1.65,1.999,1.2&meta=1&perms=1&type=1&ev=1").unwrap();
    let (code, body) = db.read(&req, |_, iid| iid == 65);
    assert_eq!(code, 207);
    let list = body["characteristics"].as_array().unwrap();
    assert_eq!(list[0]["status"], 0);
    assert_eq!(list[0]["value"], 0);
    assert_eq!(list[0]["ev"], true);
    assert_eq!(list[0]["format"], "bool");
    assert_eq!(list[0]["type"], "22");
    assert_eq!(list[1]["status"], status::RESOURCE_DOES_NOT_EXIST);
    assert_eq!(list[2]["status"], status::WRITE_ONLY_CHARACTERISTIC);
    let (code, body) = db.read(&ReadRequest::parse("id=1.65").unwrap(), |_, _| false);
    assert_eq!(code, 200);
    assert_eq!(
        body,
        json!({"characteristics":[{"aid":1,"iid":65,"value":0}]})
    );
    assert!(ReadRequest::parse("meta=1").is_none());
    assert!(ReadRequest::parse("id=1.x").is_none());
}

#[test]
fn write_rules() {
    let mut db = camera_database(&info(Category::Camera, false));
    let (_, rec_active) = db.locate(keys::RECORDING_ACTIVE).unwrap();
    let (_, motion) = db.locate(keys::MOTION_DETECTED).unwrap();
    let (_, audio_active) = db.locate("204/226").unwrap();
    // Plain successful write → 204.
    let out = put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":rec_active,"value":1}]}),
        admin(),
    );
    assert!(out[0].changed);
    assert_eq!(write_response(&out), (204, None));
    assert_eq!(db.value(keys::RECORDING_ACTIVE), Some(&Value::Int(1)));
    // Admin-only write from a regular controller.
    let user = WriteContext {
        admin: false,
        timed_write_prepared: false,
    };
    let out = put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":rec_active,"value":0}]}),
        user,
    );
    assert_eq!(out[0].status, status::INSUFFICIENT_PRIVILEGES);
    // Read-only, notify not supported, missing value and ev, out of range, timed write.
    let out = put(
        &mut db,
        json!({"characteristics":[
            {"aid":1,"iid":motion,"value":true},
            {"aid":1,"iid":2,"ev":true},
            {"aid":1,"iid":motion},
            {"aid":1,"iid":rec_active,"value":7},
            {"aid":1,"iid":audio_active,"value":1},
            {"aid":1,"iid":motion,"ev":true}
        ]}),
        admin(),
    );
    let codes: Vec<i32> = out.iter().map(|o| o.status).collect();
    assert_eq!(
        codes,
        [
            status::READ_ONLY_CHARACTERISTIC,
            status::NOTIFICATION_NOT_SUPPORTED,
            status::INVALID_VALUE_IN_REQUEST,
            status::INVALID_VALUE_IN_REQUEST,
            status::INVALID_VALUE_IN_REQUEST,
            status::SUCCESS
        ]
    );
    assert_eq!(out[5].subscribe, Some(true));
    let (code, body) = write_response(&out);
    assert_eq!(code, 207);
    assert_eq!(body.unwrap()["characteristics"][5]["status"], 0);
    let timed = WriteContext {
        admin: true,
        timed_write_prepared: true,
    };
    let out = put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":audio_active,"value":1}]}),
        timed,
    );
    assert_eq!(out[0].status, status::SUCCESS);
}

#[test]
fn write_response_and_tlv_syntax() {
    let mut db = camera_database(&info(Category::Camera, false));
    let (_, setup_ds) = db.locate("129/131").unwrap();
    // 01 01 00 02 01 00 03 20 <32 bytes> (§11.6), base64.
    let mut raw = vec![1, 1, 0, 2, 1, 0, 3, 32];
    raw.extend([7u8; 32]);
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(&raw);
    let out = put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":setup_ds,"value":b64,"r":true}]}),
        admin(),
    );
    assert_eq!(out[0].status, 0);
    // Per connection: the value goes to the server's handler, nothing is stored or echoed.
    assert_eq!(out[0].per_connection_value, Some(Value::Bytes(raw.clone())));
    assert_eq!(out[0].response_value, None);
    assert_eq!(db.value("129/131"), Some(&Value::Bytes(Vec::new())));
    // Truncated TLV is refused.
    let bad = base64::engine::general_purpose::STANDARD.encode([1u8, 5, 0]);
    let out = put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":setup_ds,"value":bad}]}),
        admin(),
    );
    assert_eq!(out[0].status, status::INVALID_VALUE_IN_REQUEST);
}

#[test]
fn persisted_values_round_trip_and_selected_config_read_refused_until_set() {
    let mut db = camera_database(&info(Category::Camera, false));
    let (_, sel) = db.locate(keys::SELECTED_RECORDING_CONFIGURATION).unwrap();
    let (code, body) = db.read(
        &ReadRequest::parse(&format!("id=1.{sel}")).unwrap(),
        |_, _| false,
    );
    assert_eq!(code, 207);
    assert_eq!(
        body["characteristics"][0]["status"],
        status::SERVICE_COMMUNICATION_FAILURE
    );
    // Valid TLV8 that is no selection (§11.4) is refused and not stored.
    let out = put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":sel,"value":"AQA="}]}),
        admin(),
    );
    assert_eq!(out[0].status, status::INVALID_VALUE_IN_REQUEST);
    assert_eq!(
        db.value(keys::SELECTED_RECORDING_CONFIGURATION),
        Some(&Value::Null)
    );
    use base64::Engine as _;
    let selection =
        crate::recording::SelectedRecordingConfiguration::from_capabilities(&Default::default());
    let b64 = base64::engine::general_purpose::STANDARD.encode(selection.encode());
    let out = put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":sel,"value":b64}]}),
        admin(),
    );
    assert!(out[0].persist && out[0].changed);
    let values = db.persisted_values();
    assert_eq!(
        values.get(keys::SELECTED_RECORDING_CONFIGURATION),
        Some(&json!(b64))
    );
    let mut fresh = camera_database(&info(Category::Camera, false));
    let mut stored = values.clone();
    stored.insert("85/22".into(), json!(1));
    stored.insert("999/1".into(), json!(1));
    let rejected = fresh.restore_values(&stored);
    assert_eq!(rejected, ["85/22", "999/1"]);
    assert_eq!(fresh.persisted_values(), values);
}

#[test]
fn set_value_events() {
    let mut db = camera_database(&info(Category::Doorbell, false));
    let ev = db
        .set_value(keys::MOTION_DETECTED, Value::Bool(true))
        .unwrap();
    assert_eq!(ev.value, json!(1));
    assert!(ev.immediate);
    assert!(
        db.set_value(keys::MOTION_DETECTED, Value::Bool(true))
            .is_none()
    );
    // Every doorbell press is an event, though reads stay null.
    assert!(db.set_value(keys::DOORBELL_EVENT, Value::Int(0)).is_some());
    assert!(db.set_value(keys::DOORBELL_EVENT, Value::Int(0)).is_some());
}

#[test]
fn capability_values_count_as_layout_but_other_values_do_not() {
    let base = camera_database(&info(Category::Camera, false));
    let mut changed_value = base.clone();
    changed_value.set_value(keys::RECORDING_ACTIVE, Value::Int(1));
    assert_eq!(base.layout_hash(), changed_value.layout_hash());
    let mut changed_capability = base.clone();
    changed_capability.set_value("204/206", Value::Bytes(vec![1, 0]));
    assert_ne!(base.layout_hash(), changed_capability.layout_hash());
    assert_ne!(
        base.capabilities_hash(),
        changed_capability.capabilities_hash()
    );
}

#[test]
fn status_active_mirrors_homekit_camera_active() {
    let mut db = camera_database(&info(Category::Camera, false));
    assert!(mirror_camera_active(&mut db).is_none());
    let (_, iid) = db.locate(keys::HOMEKIT_CAMERA_ACTIVE).unwrap();
    put(
        &mut db,
        json!({"characteristics":[{"aid":1,"iid":iid,"value":0}]}),
        admin(),
    );
    let ev = mirror_camera_active(&mut db).unwrap();
    assert_eq!(ev.value, json!(0));
    assert_eq!(
        db.value(keys::MOTION_STATUS_ACTIVE),
        Some(&Value::Bool(false))
    );
}

#[test]
fn audio_service_keys_find_mute_and_volume() {
    let mut with = camera_database(&info(Category::Camera, true));
    let without = camera_database(&info(Category::Camera, false));
    for service in [AudioService::Microphone, AudioService::Speaker] {
        assert_eq!(with.value(service.mute_key()), Some(&Value::Bool(false)));
        assert_eq!(with.value(service.volume_key()), Some(&Value::Int(100)));
    }
    // Microphone and Speaker have distinct characteristics.
    assert_ne!(
        with.locate(AudioService::Microphone.mute_key()),
        with.locate(AudioService::Speaker.mute_key())
    );
    assert!(without.locate(AudioService::Speaker.mute_key()).is_none());
    assert!(
        without
            .locate(AudioService::Microphone.volume_key())
            .is_some()
    );
    let event = with.set_value(AudioService::Speaker.volume_key(), Value::Int(40));
    assert_eq!(event.map(|e| e.value), Some(json!(40)));
    assert_eq!(with.value(keys::SPEAKER_VOLUME), Some(&Value::Int(40)));
    assert_eq!(with.value(keys::MICROPHONE_VOLUME), Some(&Value::Int(100)));
}
