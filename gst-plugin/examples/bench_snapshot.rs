// SPDX-License-Identifier: MIT OR Apache-2.0
//! Snapshot latency of `hksvsink` (`POST /resource`, issue 15): a 1080p H.264 file played in
//! real time into `hksvsink` on 127.0.0.1; our controller (`hksv::client`) pairs, verifies and,
//! right after each new keyframe reaches the element, asks for a snapshot of each size (cold:
//! a decode of the new keyframe) and then again (cached). Times are the controller's round
//! trips over the encrypted session. Run by `scripts/bench-snapshot.sh`.
//!
//! ```text
//! cargo run --release -p gst-plugin-hksv --example bench_snapshot -- CLIP.ts [RUNS] [WxH,...]
//! ```
//!
//! `CLIP.ts`: MPEG-TS with H.264 (the benchmarks' clip); RUNS (default 10) keyframes are
//! measured after one warm-up keyframe; sizes default to `640x360,1920x1080`.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{Context, anyhow, bail};
use gst::prelude::*;
use hksv::client::{HapClient, new_controller_identity};

const SETUP_CODE: &str = "031-45-154";

/// One size's measurements, in milliseconds.
#[derive(Default)]
struct Samples {
    cold: Vec<f64>,
    /// CPU time of the whole process during each cold request: the decode's cost, nearly
    /// independent of the machine's load (the clip's playback adds a little).
    cold_cpu: Vec<f64>,
    cached: Vec<f64>,
    bytes: usize,
}

/// User + system CPU time of the process (every thread, ended ones included), in ms.
fn process_cpu_ms() -> f64 {
    // SAFETY: getrusage fills the struct it is given; a zeroed rusage is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: RUSAGE_SELF with a valid pointer to a rusage.
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return f64::NAN;
    }
    let ms = |t: libc::timeval| t.tv_sec as f64 * 1e3 + t.tv_usec as f64 / 1e3;
    ms(usage.ru_utime) + ms(usage.ru_stime)
}

fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

fn spread(values: &[f64]) -> String {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!("{:6.1} ms (min {:.1}, max {:.1})", median(values), min, max)
}

/// One snapshot request; the time of the round trip and the JPEG's size.
async fn snapshot(client: &mut HapClient, w: u32, h: u32) -> anyhow::Result<(f64, usize)> {
    let body = serde_json::json!({"resource-type":"image","image-width":w,"image-height":h});
    let started = Instant::now();
    let r = client
        .post(
            "/resource",
            "application/hap+json",
            body.to_string().as_bytes(),
        )
        .await?;
    let ms = started.elapsed().as_secs_f64() * 1e3;
    if r.status != 200 || r.body.get(..2) != Some(&[0xFF, 0xD8]) {
        bail!(
            "snapshot {w}x{h}: status {} {}",
            r.status,
            String::from_utf8_lossy(&r.body)
        );
    }
    Ok((ms, r.body.len()))
}

fn decodes(sink: &gst::Element) -> u64 {
    sink.property::<gst::Structure>("stats")
        .get::<u64>("snapshot-decodes")
        .unwrap_or(0)
}

fn run() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let clip = args
        .next()
        .context("usage: bench_snapshot CLIP.ts [RUNS] [WxH,...]")?;
    let runs: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(10);
    let sizes: Vec<(u32, u32)> = args
        .next()
        .unwrap_or_else(|| "640x360,1920x1080".into())
        .split(',')
        .map(|s| {
            let (w, h) = s.split_once('x').context("size is WxH")?;
            Ok((w.parse()?, h.parse()?))
        })
        .collect::<anyhow::Result<_>>()?;

    gst::init()?;
    gsthksv::plugin_register_static()?;
    let state = tempfile::tempdir()?;
    let pipeline = gst::parse::launch(&format!(
        "filesrc location=\"{clip}\" ! tsdemux ! h264parse ! video/x-h264,alignment=au \
         ! identity sync=true name=clock \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false \
           setup-code={SETUP_CODE} state-dir=\"{}\"",
        state.path().display()
    ))?
    .downcast::<gst::Pipeline>()
    .map_err(|_| anyhow!("not a pipeline"))?;
    let sink = pipeline.by_name("hksv").context("no hksvsink")?;
    // Keyframes as they leave for the sink (the same thread takes them into the element).
    let (keyframes, arrived) = mpsc::channel::<()>();
    pipeline
        .by_name("clock")
        .and_then(|e| e.static_pad("src"))
        .context("no identity src pad")?
        .add_probe(gst::PadProbeType::BUFFER, move |_, info| {
            if let Some(buffer) = info.buffer()
                && !buffer.flags().contains(gst::BufferFlags::DELTA_UNIT)
            {
                let _ = keyframes.send(());
            }
            gst::PadProbeReturn::Ok
        });
    pipeline.set_state(gst::State::Playing)?;
    let port = u16::try_from(sink.property::<u32>("port"))?;
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut client = rt.block_on(async {
        let identity = new_controller_identity()?;
        let mut setup = HapClient::connect(addr).await?;
        let accessory = setup.pair_setup(SETUP_CODE, &identity).await?;
        let mut client = HapClient::connect(addr).await?;
        client.pair_verify(&identity, &accessory).await?;
        anyhow::Ok(client)
    })?;
    let next_keyframe = || -> anyhow::Result<()> {
        // Drop keyframes that passed while measuring; then wait for a new one.
        while arrived.try_recv().is_ok() {}
        arrived
            .recv_timeout(Duration::from_secs(20))
            .context("no keyframe within 20 s (clip too short?)")?;
        // The sink takes it on the same thread right after the probe.
        std::thread::sleep(Duration::from_millis(10));
        Ok(())
    };

    next_keyframe()?;
    let (first, _) = rt.block_on(snapshot(&mut client, sizes[0].0, sizes[0].1))?;
    let mut samples: Vec<Samples> = sizes.iter().map(|_| Samples::default()).collect();
    for _ in 0..runs {
        next_keyframe()?;
        for (&(w, h), s) in sizes.iter().zip(samples.iter_mut()) {
            let before = decodes(&sink);
            let cpu = process_cpu_ms();
            let (cold, bytes) = rt.block_on(snapshot(&mut client, w, h))?;
            s.cold_cpu.push(process_cpu_ms() - cpu);
            if decodes(&sink) != before + 1 {
                bail!("the cold request did not decode (keyframe not taken yet?)");
            }
            let (cached, _) = rt.block_on(snapshot(&mut client, w, h))?;
            s.cold.push(cold);
            s.cached.push(cached);
            s.bytes = bytes;
        }
    }
    pipeline.set_state(gst::State::Null)?;

    println!(
        "snapshot latency from hksvsink, {clip}: controller round trip over an encrypted HAP \
         session on 127.0.0.1, median of {runs}"
    );
    for ((w, h), s) in sizes.iter().zip(&samples) {
        println!(
            "  {w:>4}x{h:<4}  cold {}   cached {}   JPEG {} kB",
            spread(&s.cold),
            spread(&s.cached),
            s.bytes / 1000
        );
        println!(
            "             CPU time of the process during a cold request: {:.1} ms (median)",
            median(&s.cold_cpu)
        );
    }
    println!(
        "  first snapshot of the process (loads the decoder and encoder plugins): {first:.1} ms"
    );
    println!(
        "  targets (issue 15): cold 50 ms, cached 5 ms; HAP-NodeJS with ffmpeg, as measured in \
         the issue: 106 ms for both"
    );
    Ok(())
}

fn main() {
    if let Err(err) = run() {
        eprintln!("bench_snapshot: {err:#}");
        std::process::exit(1);
    }
}
