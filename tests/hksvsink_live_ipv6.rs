// SPDX-License-Identifier: MIT OR Apache-2.0
//! Live view from `hksvsink` over IPv6 loopback (reference §10.4: the address sub-TLV's IP
//! version 1): the element binds `::1`, our Rust controller pairs over IPv6, sets up
//! endpoints with IP version 1 and address `::1`, and the answer must carry IP version 1 and
//! the element's IPv6 address. The stream is received by `udpsrc address=::1 ! srtpdec !
//! rtph264depay ! avdec_h264` with the answer's key, and, with no MTU in the selection, its
//! packets keep to the IPv6 default of §10.5 (1228 bytes of RTP).

use std::net::{IpAddr, Ipv6Addr, SocketAddr, UdpSocket};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gst::prelude::*;
use hksv::client::live::{self, LiveIids};
use hksv::live::selected_stream::Command;
use hksv::live::setup_endpoints::{Endpoint, SetupRequest, SetupStatus, SrtpParameters, SrtpSuite};
use hksv::live::{DEFAULT_MTU_IPV6, StreamingStatus};

mod common;
mod gst_common;
mod skip;
use common::{pair_setup, verified_at};
use gst_common::{appsink, init};
use skip::skip;

const SETUP_CODE: &str = "031-45-154";
/// Generous bound for things that take a fraction of a second; only detects hangs.
const PATIENCE: Duration = Duration::from_secs(15);
/// The SRTP authentication tag after each RTP packet (AES_CM_128_HMAC_SHA1_80).
const AUTH_TAG: usize = 10;

