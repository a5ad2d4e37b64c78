// SPDX-License-Identifier: MIT OR Apache-2.0
//! Soak run of `hksvsink` (not a CI test; `scripts/soak.sh` runs it): a live camera pipeline
//! for `--minutes` (30) while `--clients` (3) controllers connect, verify, read the database,
//! subscribe to MotionDetected and take its events, and an admin adds and removes a pairing,
//! in loops; motion goes on and off every 20 s, and a hub opens a recording, receives two
//! fragments and closes it every minute. The process's resident memory is sampled every
//! 10 s; the run fails when the memory at the end is more than 10 % above the value after
//! the first minute, or when any operation failed.
//!
//! Everything talks to 127.0.0.1; nothing is advertised.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail};
use gst::prelude::*;
use hksv::client::hub::{self, CameraIids, StreamEnd};
use hksv::client::{DataStreamClient, HapClient, RecordingReceiver, new_controller_identity};
use hksv::hds::datasend;
use hksv::hds::message::CloseReason;
use hksv::pairing::{
    AccessoryPairing, ControllerIdentity, ControllerPairing, PairingsRequest, pairings_request,
};
use serde_json::json;

const SETUP_CODE: &str = "031-45-154";

/// Counts of what the clients did and of what failed.
#[derive(Default)]
struct Counters {
    verifies: AtomicU64,
    reads: AtomicU64,
    events: AtomicU64,
    pairing_changes: AtomicU64,
    recordings: AtomicU64,
    failures: AtomicU64,
}

/// Resident set size of this process in KiB (`VmRSS`).
fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn arg(name: &str, default: u64) -> anyhow::Result<u64> {
    let args: Vec<String> = std::env::args().collect();
    match args.iter().position(|a| a == name) {
        Some(i) => args
            .get(i + 1)
            .with_context(|| format!("{name} needs a value"))?
            .parse()
            .with_context(|| format!("{name} takes a number")),
        None => Ok(default),
    }
}

async fn verified(
    addr: SocketAddr,
    identity: &ControllerIdentity,
    accessory: &AccessoryPairing,
) -> anyhow::Result<HapClient> {
    let mut client = HapClient::connect(addr).await?;
    client.pair_verify(identity, accessory).await?;
    Ok(client)
}

/// One controller's loop: verify, read, subscribe, wait for a motion event, disconnect.
async fn controller_round(
    addr: SocketAddr,
    identity: &ControllerIdentity,
    accessory: &AccessoryPairing,
    iids: &CameraIids,
    counters: &Counters,
) -> anyhow::Result<()> {
    let mut client = verified(addr, identity, accessory).await?;
    counters.verifies.fetch_add(1, Ordering::Relaxed);
    let db = client.get("/accessories").await?;
    if db.status != 200 {
        bail!("/accessories answered {}", db.status);
    }
    counters.reads.fetch_add(1, Ordering::Relaxed);
    let subscribe = json!({"characteristics": [{"aid": iids.aid, "iid": iids.motion, "ev": true}]});
    client.put_json("/characteristics", &subscribe).await?;
    // Motion changes every 20 s: an event arrives within that (plus margin).
    tokio::time::timeout(Duration::from_secs(25), client.next_event())
        .await
        .map_err(|_| anyhow!("no motion event within 25 s"))??;
    counters.events.fetch_add(1, Ordering::Relaxed);
    Ok(())
}

/// The admin adds a pairing and removes it again.
async fn pairing_round(admin: &mut HapClient, counters: &Counters) -> anyhow::Result<()> {
    let extra = new_controller_identity()?;
    let pairing = ControllerPairing {
        id: extra.id.clone(),
        ltpk: extra.signing_key.verifying_key().to_bytes(),
        admin: false,
    };
    for request in [
        PairingsRequest::Add(pairing),
        PairingsRequest::Remove(extra.id),
    ] {
        let r = admin
            .post(
                "/pairings",
                "application/pairing+tlv8",
                &pairings_request(&request),
            )
            .await?;
        if r.status != 200 {
            bail!("/pairings answered {}", r.status);
        }
        counters.pairing_changes.fetch_add(1, Ordering::Relaxed);
    }
    Ok(())
}

