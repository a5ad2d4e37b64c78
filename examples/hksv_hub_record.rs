//! A Home hub in one command: pairs with a HomeKit camera, selects a recording
//! configuration, switches recording on, opens a HomeKit Data Stream recording and writes
//! what arrives to an MP4 file. Used by the interoperability test with HAP-NodeJS
//! (`tests/interop/hapnodejs/run.sh`) and to try `hksvsink` by hand.
//!
//! ```text
//! cargo run --example hksv_hub_record -- --addr 127.0.0.1:51826 --code 031-45-154 \
//!     --out recording.mp4 [--fragments 3] [--timeout 40] [--audio] [--wait-motion]
//! ```
//!
//! `--fragments 0` records until the accessory ends the stream.
//!
//! Prints one JSON line: fragments and bytes received, time from `open` to the first
//! fragment, how the stream ended. Exits 1 when fewer fragments than asked arrived.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use hksv::client::hub::{self, CameraIids, StreamEnd};
use hksv::client::{DataStreamClient, HapClient, RecordingReceiver, new_controller_identity};
use hksv::hds::datasend;
use hksv::hds::message::CloseReason;

struct Args {
    addr: SocketAddr,
    code: String,
    out: String,
    fragments: usize,
    timeout: Duration,
    audio: bool,
    wait_motion: bool,
    opens: usize,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut addr = None;
    let mut code = None;
    let mut out = None;
    let mut fragments = 3;
    let mut timeout = 40;
    let mut audio = false;
    let mut wait_motion = false;
    let mut opens = 1;
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--addr" => addr = Some(value()?.parse().map_err(|e| format!("--addr: {e}"))?),
            "--code" => code = Some(value()?),
            "--out" => out = Some(value()?),
            "--fragments" => {
                fragments = value()?.parse().map_err(|e| format!("--fragments: {e}"))?
            }
            "--timeout" => timeout = value()?.parse().map_err(|e| format!("--timeout: {e}"))?,
            "--audio" => audio = true,
            "--wait-motion" => wait_motion = true,
            "--opens" => opens = value()?.parse().map_err(|e| format!("--opens: {e}"))?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        addr: addr.ok_or("--addr HOST:PORT is required")?,
        code: code.ok_or("--code XXX-XX-XXX is required")?,
        out: out.ok_or("--out FILE is required")?,
        fragments,
        timeout: Duration::from_secs(timeout),
        audio,
        wait_motion,
        opens: opens.max(1),
    })
}

async fn record(args: &Args) -> Result<(RecordingReceiver, StreamEnd, Vec<Duration>), String> {
    let identity = new_controller_identity().map_err(|e| e.to_string())?;
    let mut setup = HapClient::connect(args.addr)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    let accessory = setup
        .pair_setup(&args.code, &identity)
        .await
        .map_err(|e| format!("pair-setup: {e}"))?;
    drop(setup);
    let mut hap = HapClient::connect(args.addr)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    hap.pair_verify(&identity, &accessory)
        .await
        .map_err(|e| format!("pair-verify: {e}"))?;
    let accessories = hap
        .get("/accessories")
        .await
        .map_err(|e| e.to_string())?
        .json();
    let iids = CameraIids::find(&accessories).map_err(|e| e.to_string())?;
    let selection = hub::arm_recording(&mut hap, &iids, args.audio)
        .await
        .map_err(|e| format!("arming recording: {e}"))?;
    eprintln!("hub: selected {selection:?}");
    if args.wait_motion {
        let body =
            serde_json::json!({"characteristics":[{"aid":iids.aid,"iid":iids.motion,"ev":true}]});
        hap.put_json("/characteristics", &body)
            .await
            .map_err(|e| e.to_string())?;
        let wait = async {
            loop {
                let event = hap.next_event().await.map_err(|e| e.to_string())?;
                let motion = event["characteristics"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|c| {
                        c["iid"].as_u64() == Some(iids.motion)
                            && (c["value"] == 1 || c["value"] == true)
                    });
                if motion {
                    return Ok::<(), String>(());
                }
            }
        };
        tokio::time::timeout(args.timeout, wait)
            .await
            .map_err(|_| "no motion event".to_owned())??;
        eprintln!("hub: motion");
    }
    let mut ds = DataStreamClient::connect(&mut hap, iids.aid, iids.setup_data_stream)
        .await
        .map_err(|e| format!("data stream: {e}"))?;
    // With --opens N, the first N-1 recordings are closed after their first fragment (the
    // benchmark's open-to-first-fragment figure); the last one records as asked.
    let mut firsts = Vec::new();
    let mut stream_id = 0;
    loop {
        stream_id += 1;
        let last = firsts.len() + 1 >= args.opens;
        let opened = Instant::now();
        let (status, body) = ds
            .open_recording(stream_id)
            .await
            .map_err(|e| e.to_string())?;
        if status != 0 {
            return Err(format!("open refused: status {status}, {body:?}"));
        }
        let mut receiver = RecordingReceiver::default();
        let wanted = match (last, args.fragments) {
            (false, _) => 1,
            (true, 0) => usize::MAX,
            (true, n) => n,
        };
        let end = hub::collect(&mut ds, stream_id, &mut receiver, wanted, args.timeout)
            .await
            .map_err(|e| e.to_string())?;
        if let Some(first) = receiver.segments.get(1) {
            firsts.push(first.completed.duration_since(opened));
        }
        if matches!(end, StreamEnd::Enough) {
            ds.send(&datasend::close_event(stream_id, CloseReason::Normal))
                .await
                .map_err(|e| e.to_string())?;
        }
        if last {
            return Ok((receiver, end, firsts));
        }
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args = match parse_args() {
        Ok(args) => args,
        Err(e) => {
            eprintln!("hksv_hub_record: {e}");
            std::process::exit(2);
        }
    };
    match record(&args).await {
        Ok((receiver, end, firsts)) => {
            let mp4 = receiver.to_mp4();
            if let Err(e) = std::fs::write(&args.out, &mp4) {
                eprintln!("hksv_hub_record: cannot write {}: {e}", args.out);
                std::process::exit(1);
            }
            println!(
                "{}",
                serde_json::json!({
                    "fragments": receiver.fragments(),
                    "bytes": mp4.len(),
                    "open_to_first_fragment_ms": firsts.first().map_or(0.0, |f| f.as_secs_f64() * 1000.0),
                    "opens_to_first_fragment_ms": firsts.iter().map(|f| f.as_secs_f64() * 1000.0).collect::<Vec<_>>(),
                    "end": format!("{end:?}"),
                    "out": args.out,
                })
            );
            if receiver.fragments() < args.fragments {
                std::process::exit(1);
            }
        }
        Err(e) => {
            eprintln!("hksv_hub_record: {e}");
            std::process::exit(1);
        }
    }
}
