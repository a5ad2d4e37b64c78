//! Loopback benchmark of the HAP server and client in one process: median time of 20
//! pair-setups (each against a fresh, unpaired accessory) and 20 pair-verifies (new TCP
//! connection each time), over real TCP on 127.0.0.1.
//!
//! `cargo run --release --example bench_hap`

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use hksv::client::{HapClient, new_controller_identity};
use hksv::server::{HapServer, ServerConfig};

const RUNS: usize = 20;
const CODE: &str = "518-08-582";

fn config(dir: &std::path::Path) -> ServerConfig {
    let mut config = ServerConfig::new("Bench Cam", dir);
    config.bind_address = Ipv4Addr::LOCALHOST.into();
    config.advertise = false;
    config.setup_code = Some(CODE.to_owned());
    config
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort_unstable();
    samples.get(samples.len() / 2).copied().unwrap_or_default()
}

fn summary(name: &str, samples: Vec<Duration>) {
    let min = samples.iter().min().copied().unwrap_or_default();
    let max = samples.iter().max().copied().unwrap_or_default();
    println!(
        "{name:<12} runs {RUNS}  median {:>8.2} ms  min {:>8.2} ms  max {:>8.2} ms",
        median(samples).as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let runtime = tokio::runtime::Handle::current();
    let mut setups = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let dir = tempfile::tempdir()?;
        let server = HapServer::start(config(dir.path()), runtime.clone()).await?;
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, server.port()));
        let identity = new_controller_identity()?;
        let started = Instant::now();
        let mut client = HapClient::connect(addr).await?;
        let accessory = client.pair_setup(CODE, &identity).await?;
        setups.push(started.elapsed());
        drop(client);
        if let Some((old_server, _old_dir, _, _)) = last.replace((server, dir, identity, accessory))
        {
            HapServer::shutdown(old_server).await;
        }
    }
    let Some((server, _dir, identity, accessory)) = last else {
        return Ok(());
    };
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, server.port()));
    let mut verifies = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let started = Instant::now();
        let mut client = HapClient::connect(addr).await?;
        client.pair_verify(&identity, &accessory).await?;
        verifies.push(started.elapsed());
        let status = client.get("/accessories").await?.status;
        assert_eq!(status, 200, "verified session must serve /accessories");
    }
    summary("pair-setup", setups);
    summary("pair-verify", verifies);
    server.shutdown().await;
    Ok(())
}
