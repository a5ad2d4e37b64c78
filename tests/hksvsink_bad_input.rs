// SPDX-License-Identifier: MIT OR Apache-2.0
//! Bad input against a running `hksvsink` (real pipeline, real TCP on 127.0.0.1), printed as
//! a table: what was sent, what the accessory must answer, what it answered. Every row is
//! asserted; at the end the admin still verifies and reads (no pairing lost), and the
//! process has no more open files than before (nothing leaked). `scripts/bad-input-table.sh`
//! prints the table.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use gst::prelude::*;
use hksv::client::{HapClient, new_controller_identity};
use hksv::pairing::{AccessoryPairing, ControllerIdentity};
use serde_json::json;

mod common;
mod gst_common;

use common::raw::{Next, RawConn, request, status};
use common::tlv_error;
use gst_common::init;

const SETUP_CODE: &str = "031-45-154";
const WRONG_CODE: &str = "031-45-155";

/// A live camera on 127.0.0.1 with its state in `dir`; its port once in READY.
fn camera(dir: &std::path::Path) -> (gst::Pipeline, u16) {
    init();
    let description = format!(
        "videotestsrc is-live=true ! video/x-raw,width=160,height=120,framerate=10/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=10 ! h264parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false \
           setup-code={SETUP_CODE} state-dir=\"{}\"",
        dir.display()
    );
    let pipeline = gst::parse::launch(&description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap();
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = pipeline.by_name("hksv").unwrap().property::<u32>("port");
    (pipeline, u16::try_from(port).unwrap())
}

fn open_files() -> usize {
    let entries: Vec<String> = std::fs::read_dir("/proc/self/fd")
        .map(|dir| {
            dir.flatten()
                .map(|e| {
                    std::fs::read_link(e.path())
                        .map(|t| t.display().to_string())
                        .unwrap_or_default()
                })
                .collect()
        })
        .unwrap_or_default();
    entries.len()
}

/// The table, printed as it is filled.
struct Table(Vec<(String, String, String)>);

impl Table {
    fn row(&mut self, input: &str, expected: &str, got: String) {
        println!("| {input} | {expected} | {got} |");
        self.0.push((input.into(), expected.into(), got));
    }
}

/// What came back, in words.
fn described(next: Next) -> String {
    match next {
        Next::Message(m) => {
            let code = status(&m);
            if m.body.is_empty() {
                return format!("{code}");
            }
            match serde_json::from_slice::<serde_json::Value>(&m.body) {
                Ok(j) => match j["characteristics"][0]["status"]
                    .as_i64()
                    .or(j["status"].as_i64())
                {
                    Some(hap) => format!("{code}, status {hap}"),
                    None => format!("{code}"),
                },
                Err(_) => match tlv_error(&m.body) {
                    Some(e) => format!("{code}, TLV error {e}"),
                    None => format!("{code}"),
                },
            }
        }
        Next::Closed => "closed".into(),
        Next::Silent => "no answer".into(),
    }
}

/// Whether the connection is closed within a few seconds (after any answer it sent).
async fn closed(conn: &mut RawConn) -> bool {
    for _ in 0..3 {
        match conn.next().await {
            Next::Closed => return true,
            Next::Silent => return false,
            Next::Message(_) => {}
        }
    }
    false
}

async fn verified_raw(
    addr: SocketAddr,
    identity: &ControllerIdentity,
    accessory: &AccessoryPairing,
) -> RawConn {
    let mut conn = RawConn::connect(addr).await;
    conn.verify(identity, accessory)
        .await
        .expect("admin verifies");
    conn
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Pair-setup with `code` on a new connection: `Ok` or the error in words.
async fn try_pair(addr: SocketAddr, code: &str) -> Result<(), String> {
    let mut client = HapClient::connect(addr).await.map_err(|e| e.to_string())?;
    client
        .pair_setup(code, &new_controller_identity().unwrap())
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[test]
fn bad_input_table() {
    let mut table = Table(Vec::new());
    println!("| input | expected | got |\n|---|---|---|");

    // A camera whose pairing gets locked by guessing (its own state directory).
    let locked_dir = tempfile::tempdir().unwrap();
    let (locked, port) = camera(locked_dir.path());
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    rt().block_on(async {
        // Two pair-setups at once: the second is told the accessory is busy.
        let mut first = RawConn::connect(addr).await;
        let m1 =
            hksv::pairing::PairSetupClient::new(SETUP_CODE, new_controller_identity().unwrap())
                .start();
        first
            .send(&request(
                "POST",
                "/pair-setup",
                "application/pairing+tlv8",
                &m1,
            ))
            .await;
        let _m2 = first.message().await;
        let second = try_pair(addr, SETUP_CODE).await;
        table.row(
            "two pair-setups at once (the second while the first waits for M3)",
            "second refused: Busy",
            second.err().unwrap_or_else(|| "paired".into()),
        );
        drop(first);
        // The abandoned procedure ends with its connection.
        tokio::time::sleep(Duration::from_millis(300)).await;

        // 100 wrong guesses, then even the right code is refused, also after a restart.
        let mut refused = 0;
        let mut other = Vec::new();
        for _ in 0..100 {
            match try_pair(addr, WRONG_CODE).await {
                Err(e) if e.contains("Authentication") => refused += 1,
                Err(e) => other.push(e),
                Ok(()) => other.push("paired".into()),
            }
        }
        table.row(
            "wrong setup code, 100 times",
            "100 × Authentication",
            format!(
                "{refused} × Authentication{}",
                if other.is_empty() {
                    String::new()
                } else {
                    format!(", {other:?}")
                }
            ),
        );
        table.row(
            "right setup code after 100 wrong ones",
            "refused: MaxTries",
            try_pair(addr, SETUP_CODE)
                .await
                .err()
                .unwrap_or_else(|| "paired".into()),
        );
    });
    locked.set_state(gst::State::Null).unwrap();
    // A pipeline's bus holds a socket pair while the pipeline exists.
    drop(locked);
    // The process's baseline, once the shared runtime and the plugins are loaded.
    std::thread::sleep(Duration::from_millis(300));
    let files_before = open_files();
    let (locked, port) = camera(locked_dir.path());
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    rt().block_on(async {
        table.row(
            "right setup code after a restart",
            "refused: MaxTries",
            try_pair(addr, SETUP_CODE)
                .await
                .err()
                .unwrap_or_else(|| "paired".into()),
        );
    });
    locked.set_state(gst::State::Null).unwrap();
    drop(locked);

    // A paired camera for the rest.
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, port) = camera(dir.path());
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    rt().block_on(async {
        let admin = new_controller_identity().unwrap();
        let accessory = HapClient::connect(addr)
            .await
            .unwrap()
            .pair_setup(SETUP_CODE, &admin)
            .await
            .unwrap();

        // Before pair-verify.
        let mut conn = RawConn::connect(addr).await;
        conn.send_raw(&request("POST", "/pair-setup", "application/pairing+tlv8", &[0x06, 0x05, 1]))
            .await;
        table.row(
            "truncated TLV8 to /pair-setup",
            "200, TLV error 1 (pairing errors travel in the TLV)",
            described(conn.next().await),
        );
        let mut conn = RawConn::connect(addr).await;
        conn.send_raw(&request("POST", "/pair-verify", "application/pairing+tlv8", &vec![0u8; 40 * 1024]))
            .await;
        let got = described(conn.next().await);
        let got = format!("{got}, {}", if closed(&mut conn).await { "closed" } else { "open" });
        table.row("40 KiB body before pair-verify", "413, closed", got);
        let mut conn = RawConn::connect(addr).await;
        let mut lying = b"POST /pair-verify HTTP/1.1\r\nContent-Length: 3\r\n\r\n".to_vec();
        lying.extend_from_slice(&[0x06, 0x01, 0x01, b'x', b'y', b'z', b'\r', b'\n', b'\r', b'\n']);
        conn.send_raw(&lying).await;
        let mut answers = Vec::new();
        for _ in 0..2 {
            answers.push(described(conn.next().await));
        }
        answers.push(if closed(&mut conn).await { "closed".into() } else { "open".into() });
        table.row(
            "body longer than its Content-Length (the rest is not HTTP)",
            "an answer to the request, then 400 and closed",
            answers.join(" / "),
        );
        let mut conn = RawConn::connect(addr).await;
        conn.send_raw(&request("GET", "/accessories", "application/hap+json", b""))
            .await;
        table.row(
            "GET /accessories before pair-verify",
            "470, status -70401",
            described(conn.next().await),
        );

        // After pair-verify.
        let mut conn = verified_raw(addr, &admin, &accessory).await;
        conn.send(&request("GET", "/nope", "application/hap+json", b"")).await;
        table.row("unknown path", "404, status -70409", described(conn.next().await));
        let db = {
            conn.send(&request("GET", "/accessories", "application/hap+json", b"")).await;
            serde_json::from_slice::<serde_json::Value>(&conn.message().await.body).unwrap()
        };
        let name = common::find_iid(&db, "3E", "23");
        let camera_active = common::find_iid(&db, "21A", "21B");
        let write = |iid: u64, value: serde_json::Value| {
            let body = json!({"characteristics": [{"aid": 1, "iid": iid, "value": value}]});
            request("PUT", "/characteristics", "application/hap+json", body.to_string().as_bytes())
        };
        conn.send(&write(name, json!("Renamed"))).await;
        table.row(
            "write to the read-only Name",
            "207, status -70404",
            described(conn.next().await),
        );
        conn.send(&write(camera_active, json!(7))).await;
        table.row(
            "HomeKitCameraActive = 7 (range 0–1)",
            "207, status -70410",
            described(conn.next().await),
        );
        conn.send(&request("PUT", "/characteristics", "application/hap+json", b"{\"characteristics\": [{\"aid\"")).await;
        table.row(
            "truncated JSON to PUT /characteristics",
            "400, status -70410",
            described(conn.next().await),
        );
        conn.send(&request("POST", "/resource", "application/hap+json", b"{\"resource-type\":\"video\"}")).await;
        table.row(
            "POST /resource for something that is not an image",
            "400, status -70410",
            described(conn.next().await),
        );

        // Damaged frames of the encrypted session.
        let mut conn = verified_raw(addr, &admin, &accessory).await;
        let mut frame = Vec::new();
        conn.session
            .as_mut()
            .unwrap()
            .encrypt(&request("GET", "/accessories", "application/hap+json", b""), &mut frame);
        let last = frame.len() - 1;
        frame[last] ^= 0x01;
        conn.send_raw(&frame).await;
        table.row(
            "frame with a wrong tag",
            "closed",
            if closed(&mut conn).await { "closed".into() } else { "open".into() },
        );
        let mut conn = verified_raw(addr, &admin, &accessory).await;
        let mut oversized = vec![0xFF, 0xFF];
        oversized.extend_from_slice(&[0u8; 64]);
        conn.send_raw(&oversized).await;
        table.row(
            "frame announcing 65535 bytes (HAP frames hold at most 1024)",
            "closed",
            if closed(&mut conn).await { "closed".into() } else { "open".into() },
        );
        let mut conn = verified_raw(addr, &admin, &accessory).await;
        conn.send_raw(&[0x64, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]).await;
        drop(conn);
        tokio::time::sleep(Duration::from_millis(200)).await;

        // Nothing lost: the admin verifies and reads after all of it.
        let mut conn = verified_raw(addr, &admin, &accessory).await;
        conn.send(&request("GET", "/accessories", "application/hap+json", b"")).await;
        table.row(
            "a truncated frame, then the connection dropped; afterwards the admin verifies and reads",
            "200",
            described(conn.next().await),
        );
    });
    pipeline.set_state(gst::State::Null).unwrap();
    drop(pipeline);
    // Connections and listeners are gone with the servers.
    std::thread::sleep(Duration::from_millis(500));
    let files_after = open_files();
    table.row(
        "open files of the process, before and after",
        "no more after",
        format!("{files_before} before, {files_after} after"),
    );

    let expectations: Vec<(&str, Box<dyn Fn(&str) -> bool>)> = vec![
        ("two pair-setups", Box::new(|g| g.contains("Busy"))),
        ("100 times", Box::new(|g| g == "100 × Authentication")),
        ("after 100 wrong", Box::new(|g| g.contains("MaxTries"))),
        ("after a restart", Box::new(|g| g.contains("MaxTries"))),
        ("truncated TLV8", Box::new(|g| g == "200, TLV error 1")),
        ("40 KiB", Box::new(|g| g == "413, closed")),
        (
            "Content-Length",
            Box::new(|g| g.ends_with("/ 400 / closed")),
        ),
        (
            "GET /accessories before",
            Box::new(|g| g.starts_with("470")),
        ),
        ("unknown path", Box::new(|g| g.starts_with("404"))),
        ("read-only", Box::new(|g| g.ends_with("-70404"))),
        ("range 0–1", Box::new(|g| g.ends_with("-70410"))),
        ("truncated JSON", Box::new(|g| g.starts_with("400"))),
        ("not an image", Box::new(|g| g.starts_with("400"))),
        ("wrong tag", Box::new(|g| g == "closed")),
        ("65535", Box::new(|g| g == "closed")),
        ("admin verifies", Box::new(|g| g == "200")),
        ("open files", Box::new(move |_| files_after <= files_before)),
    ];
    for (key, ok) in &expectations {
        let (input, expected, got) = table
            .0
            .iter()
            .find(|(input, _, _)| input.contains(key))
            .unwrap_or_else(|| panic!("no row for {key}"));
        assert!(ok(got), "{input}: expected {expected}, got {got}");
    }
}