/// The hub opens a recording, takes two fragments and closes it.
async fn recording_round(
    hub_conn: &mut HapClient,
    iids: &CameraIids,
    stream_id: i64,
    counters: &Counters,
) -> anyhow::Result<()> {
    let mut ds = DataStreamClient::connect(hub_conn, iids.aid, iids.setup_data_stream).await?;
    let (status, body) = ds.open_recording(stream_id).await?;
    if status != 0 {
        bail!("recording {stream_id} refused: {body:?}");
    }
    let mut receiver = RecordingReceiver::default();
    let end = hub::collect(
        &mut ds,
        stream_id,
        &mut receiver,
        2,
        Duration::from_secs(30),
    )
    .await?;
    if !matches!(end, StreamEnd::Enough) {
        bail!("recording {stream_id} ended early: {end:?}");
    }
    ds.send(&datasend::close_event(stream_id, CloseReason::Normal))
        .await?;
    counters.recordings.fetch_add(1, Ordering::Relaxed);
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let minutes = arg("--minutes", 30)?;
    let clients = arg("--clients", 3)?;
    gst::init()?;
    gsthksv::plugin_register_static()?;
    let state = tempfile::tempdir()?;
    let description = format!(
        "videotestsrc is-live=true pattern=ball ! video/x-raw,width=640,height=360,framerate=15/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=15 bframes=0 ! h264parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false \
           setup-code={SETUP_CODE} state-dir=\"{}\"",
        state.path().display()
    );
    let pipeline = gst::parse::launch(&description)?
        .downcast::<gst::Pipeline>()
        .map_err(|_| anyhow!("not a pipeline"))?;
    let sink = pipeline.by_name("hksv").context("no hksvsink")?;
    pipeline.set_state(gst::State::Playing)?;
    let port = u16::try_from(sink.property::<u32>("port"))?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let counters = Arc::new(Counters::default());
    let runtime = tokio::runtime::Runtime::new()?;
    let total = Duration::from_secs(minutes * 60);
    let start = Instant::now();

    let (first_minute, end, peak) = runtime.block_on(async {
        let admin_id = new_controller_identity()?;
        let accessory = HapClient::connect(addr)
            .await?
            .pair_setup(SETUP_CODE, &admin_id)
            .await?;
        let mut hub_conn = verified(addr, &admin_id, &accessory).await?;
        let db = hub_conn.get("/accessories").await?.json();
        let iids = CameraIids::find(&db).context("camera iids")?;
        tokio::time::sleep(Duration::from_secs(2)).await;
        hub::arm_recording(&mut hub_conn, &iids, false).await?;

        // Motion on and off every 20 s.
        let motion_sink = sink.clone();
        tokio::spawn(async move {
            let mut on = true;
            loop {
                motion_sink.emit_by_name::<()>("set-motion", &[&on]);
                on = !on;
                tokio::time::sleep(Duration::from_secs(20)).await;
            }
        });
        // Controllers, each with its own pairing added by the admin.
        let mut admin = verified(addr, &admin_id, &accessory).await?;
        for n in 0..clients {
            let identity = new_controller_identity()?;
            let pairing = ControllerPairing {
                id: identity.id.clone(),
                ltpk: identity.signing_key.verifying_key().to_bytes(),
                admin: false,
            };
            let body = pairings_request(&PairingsRequest::Add(pairing));
            admin
                .post("/pairings", "application/pairing+tlv8", &body)
                .await?;
            let (accessory, iids, counters) = (accessory.clone(), iids, counters.clone());
            tokio::spawn(async move {
                while start.elapsed() < total {
                    if let Err(err) =
                        controller_round(addr, &identity, &accessory, &iids, &counters).await
                    {
                        eprintln!("soak: controller {n}: {err:#}");
                        counters.failures.fetch_add(1, Ordering::Relaxed);
                    }
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            });
        }
        let pairing_counters = counters.clone();
        tokio::spawn(async move {
            while start.elapsed() < total {
                if let Err(err) = pairing_round(&mut admin, &pairing_counters).await {
                    eprintln!("soak: pairings: {err:#}");
                    pairing_counters.failures.fetch_add(1, Ordering::Relaxed);
                }
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        });

        let mut first_minute = 0u64;
        let mut peak = 0u64;
        let mut next_recording = Instant::now() + Duration::from_secs(30);
        let mut stream_id = 0i64;
        println!("minute  rss_kib  verifies  reads  events  pairing_changes  recordings  failures");
        while start.elapsed() < total {
            if Instant::now() >= next_recording {
                stream_id += 1;
                if let Err(err) = recording_round(&mut hub_conn, &iids, stream_id, &counters).await
                {
                    eprintln!("soak: recording {stream_id}: {err:#}");
                    counters.failures.fetch_add(1, Ordering::Relaxed);
                }
                next_recording += Duration::from_secs(60);
            }
            tokio::time::sleep(Duration::from_secs(10)).await;
            let rss = rss_kib();
            let elapsed = start.elapsed();
            if elapsed >= Duration::from_secs(60) {
                if first_minute == 0 {
                    first_minute = rss;
                }
                peak = peak.max(rss);
            }
            let c = &counters;
            println!(
                "{:>6.1}  {rss:>7}  {:>8}  {:>5}  {:>6}  {:>15}  {:>10}  {:>8}",
                elapsed.as_secs_f64() / 60.0,
                c.verifies.load(Ordering::Relaxed),
                c.reads.load(Ordering::Relaxed),
                c.events.load(Ordering::Relaxed),
                c.pairing_changes.load(Ordering::Relaxed),
                c.recordings.load(Ordering::Relaxed),
                c.failures.load(Ordering::Relaxed),
            );
        }
        anyhow::Ok((first_minute, rss_kib(), peak))
    })?;
    pipeline.set_state(gst::State::Null)?;
    let failures = counters.failures.load(Ordering::Relaxed);
    let growth = if first_minute > 0 {
        end as f64 / first_minute as f64
    } else {
        0.0
    };
    println!(
        "soak: {minutes} min, RSS after 1 min {first_minute} KiB, at the end {end} KiB ({:+.1} %), peak after 1 min {peak} KiB ({:+.1} %), failures {failures}",
        (growth - 1.0) * 100.0,
        (peak as f64 / first_minute.max(1) as f64 - 1.0) * 100.0,
    );
    if failures > 0 {
        bail!("{failures} operations failed");
    }
    if growth > 1.10 {
        bail!("memory grew by more than 10 %");
    }
    Ok(())
}
