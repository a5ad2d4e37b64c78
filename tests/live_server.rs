//! Live view at the core's interface (reference §10), over real TCP and UDP on 127.0.0.1: an
//! application [`LiveMedia`] gets the started stream, sends audio through
//! [`LiveStream::send_audio`] (the core builds the RTP headers at the selected rate), and gets
//! the controller's SRTP audio back, decrypted, through [`LiveStream::set_talkback`]. The
//! controller side checks what arrives with its copy of our answer's keys.

mod common;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use hksv::client::live::{self, LiveIids};
use hksv::live::selected_stream::Command;
use hksv::live::setup_endpoints::{Endpoint, SetupRequest, SrtpParameters, SrtpSuite};
use hksv::live::srtp::SrtpContext;
use hksv::live::{AudioCodec, EndReason, LiveMedia, LiveStream, StreamingStatus};
use hksv::recording::VideoParams;
use tokio::net::UdpSocket;
use tokio::sync::mpsc;
use tokio::time::timeout;

/// The application: hands each started stream to the test, records the ends.
struct App {
    started: mpsc::UnboundedSender<Arc<LiveStream>>,
    ended: Mutex<Vec<String>>,
}

impl LiveMedia for App {
    fn start(&self, stream: Arc<LiveStream>) -> Result<(), String> {
        self.started.send(stream).map_err(|e| e.to_string())
    }

    fn stop(&self, _stream: &Arc<LiveStream>, reason: &EndReason) {
        self.ended.lock().unwrap().push(reason.to_string());
    }
}

