//! A controller watching a HomeKit camera live (reference §10), for the live-view benchmark
//! (`scripts/bench-live.sh`): pairs, sets up endpoints with its own keys, starts streams and
//! measures the time from the start write to the first RTP packet carrying an IDR picture
//! (NAL type 5, alone or as the first FU-A fragment), decrypting with the accessory's key.
//! With `--hold S` it then keeps one stream for S seconds, sending SRTCP receiver reports
//! every 0.5 s as a controller does.
//!
//! ```text
//! cargo run --release --example hksv_live_view -- --addr 127.0.0.1:51826 --code 031-45-154 \
//!     [--starts 10] [--hold 60]
//! ```
//!
//! Prints one JSON line: the start → first IDR times (ms), packets and bytes received while
//! held.

use std::net::{Ipv4Addr, SocketAddr};
use std::time::{Duration, Instant};

use hksv::client::live::{self, LiveIids};
use hksv::client::{HapClient, new_controller_identity};
use hksv::live::StreamingStatus;
use hksv::live::rtcp::{ReceiverReport, ReportBlock};
use hksv::live::selected_stream::Command;
use hksv::live::setup_endpoints::{Endpoint, SetupRequest, SrtpParameters, SrtpSuite};
use hksv::live::srtp::SrtpContext;
use tokio::net::UdpSocket;

type Error = Box<dyn std::error::Error>;

struct Args {
    addr: SocketAddr,
    code: String,
    starts: usize,
    hold: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let (mut addr, mut code, mut starts, mut hold) = (None, None, 10, 0);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--addr" => addr = Some(value()?.parse().map_err(|e| format!("--addr: {e}"))?),
            "--code" => code = Some(value()?),
            "--starts" => starts = value()?.parse().map_err(|e| format!("--starts: {e}"))?,
            "--hold" => hold = value()?.parse().map_err(|e| format!("--hold: {e}"))?,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        addr: addr.ok_or("--addr is required")?,
        code: code.ok_or("--code is required")?,
        starts,
        hold,
    })
}

fn keys() -> Result<SrtpParameters, Error> {
    Ok(SrtpParameters {
        suite: SrtpSuite::AesCm128HmacSha1_80,
        key: hksv::crypto::random_array::<16>()?.to_vec(),
        salt: hksv::crypto::random_array::<14>()?.to_vec(),
    })
}

/// Whether a decrypted RTP packet carries (the start of) an IDR picture.
fn carries_idr(rtp: &[u8]) -> bool {
    let Ok(header) = hksv::live::srtp::rtp_header_len(rtp) else {
        return false;
    };
    match rtp.get(header..header + 2) {
        Some([nal, fu]) if nal & 0x1f == 28 => fu & 0x80 != 0 && fu & 0x1f == 5,
        Some([nal, _]) => nal & 0x1f == 5,
        _ => false,
    }
}

/// One session: set up, started, its sockets and our decryption context.
struct Session {
    request: SetupRequest,
    video: UdpSocket,
    _audio: UdpSocket,
    rx: SrtpContext,
    accessory_video: SocketAddr,
    our_ssrc: u32,
}

async fn setup(hap: &mut HapClient, iids: &LiveIids) -> Result<Session, Error> {
    let video = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await?;
    let audio = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await?;
    let request = SetupRequest {
        session_id: hksv::crypto::random_array::<16>()?,
        controller: Endpoint {
            ip: Ipv4Addr::LOCALHOST.into(),
            video_port: video.local_addr()?.port(),
            audio_port: audio.local_addr()?.port(),
        },
        video_srtp: keys()?,
        audio_srtp: keys()?,
    };
    let answer = live::setup_endpoints(hap, iids, &request).await?;
    let theirs = answer.video_srtp.ok_or("no video keys in the answer")?;
    let accessory = answer.accessory.ok_or("no address in the answer")?;
    Ok(Session {
        rx: SrtpContext::aes_cm_128(&theirs.key, &theirs.salt)?,
        accessory_video: SocketAddr::new(accessory.ip, accessory.video_port),
        our_ssrc: answer.video_ssrc,
        request,
        video,
        _audio: audio,
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Error> {
    let args = parse_args()?;
    let identity = new_controller_identity()?;
    let mut setup_conn = HapClient::connect(args.addr).await?;
    let accessory = setup_conn.pair_setup(&args.code, &identity).await?;
    let mut hap = HapClient::connect(args.addr).await?;
    hap.pair_verify(&identity, &accessory).await?;
    let iids = LiveIids::find(&hap.get("/accessories").await?.json())?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while live::streaming_status(&mut hap, &iids).await? != StreamingStatus::Available {
        if Instant::now() > deadline {
            return Err("the camera never became available".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut times = Vec::new();
    let mut buf = vec![0u8; 2048];
    for _ in 0..args.starts {
        let mut s = setup(&mut hap, &iids).await?;
        let start = live::start(s.request.session_id, (1920, 1080, 30), 0x1111, 0x2222);
        let t0 = Instant::now();
        let status = live::select(&mut hap, &iids, &start).await?;
        if status != 0 {
            return Err(format!("start refused: {status}").into());
        }
        loop {
            let (n, _) = tokio::time::timeout(Duration::from_secs(10), s.video.recv_from(&mut buf))
                .await??;
            let mut packet = buf[..n].to_vec();
            if hksv::live::rtcp::is_rtcp(&packet) || s.rx.unprotect_rtp(&mut packet).is_err() {
                continue;
            }
            if carries_idr(&packet) {
                times.push(t0.elapsed().as_secs_f64() * 1000.0);
                break;
            }
        }
        live::select(
            &mut hap,
            &iids,
            &live::command(s.request.session_id, Command::End),
        )
        .await?;
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (mut packets, mut bytes) = (0u64, 0u64);
    if args.hold > 0 {
        let mut s = setup(&mut hap, &iids).await?;
        let start = live::start(s.request.session_id, (1920, 1080, 30), 0x1111, 0x2222);
        live::select(&mut hap, &iids, &start).await?;
        let mut tx =
            SrtpContext::aes_cm_128(&s.request.video_srtp.key, &s.request.video_srtp.salt)?;
        let end = Instant::now() + Duration::from_secs(args.hold);
        let mut next_report = Instant::now();
        let mut wire = Vec::new();
        while Instant::now() < end {
            if Instant::now() >= next_report {
                let rr = ReceiverReport {
                    ssrc: 0x1111,
                    blocks: vec![ReportBlock {
                        ssrc: s.our_ssrc,
                        fraction_lost: 0,
                        cumulative_lost: 0,
                        highest_seq: 0,
                        jitter: 0,
                    }],
                };
                tx.protect_rtcp(&rr.to_bytes(), &mut wire)?;
                s.video.send_to(&wire, s.accessory_video).await?;
                next_report += Duration::from_millis(500);
            }
            if let Ok(Ok((n, _))) =
                tokio::time::timeout(Duration::from_millis(100), s.video.recv_from(&mut buf)).await
            {
                let mut packet = buf[..n].to_vec();
                if !hksv::live::rtcp::is_rtcp(&packet) && s.rx.unprotect_rtp(&mut packet).is_ok() {
                    packets += 1;
                    bytes += packet.len() as u64;
                }
            }
        }
        live::select(
            &mut hap,
            &iids,
            &live::command(s.request.session_id, Command::End),
        )
        .await?;
    }
    let list: Vec<String> = times.iter().map(|t| format!("{t:.2}")).collect();
    println!(
        "{{\"start_to_first_idr_ms\": [{}], \"held_packets\": {packets}, \"held_bytes\": {bytes}}}",
        list.join(", ")
    );
    Ok(())
}
