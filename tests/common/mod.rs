//! Helpers shared by the server integration tests: a server on 127.0.0.1 with its state in a
//! temporary directory and advertising off, and a paired, verified controller connection.

#![allow(dead_code)] // each test binary uses a different subset

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;
use std::time::Duration;

use hksv::accessory::Category;
use hksv::client::{ClientResponse, HapClient, new_controller_identity};
use hksv::pairing::{AccessoryPairing, ControllerIdentity};
use hksv::server::{HapServer, ServerConfig};
use hksv::tlv8::{Tlv8, types};
use serde_json::{Value as Json, json};
use tokio::runtime::Handle;

pub mod raw;

pub const CODE: &str = "518-08-582";
pub const WAIT: Duration = Duration::from_secs(10);

pub fn config(dir: &Path, category: Category) -> ServerConfig {
    let mut config = ServerConfig::new("Test Cam", dir);
    config.camera.category = category;
    config.bind_address = Ipv4Addr::LOCALHOST.into();
    config.port = 0;
    config.advertise = false;
    config.setup_code = Some(CODE.to_owned());
    config
}

pub async fn start(dir: &Path) -> HapServer {
    HapServer::start(config(dir, Category::Camera), Handle::current())
        .await
        .expect("server starts")
}

/// A started server, a verified admin connection to it and its `/accessories`.
pub async fn start_paired(dir: &Path) -> (HapServer, HapClient, Json) {
    let server = start(dir).await;
    let (mut client, _, _) = pair(&server).await;
    let db = accessories(&mut client).await;
    (server, client, db)
}

pub fn addr(server: &HapServer) -> SocketAddr {
    SocketAddr::from((Ipv4Addr::LOCALHOST, server.port()))
}

/// Pairs a new controller and returns a verified connection.
pub async fn pair(server: &HapServer) -> (HapClient, ControllerIdentity, AccessoryPairing) {
    let (identity, accessory) = pair_setup(addr(server), CODE).await;
    let client = verified(server, &identity, &accessory).await;
    (client, identity, accessory)
}

/// Runs pair-setup with `code` for a new controller identity against the accessory at `addr`.
pub async fn pair_setup(addr: SocketAddr, code: &str) -> (ControllerIdentity, AccessoryPairing) {
    let identity = new_controller_identity().unwrap();
    let mut client = HapClient::connect(addr).await.unwrap();
    let accessory = client
        .pair_setup(code, &identity)
        .await
        .expect("pair-setup");
    (identity, accessory)
}

pub async fn verified(
    server: &HapServer,
    identity: &ControllerIdentity,
    accessory: &AccessoryPairing,
) -> HapClient {
    verified_at(addr(server), identity, accessory).await
}

/// A pair-verified connection to the accessory at `addr`.
pub async fn verified_at(
    addr: SocketAddr,
    identity: &ControllerIdentity,
    accessory: &AccessoryPairing,
) -> HapClient {
    let mut client = HapClient::connect(addr).await.unwrap();
    client
        .pair_verify(identity, accessory)
        .await
        .expect("pair-verify");
    client
}

/// Writes `value` to characteristic `1.iid`.
pub async fn write_value(client: &mut HapClient, iid: u64, value: Json) -> ClientResponse {
    client
        .put_json(
            "/characteristics",
            &json!({"characteristics":[{"aid":1,"iid":iid,"value":value}]}),
        )
        .await
        .unwrap()
}

/// Subscribes to the events of characteristic `1.iid`.
pub async fn subscribe(client: &mut HapClient, iid: u64) {
    let r = client
        .put_json(
            "/characteristics",
            &json!({"characteristics":[{"aid":1,"iid":iid,"ev":true}]}),
        )
        .await
        .unwrap();
    assert_eq!(r.status, 204);
}

/// `aid.iid` of a characteristic by service and characteristic type, from `/accessories`.
pub fn find_iid(accessories: &Json, service: &str, characteristic: &str) -> u64 {
    accessories["accessories"][0]["services"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["type"] == service)
        .flat_map(|s| s["characteristics"].as_array().unwrap().iter())
        .find(|c| c["type"] == characteristic)
        .and_then(|c| c["iid"].as_u64())
        .unwrap_or_else(|| panic!("{service}/{characteristic} missing"))
}

pub async fn accessories(client: &mut HapClient) -> Json {
    let r = client.get("/accessories").await.unwrap();
    assert_eq!(r.status, 200);
    r.json()
}

pub fn tlv_error(body: &[u8]) -> Option<u8> {
    Tlv8::decode(body).unwrap().get_u8(types::ERROR).unwrap()
}