fn srtp() -> SrtpParameters {
    SrtpParameters {
        suite: SrtpSuite::AesCm128HmacSha1_80,
        key: hksv::crypto::random_array::<16>().unwrap().to_vec(),
        salt: hksv::crypto::random_array::<14>().unwrap().to_vec(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audio_goes_out_and_talkback_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (server, mut hap, db) = start_paired(dir.path()).await;
    let iids = LiveIids::find(&db).unwrap();
    // No video yet: unavailable, and a setup is answered with an error status.
    assert_eq!(
        live::streaming_status(&mut hap, &iids).await.unwrap(),
        StreamingStatus::Unavailable
    );
    let (tx, mut started) = mpsc::unbounded_channel();
    let app = Arc::new(App {
        started: tx,
        ended: Mutex::new(Vec::new()),
    });
    server.set_live_media(Some(app.clone()));
    server.live().set_video_format(Some(VideoParams {
        profile_idc: 100,
        constraint_flags: 0,
        level_idc: 31,
        width: 640,
        height: 360,
        fps: Some((30, 1)),
    }));
    assert_eq!(
        live::streaming_status(&mut hap, &iids).await.unwrap(),
        StreamingStatus::Available
    );

    let video = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
    let audio = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
    let request = SetupRequest {
        session_id: [5; 16],
        controller: Endpoint {
            ip: Ipv4Addr::LOCALHOST.into(),
            video_port: video.local_addr().unwrap().port(),
            audio_port: audio.local_addr().unwrap().port(),
        },
        video_srtp: srtp(),
        audio_srtp: srtp(),
    };
    let answer = live::setup_endpoints(&mut hap, &iids, &request)
        .await
        .unwrap();
    let start = live::start(request.session_id, (640, 360, 30), 0x1111, 0x2222);
    assert_eq!(live::select(&mut hap, &iids, &start).await.unwrap(), 0);
    let stream = timeout(WAIT, started.recv()).await.unwrap().unwrap();
    let selected = stream.audio().expect("audio selected");
    assert_eq!(selected.codec, AudioCodec::Opus);
    assert_eq!(selected.sample_rate, 16000);
    assert_eq!(selected.payload_type, 110);
    assert_eq!(selected.ssrc, answer.audio_ssrc);
    assert_eq!(stream.video().ssrc, answer.video_ssrc);
    assert_eq!(stream.video().mtu, 1378);

    // Audio out: three 20 ms frames at 16 kHz.
    for frame in [b"one".as_slice(), b"two", b"three"] {
        stream.send_audio(frame, 320).unwrap();
    }
    let ours = answer.audio_srtp.unwrap();
    let mut rx = SrtpContext::aes_cm_128(&ours.key, &ours.salt).unwrap();
    let mut buf = [0u8; 2048];
    let mut headers = Vec::new();
    while headers.len() < 3 {
        let (n, from) = timeout(WAIT, audio.recv_from(&mut buf))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(from.port(), answer.accessory.unwrap().audio_port);
        let mut packet = buf[..n].to_vec();
        if hksv::live::rtcp::is_rtcp(&packet) {
            continue;
        }
        rx.unprotect_rtp(&mut packet).unwrap();
        let seq = u16::from_be_bytes([packet[2], packet[3]]);
        let ts = u32::from_be_bytes([packet[4], packet[5], packet[6], packet[7]]);
        let ssrc = u32::from_be_bytes([packet[8], packet[9], packet[10], packet[11]]);
        assert_eq!(packet[1], 110);
        assert_eq!(ssrc, answer.audio_ssrc);
        headers.push((seq, ts, packet[12..].to_vec()));
    }
    for pair in headers.windows(2) {
        assert_eq!(pair[1].0, pair[0].0.wrapping_add(1));
        assert_eq!(
            pair[1].1,
            pair[0].1.wrapping_add(320),
            "timestamps at the selected rate"
        );
    }
    assert_eq!(headers[2].2, b"three");

    // Talkback in: the controller's SRTP audio, decrypted with its key.
    let (got_tx, mut got) = mpsc::unbounded_channel();
    stream.set_talkback(Some(Box::new(move |p| {
        let _ = got_tx.send((p.payload.to_vec(), p.timestamp, p.sequence, p.payload_type));
    })));
    let mut controller_tx =
        SrtpContext::aes_cm_128(&request.audio_srtp.key, &request.audio_srtp.salt).unwrap();
    let accessory_audio = SocketAddr::new(
        answer.accessory.unwrap().ip,
        answer.accessory.unwrap().audio_port,
    );
    let mut rtp = vec![0x80, 110, 0x12, 0x34, 0, 0, 0x01, 0x40];
    rtp.extend_from_slice(&0x2222u32.to_be_bytes());
    rtp.extend_from_slice(b"hello camera");
    let mut wire = Vec::new();
    controller_tx.protect_rtp(&rtp, &mut wire).unwrap();
    audio.send_to(&wire, accessory_audio).await.unwrap();
    let (payload, ts, seq, pt) = timeout(WAIT, got.recv()).await.unwrap().unwrap();
    assert_eq!(payload, b"hello camera");
    assert_eq!((ts, seq, pt), (0x140, 0x1234, 110));
    // A packet under another key is refused: the next one delivered is the genuine one
    // sent after it.
    let mut forged = SrtpContext::aes_cm_128(&[1; 16], &[2; 14]).unwrap();
    forged.protect_rtp(&rtp, &mut wire).unwrap();
    audio.send_to(&wire, accessory_audio).await.unwrap();
    let mut second = rtp[..12].to_vec();
    second[3] = 0x35;
    second.extend_from_slice(b"second");
    controller_tx.protect_rtp(&second, &mut wire).unwrap();
    audio.send_to(&wire, accessory_audio).await.unwrap();
    let (payload, _, seq, _) = timeout(WAIT, got.recv()).await.unwrap().unwrap();
    assert_eq!((payload.as_slice(), seq), (b"second".as_slice(), 0x1235));

    let stop = live::command(request.session_id, Command::End);
    assert_eq!(live::select(&mut hap, &iids, &stop).await.unwrap(), 0);
    assert!(stream.is_ended());
    assert!(stream.send_audio(b"late", 320).is_err());
    assert_eq!(*app.ended.lock().unwrap(), ["stopped by the controller"]);
    let _ = timeout(Duration::from_secs(5), server.shutdown()).await;
}