/// A live 320×240@30 camera with 1 s GOPs feeding `hksvsink` bound to `::1`.
fn camera(dir: &std::path::Path) -> gst::Pipeline {
    init();
    let description = format!(
        "videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=30/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=30 bframes=0 ! h264parse \
         ! hksvsink name=hksv bind-address=::1 port=0 advertise=false setup-code={SETUP_CODE} \
           state-dir=\"{}\"",
        dir.display()
    );
    gst::parse::launch(&description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap()
}

/// A GStreamer SRTP receiver on `::1`: counts the packets, the largest one, and the pictures
/// `avdec_h264` decodes with the key set in `key`.
struct Receiver {
    pipeline: gst::Pipeline,
    port: u16,
    packets: Arc<AtomicUsize>,
    largest: Arc<AtomicUsize>,
    frames: Arc<AtomicUsize>,
    key: Arc<Mutex<Option<Vec<u8>>>>,
}

fn receiver() -> Receiver {
    init();
    let pipeline = gst::parse::launch(
        "udpsrc name=src address=::1 port=0 \
           caps=\"application/x-srtp,media=video,clock-rate=90000,encoding-name=H264,payload=99\" \
         ! srtpdec name=dec ! rtph264depay ! h264parse ! avdec_h264 ! appsink name=out sync=false async=false",
    )
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let key = gst_common::srtp_key_slot(&pipeline, "dec");
    let packets = Arc::new(AtomicUsize::new(0));
    let largest = Arc::new(AtomicUsize::new(0));
    let (count, max) = (packets.clone(), largest.clone());
    pipeline
        .by_name("src")
        .unwrap()
        .static_pad("src")
        .unwrap()
        .add_probe(gst::PadProbeType::BUFFER, move |_, info| {
            if let Some(buffer) = info.buffer() {
                max.fetch_max(buffer.size(), Ordering::Relaxed);
            }
            count.fetch_add(1, Ordering::Relaxed);
            gst::PadProbeReturn::Ok
        });
    let frames = Arc::new(AtomicUsize::new(0));
    let counter = frames.clone();
    appsink(&pipeline, "out").set_callbacks(
        gst_app::AppSinkCallbacks::builder()
            .new_sample(move |sink| {
                sink.pull_sample().map_err(|_| gst::FlowError::Flushing)?;
                counter.fetch_add(1, Ordering::Relaxed);
                Ok(gst::FlowSuccess::Ok)
            })
            .build(),
    );
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(pipeline.by_name("src").unwrap().property::<i32>("port")).unwrap();
    assert_ne!(port, 0);
    Receiver {
        pipeline,
        port,
        packets,
        largest,
        frames,
        key,
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let _ = self.pipeline.set_state(gst::State::Null);
    }
}

fn srtp() -> SrtpParameters {
    SrtpParameters {
        suite: SrtpSuite::AesCm128HmacSha1_80,
        key: hksv::crypto::random_array::<16>().unwrap().to_vec(),
        salt: hksv::crypto::random_array::<14>().unwrap().to_vec(),
    }
}

/// Waits until `counter` reaches `n`.
async fn wait_count(counter: &AtomicUsize, n: usize, what: &str) {
    let deadline = Instant::now() + PATIENCE;
    while counter.load(Ordering::Relaxed) < n {
        assert!(
            Instant::now() < deadline,
            "{what}: only {} of {n}",
            counter.load(Ordering::Relaxed)
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[test]
fn live_view_over_ipv6_loopback() {
    if std::net::TcpListener::bind("[::1]:0").is_err() || UdpSocket::bind("[::1]:0").is_err() {
        skip(
            "live_view_over_ipv6_loopback",
            "no IPv6 loopback on this machine",
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pipeline = camera(dir.path());
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(pipeline.by_name("hksv").unwrap().property::<u32>("port")).unwrap();
    let addr = SocketAddr::from((Ipv6Addr::LOCALHOST, port));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let (identity, accessory) = pair_setup(addr, SETUP_CODE).await;
        let mut hap = verified_at(addr, &identity, &accessory).await;
        let accessories = hap.get("/accessories").await.unwrap().json();
        let iids = LiveIids::find(&accessories).unwrap();
        let deadline = Instant::now() + PATIENCE;
        while live::streaming_status(&mut hap, &iids).await.unwrap() != StreamingStatus::Available {
            assert!(Instant::now() < deadline, "StreamingStatus never available");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }

        let receiver = receiver();
        let audio = UdpSocket::bind((Ipv6Addr::LOCALHOST, 0)).unwrap();
        let request = SetupRequest {
            session_id: hksv::crypto::random_array::<16>().unwrap(),
            controller: Endpoint {
                ip: Ipv6Addr::LOCALHOST.into(),
                video_port: receiver.port,
                audio_port: audio.local_addr().unwrap().port(),
            },
            video_srtp: srtp(),
            audio_srtp: srtp(),
        };
        // The request really says IP version 1 with the text address "::1" (§10.4).
        let bytes = request.to_bytes();
        let address = [&[0x01, 0x01, 0x01, 0x02, 0x03][..], b"::1"].concat();
        assert!(
            bytes.windows(address.len()).any(|w| w == address),
            "IPv6 address sub-TLV in {bytes:02x?}"
        );
        let answer = live::setup_endpoints(&mut hap, &iids, &request)
            .await
            .unwrap();
        assert_eq!(answer.status, SetupStatus::Success);
        assert_eq!(answer.session_id, request.session_id);
        let ours = answer.accessory.unwrap();
        assert_eq!(
            ours.ip,
            IpAddr::from(Ipv6Addr::LOCALHOST),
            "IP version 1 and our IPv6 address in the answer"
        );
        // As read from the characteristic, not re-encoded.
        let raw = hksv::client::hub::read_tlv(&mut hap, iids.aid, iids.setup_endpoints)
            .await
            .unwrap();
        assert!(
            raw.windows(address.len()).any(|w| w == address),
            "IPv6 address sub-TLV in the answer {raw:02x?}"
        );
        assert_ne!(ours.video_port, 0);
        assert_ne!(ours.video_port, ours.audio_port);
        let video_srtp = answer.video_srtp.clone().unwrap();
        assert_ne!(video_srtp.key, request.video_srtp.key);
        *receiver.key.lock().unwrap() = Some([video_srtp.key, video_srtp.salt].concat());

        // A start without an MTU: the IPv6 default applies (§10.5).
        let mut start = live::start(request.session_id, (320, 240, 30), 0x1111, 0x2222);
        if let Some(rtp) = start.video.as_mut().and_then(|v| v.rtp.as_mut()) {
            rtp.max_mtu = None;
        }
        assert_eq!(live::select(&mut hap, &iids, &start).await.unwrap(), 0);
        wait_count(
            &receiver.frames,
            10,
            "pictures decoded from the IPv6 stream",
        )
        .await;
        let largest = receiver.largest.load(Ordering::Relaxed);
        eprintln!("largest SRTP packet: {largest} bytes");
        assert!(
            largest <= usize::from(DEFAULT_MTU_IPV6) + AUTH_TAG,
            "packet of {largest} bytes over the IPv6 default MTU"
        );
        assert!(
            largest > usize::from(DEFAULT_MTU_IPV6) / 2,
            "keyframes are fragmented (largest packet {largest} bytes)"
        );

        let stop = live::command(request.session_id, Command::End);
        assert_eq!(live::select(&mut hap, &iids, &stop).await.unwrap(), 0);
        tokio::time::sleep(Duration::from_millis(300)).await;
        let after_stop = receiver.packets.load(Ordering::Relaxed);
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(
            receiver.packets.load(Ordering::Relaxed),
            after_stop,
            "nothing after the stop"
        );
    });
    pipeline.set_state(gst::State::Null).unwrap();
}
