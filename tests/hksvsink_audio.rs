// SPDX-License-Identifier: MIT OR Apache-2.0
//! Live-view audio of `hksvsink` in real pipelines: the microphone branch (AAC from
//! `avenc_aac` in, Opus at the selected rate and packet time out, decoded again with
//! `opusdec`), and two-way audio (Opus packets with RTP timestamps at the selected rate in,
//! decoded audio out of the `talkback` pad of a running element), with the Speaker's Mute and
//! Volume; and the Mute/Volume characteristics as a paired controller sees and writes them.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gst::prelude::*;
use gsthksv::hksvsink::HksvSink;
use gsthksv::hksvsink::mic_audio::{MicBranch, MicConfig, MicControls};
use hksv::client::{HapClient, new_controller_identity};
use serde_json::json;

mod gst_common;
use gst_common::{appsink, appsrc, init};

const SETUP_CODE: &str = "031-45-154";
const SINE_HZ: f64 = 440.0;
/// Amplitude of the test sine, as `audiotestsrc volume`.
const SINE_VOLUME: f64 = 0.5;
/// Generous bound for anything to happen; only detects hangs.
const HANG: Duration = Duration::from_secs(30);

/// All samples of a pipeline's appsink `out` until EOS.
fn pull_all(description: &str) -> Vec<gst::Sample> {
    init();
    let pipeline = gst::parse::launch(description)
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap();
    let sink = appsink(&pipeline, "out");
    pipeline.set_state(gst::State::Playing).unwrap();
    let mut samples = Vec::new();
    while let Some(sample) = sink.try_pull_sample(gst::ClockTime::from_seconds(HANG.as_secs())) {
        samples.push(sample);
    }
    assert!(sink.is_eos(), "the pipeline reached EOS: {description}");
    pipeline.set_state(gst::State::Null).unwrap();
    samples
}

/// Signed 16-bit samples of raw audio samples.
fn pcm(samples: &[gst::Sample]) -> Vec<i16> {
    samples
        .iter()
        .filter_map(|s| s.buffer())
        .flat_map(|b| {
            let map = b.map_readable().unwrap();
            map.chunks_exact(2)
                .map(|c| i16::from_le_bytes([c[0], c[1]]))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn rms(pcm: &[i16]) -> f64 {
    let sum: f64 = pcm.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
    (sum / pcm.len().max(1) as f64).sqrt()
}

/// Sign changes per second: twice the frequency of a sine.
fn crossings_per_second(pcm: &[i16], rate: u32) -> f64 {
    let changes = pcm.windows(2).filter(|w| (w[0] < 0) != (w[1] < 0)).count();
    changes as f64 * f64::from(rate) / pcm.len() as f64
}

/// Checks that `pcm` is the test sine: about its level and its pitch.
fn assert_is_the_sine(pcm: &[i16], rate: u32, gain: f64) {
    let expected = SINE_VOLUME * gain * 32767.0 / 2f64.sqrt();
    let level = rms(pcm);
    assert!(
        level > 0.6 * expected && level < 1.4 * expected,
        "level {level:.0}, the sine's is {expected:.0}"
    );
    let crossings = crossings_per_second(pcm, rate);
    assert!(
        (crossings - 2.0 * SINE_HZ).abs() < 0.1 * 2.0 * SINE_HZ,
        "{crossings:.0} sign changes per second for a {SINE_HZ} Hz sine"
    );
}

/// AAC-LC of `seconds` of the test sine at 16 kHz mono, as the `audio` pad takes it; with
/// the number of PCM samples encoded.
fn aac_sine(seconds: u32) -> (Vec<gst::Sample>, u64) {
    const PER_BUFFER: u32 = 1024;
    let buffers = seconds * 16_000 / PER_BUFFER;
    let samples = pull_all(&format!(
        "audiotestsrc wave=sine freq={SINE_HZ} volume={SINE_VOLUME} samplesperbuffer={PER_BUFFER} \
           num-buffers={buffers} ! audio/x-raw,rate=16000,channels=1 ! avenc_aac ! aacparse \
         ! appsink name=out sync=false"
    ));
    (samples, u64::from(buffers * PER_BUFFER))
}

/// Opus packets decoded with `opusdec` at `rate`, as a controller would.
fn decode_opus(packets: &[Vec<u8>], rate: u32) -> Vec<i16> {
    init();
    let pipeline = gst::parse::launch(&format!(
        "appsrc name=src format=time caps=audio/x-opus,channel-mapping-family=0,channels=1,rate={rate} \
         ! opusdec ! audioconvert ! audioresample \
         ! audio/x-raw,format=S16LE,rate={rate},channels=1 ! appsink name=out sync=false"
    ))
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let src = appsrc(&pipeline, "src");
    let sink = appsink(&pipeline, "out");
    pipeline.set_state(gst::State::Playing).unwrap();
    let mut pts = gst::ClockTime::ZERO;
    for packet in packets {
        let samples = hksv::opus::packet_samples(packet, rate).unwrap();
        let duration = gst::ClockTime::SECOND
            .mul_div_floor(u64::from(samples), u64::from(rate))
            .unwrap();
        let mut buffer = gst::Buffer::from_slice(packet.clone());
        let b = buffer.get_mut().unwrap();
        b.set_pts(pts);
        b.set_duration(duration);
        pts += duration;
        src.push_buffer(buffer).unwrap();
    }
    src.end_of_stream().unwrap();
    let mut out = Vec::new();
    while let Some(sample) = sink.try_pull_sample(gst::ClockTime::from_seconds(HANG.as_secs())) {
        out.push(sample);
    }
    assert!(sink.is_eos());
    pipeline.set_state(gst::State::Null).unwrap();
    pcm(&out)
}

/// Runs AAC of the sine through a microphone branch; returns its packets and sample counts,
/// and the number of PCM samples encoded.
fn mic_branch(config: MicConfig, controls: MicControls) -> (Vec<(Vec<u8>, u32)>, u64) {
    let (aac, input_samples) = aac_sine(3);
    let packets = Arc::new(Mutex::new(Vec::new()));
    let sink = packets.clone();
    let branch = MicBranch::new(
        config,
        controls,
        Box::new(move |payload, samples| sink.lock().unwrap().push((payload.to_vec(), samples))),
    )
    .expect("the branch builds");
    // At the pace of a capture: the branch drops its oldest audio when it falls behind.
    for sample in &aac {
        branch.push(sample);
        let duration = sample.buffer().and_then(|b| b.duration()).unwrap();
        std::thread::sleep(Duration::from_nanos(duration.nseconds()));
    }
    assert!(branch.finish(HANG), "the branch drains");
    drop(branch);
    let packets = std::mem::take(&mut *packets.lock().unwrap());
    (packets, input_samples)
}

/// The microphone branch encodes at the selected rate and packet time: every packet lasts the
/// packet time, they add up to the input's duration, and they decode to the sine.
fn mic_encodes(sample_rate: u32, packet_time_ms: u32) {
    let config = MicConfig {
        sample_rate,
        packet_time_ms,
        max_bitrate_kbps: 0,
    };
    let (packets, input_samples) = mic_branch(config, MicControls::default());
    let per_packet = packet_time_ms * sample_rate / 1000;
    assert!(!packets.is_empty());
    // Every packet lasts the packet time, except one where the encoder switches mode
    // (SILK/CELT frames cannot share a packet): the frames before it go out shorter.
    let toc_config = |p: &[u8]| p[0] >> 3;
    for (i, (payload, samples)) in packets.iter().enumerate() {
        let switch = packets
            .get(i + 1)
            .is_some_and(|(next, _)| toc_config(next) != toc_config(payload));
        assert!(
            *samples == per_packet || (switch && *samples < per_packet),
            "packet {i} lasts the packet time: {samples} samples ({} bytes, TOC {:#04x})",
            payload.len(),
            payload[0]
        );
    }
    let short = packets.iter().filter(|(_, s)| *s != per_packet).count();
    assert!(short <= 2, "{short} packets shorter than the packet time");
    let total: u64 = packets.iter().map(|(_, s)| u64::from(*s)).sum();
    // The input at the selected rate, give or take the AAC encoder's priming and the last
    // packet's padding.
    let input = input_samples * u64::from(sample_rate) / 16_000;
    let slack = u64::from(2 * 1024 * sample_rate / 16_000 + per_packet);
    assert!(
        total.abs_diff(input) <= slack,
        "{total} samples sent for {input} captured"
    );
    // Bit rate suited to voice: at most the configured rate (plus framing) on average.
    let bytes: usize = packets.iter().map(|(p, _)| p.len()).sum();
    let kbps = bytes as f64 * 8.0 / (total as f64 / f64::from(sample_rate)) / 1000.0;
    assert!(
        kbps <= f64::from(config.bitrate()) / 1000.0 * 1.25,
        "{kbps:.1} kbit/s"
    );
    let payloads: Vec<Vec<u8>> = packets.into_iter().map(|(p, _)| p).collect();
    let decoded = decode_opus(&payloads, sample_rate);
    assert_eq!(decoded.len() as u64, total, "every sample sent decodes");
    // The middle: away from the encoders' start-up and end.
    let n = decoded.len();
    assert_is_the_sine(&decoded[n / 4..n * 3 / 4], sample_rate, 1.0);
}

#[test]
fn mic_opus_16khz_20ms() {
    mic_encodes(16_000, 20);
}

#[test]
fn mic_opus_24khz_30ms_joins_three_frames() {
    mic_encodes(24_000, 30);
}

#[test]
fn mic_opus_16khz_60ms() {
    mic_encodes(16_000, 60);
}

#[test]
fn mic_mute_sends_silence_and_volume_scales() {
    let config = MicConfig {
        sample_rate: 16_000,
        packet_time_ms: 20,
        max_bitrate_kbps: 0,
    };
    let muted = MicControls {
        mute: true,
        volume: 100,
    };
    let (packets, _) = mic_branch(config, muted);
    assert!(
        !packets.is_empty(),
        "a muted microphone still sends packets"
    );
    let payloads: Vec<Vec<u8>> = packets.into_iter().map(|(p, _)| p).collect();
    let decoded = decode_opus(&payloads, 16_000);
    assert!(rms(&decoded) < 30.0, "silence: level {}", rms(&decoded));

    let half = MicControls {
        mute: false,
        volume: 50,
    };
    let (packets, _) = mic_branch(config, half);
    let payloads: Vec<Vec<u8>> = packets.into_iter().map(|(p, _)| p).collect();
    let decoded = decode_opus(&payloads, 16_000);
    let n = decoded.len();
    assert_is_the_sine(&decoded[n / 4..n * 3 / 4], 16_000, 0.5);
}

/// A running camera with the Speaker service whose `talkback` pad goes to appsink `out` as
/// S16LE mono at `rate`.
fn speaker_camera(dir: &std::path::Path, rate: u32) -> (gst::Pipeline, HksvSink) {
    init();
    let pipeline = gst::parse::launch(&format!(
        "videotestsrc is-live=true ! video/x-raw,width=160,height=120,framerate=15/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=15 ! h264parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false speaker=true \
           setup-code={SETUP_CODE} state-dir=\"{}\" \
         hksv.talkback ! audioconvert ! audioresample \
         ! audio/x-raw,format=S16LE,rate={rate},channels=1 ! appsink name=out sync=false",
        dir.display()
    ))
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let sink = pipeline
        .by_name("hksv")
        .unwrap()
        .downcast::<HksvSink>()
        .unwrap();
    pipeline.set_state(gst::State::Playing).unwrap();
    let start = Instant::now();
    while sink.current_running_time().is_none() {
        assert!(start.elapsed() < HANG, "the camera plays");
        std::thread::sleep(Duration::from_millis(20));
    }
    (pipeline, sink)
}

/// Opus packets of `seconds` of the sine at `rate`, 20 ms frames, as a controller sends.
fn opus_sine(rate: u32, seconds: u32) -> Vec<Vec<u8>> {
    let per_buffer = rate / 50;
    pull_all(&format!(
        "audiotestsrc wave=sine freq={SINE_HZ} volume={SINE_VOLUME} samplesperbuffer={per_buffer} \
           num-buffers={} ! audio/x-raw,rate={rate},channels=1 \
         ! opusenc frame-size=20 audio-type=voice bitrate=24000 ! appsink name=out sync=false",
        seconds * 50
    ))
    .iter()
    .map(|s| s.buffer().unwrap().map_readable().unwrap().to_vec())
    .collect()
}

/// Sends `packets` into the talkback input at real time with RTP timestamps at `rate`, and
/// reads the decoded audio (its buffers) from the appsink `out`.
fn talk(
    pipeline: &gst::Pipeline,
    sink: &HksvSink,
    packets: &[Vec<u8>],
    rate: u32,
    first_timestamp: u32,
) -> Vec<gst::Sample> {
    let input = sink.talkback_input().expect("speaker=true has talkback");
    let out = appsink(pipeline, "out");
    // What came before (the element's 20 ms preroll of silence, earlier talk) is not ours.
    while out
        .try_pull_sample(gst::ClockTime::from_mseconds(200))
        .is_some()
    {}
    input.begin(rate);
    let mut timestamp = first_timestamp;
    let mut expected = 0u64;
    for (i, packet) in packets.iter().enumerate() {
        input.push(packet, timestamp, 1000u16.wrapping_add(i as u16));
        let samples = hksv::opus::packet_samples(packet, rate).unwrap();
        timestamp = timestamp.wrapping_add(samples);
        expected += u64::from(samples);
        std::thread::sleep(Duration::from_millis(20));
    }
    input.end();
    let mut got = Vec::new();
    let mut count = 0u64;
    while count < expected {
        let Some(sample) = out.try_pull_sample(gst::ClockTime::from_seconds(HANG.as_secs())) else {
            break;
        };
        count += sample.buffer().map_or(0, |b| b.size() as u64 / 2);
        got.push(sample);
    }
    assert_eq!(
        count, expected,
        "every sample sent comes out of the talkback pad"
    );
    got
}

/// Two-way audio: Opus with RTP timestamps at the selected 16 kHz comes out of `talkback`
/// decoded, with valid running times, as the sine it was; Speaker Volume and Mute apply.
#[test]
fn talkback_pad_plays_the_controllers_opus() {
    let dir = tempfile::tempdir().unwrap();
    let rate = 16_000;
    let (pipeline, sink) = speaker_camera(dir.path(), rate);
    let packets = opus_sine(rate, 1);
    // The RTP timestamp wraps around during the session.
    let samples = talk(&pipeline, &sink, &packets, rate, u32::MAX - 3000);
    let caps = samples[0].caps().unwrap().structure(0).unwrap().to_owned();
    assert_eq!(caps.name(), "audio/x-raw");
    let now = sink.current_running_time().unwrap();
    let mut last_end = gst::ClockTime::ZERO;
    for sample in &samples {
        let buffer = sample.buffer().unwrap();
        let pts = buffer.pts().expect("timestamped");
        assert!(pts >= last_end, "timestamps never go back");
        assert!(pts <= now, "running times of the element's clock");
        last_end = pts + buffer.duration().unwrap();
    }
    let decoded = pcm(&samples);
    let n = decoded.len();
    assert_is_the_sine(&decoded[n / 4..n * 3 / 4], rate, 1.0);

    // Speaker Volume 50 %: half the level; a second talk session continues in time.
    sink.set_property("speaker-volume", 50u32);
    let samples = talk(&pipeline, &sink, &packets, rate, 77);
    assert!(samples[0].buffer().unwrap().pts().unwrap() >= last_end);
    let decoded = pcm(&samples);
    let n = decoded.len();
    assert_is_the_sine(&decoded[n / 4..n * 3 / 4], rate, 0.5);

    // Speaker Mute: silence of the same length.
    sink.set_property("speaker-mute", true);
    let decoded = pcm(&talk(&pipeline, &sink, &packets, rate, 5));
    assert!(rms(&decoded) < 1.0, "muted: level {}", rms(&decoded));
    pipeline.set_state(gst::State::Null).unwrap();
}

/// Without the Speaker service there is no talkback input (and no Speaker service).
#[test]
fn no_talkback_without_speaker() {
    init();
    let sink = gst::ElementFactory::make("hksvsink")
        .build()
        .unwrap()
        .downcast::<HksvSink>()
        .unwrap();
    assert!(sink.talkback_input().is_none());
    assert!(
        sink.static_pad("talkback").is_some(),
        "the pad always exists"
    );
    sink.set_property("speaker", true);
    assert!(sink.talkback_input().is_some());
}

fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// Short form of a HAP type, full UUID or short.
fn short_type(value: &serde_json::Value) -> String {
    let text = value.as_str().unwrap_or_default().to_ascii_uppercase();
    let head = text.split('-').next().unwrap_or_default();
    head.trim_start_matches('0').to_owned()
}

/// The iid of characteristic `kind` in service `service` (short types) of accessory 1.
fn iid(accessories: &serde_json::Value, service: &str, kind: &str) -> Option<u64> {
    accessories["accessories"][0]["services"]
        .as_array()?
        .iter()
        .filter(|s| short_type(&s["type"]) == service)
        .flat_map(|s| s["characteristics"].as_array().into_iter().flatten())
        .find(|c| short_type(&c["type"]) == kind)?["iid"]
        .as_u64()
}

/// HAP's bool true: `true` or `1`.
fn is_true(value: &serde_json::Value) -> bool {
    *value == json!(true) || *value == json!(1)
}

/// A controller's write of Speaker Volume and Microphone Mute reaches the properties (with
/// notifications); the application's property write reaches subscribed controllers.
#[test]
fn mute_and_volume_characteristics_follow_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let (pipeline, sink) = speaker_camera(dir.path(), 16_000);
    let notified = Arc::new(Mutex::new(Vec::<String>::new()));
    for name in ["speaker-volume", "microphone-mute"] {
        let notified = notified.clone();
        sink.connect_notify(Some(name), move |_, pspec| {
            notified.lock().unwrap().push(pspec.name().to_owned())
        });
    }
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    rt().block_on(async {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let identity = new_controller_identity().unwrap();
        let mut setup = HapClient::connect(addr).await.unwrap();
        let accessory = setup.pair_setup(SETUP_CODE, &identity).await.unwrap();
        let mut hap = HapClient::connect(addr).await.unwrap();
        hap.pair_verify(&identity, &accessory).await.unwrap();
        let accessories = hap.get("/accessories").await.unwrap().json();
        let speaker_volume = iid(&accessories, "113", "119").expect("Speaker / Volume");
        let mic_mute = iid(&accessories, "112", "11A").expect("Microphone / Mute");
        let speaker_mute = iid(&accessories, "113", "11A").expect("Speaker / Mute");

        let write = json!({"characteristics": [
            {"aid": 1, "iid": speaker_volume, "value": 30},
            {"aid": 1, "iid": mic_mute, "value": true},
        ]});
        let status = hap
            .put_json("/characteristics", &write)
            .await
            .unwrap()
            .status;
        assert!(status == 204 || status == 207, "write answered {status}");
        let start = Instant::now();
        while notified.lock().unwrap().len() < 2 {
            assert!(start.elapsed() < HANG, "both properties are notified");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        assert_eq!(sink.property::<u32>("speaker-volume"), 30);
        assert!(sink.property::<bool>("microphone-mute"));

        // The application mutes the speaker: a subscribed controller hears of it.
        let subscribe = json!({"characteristics": [
            {"aid": 1, "iid": speaker_mute, "ev": true},
        ]});
        hap.put_json("/characteristics", &subscribe).await.unwrap();
        sink.set_property("speaker-mute", true);
        let event = tokio::time::timeout(HANG, hap.next_event())
            .await
            .expect("an event arrives")
            .unwrap();
        let entry = &event["characteristics"][0];
        assert_eq!(entry["iid"].as_u64(), Some(speaker_mute), "{event}");
        assert!(is_true(&entry["value"]), "{event}");
        let read = hap
            .get(&format!(
                "/characteristics?id=1.{speaker_mute},1.{speaker_volume}"
            ))
            .await
            .unwrap()
            .json();
        assert!(is_true(&read["characteristics"][0]["value"]), "{read}");
        assert_eq!(read["characteristics"][1]["value"], json!(30), "{read}");
    });
    pipeline.set_state(gst::State::Null).unwrap();
}

/// An RTP packet (RFC 3550 §5.1) as a controller sends its talkback.
fn rtp_packet(
    payload_type: u8,
    sequence: u16,
    timestamp: u32,
    ssrc: u32,
    payload: &[u8],
) -> Vec<u8> {
    let mut packet = vec![0x80, payload_type & 0x7f];
    packet.extend_from_slice(&sequence.to_be_bytes());
    packet.extend_from_slice(&timestamp.to_be_bytes());
    packet.extend_from_slice(&ssrc.to_be_bytes());
    packet.extend_from_slice(payload);
    packet
}

/// Protects RTP packets with `srtpenc` and the controller's audio key (reference §10.4: what
/// the controller sends uses the keys of its own request).
struct SrtpProtector {
    pipeline: gst::Pipeline,
    src: gst_app::AppSrc,
    wire: gst_app::AppSink,
}

impl SrtpProtector {
    fn new(key_and_salt: Vec<u8>) -> Self {
        init();
        let pipeline = gst::parse::launch(
            "appsrc name=rtp caps=application/x-rtp format=time ! enc.rtp_sink_0 \
             srtpenc name=enc enc.rtp_src_0 ! appsink name=wire sync=false",
        )
        .unwrap()
        .downcast::<gst::Pipeline>()
        .unwrap();
        pipeline
            .by_name("enc")
            .unwrap()
            .set_property("key", gst::Buffer::from_slice(key_and_salt));
        pipeline.set_state(gst::State::Playing).unwrap();
        let src = appsrc(&pipeline, "rtp");
        let wire = appsink(&pipeline, "wire");
        SrtpProtector {
            pipeline,
            src,
            wire,
        }
    }

    fn protect(&self, packet: Vec<u8>) -> Vec<u8> {
        self.src
            .push_buffer(gst::Buffer::from_slice(packet))
            .unwrap();
        let sample = self
            .wire
            .try_pull_sample(gst::ClockTime::from_seconds(HANG.as_secs()))
            .expect("srtpenc protects the packet");
        sample.buffer().unwrap().map_readable().unwrap().to_vec()
    }
}

impl Drop for SrtpProtector {
    fn drop(&mut self) {
        let _ = self.pipeline.set_state(gst::State::Null);
    }
}

/// The controller's receiver of our audio: `udpsrc ! srtpdec` on a loopback port, with the
/// key of our SetupEndpoints answer once set; the RTP packets go to appsink `rtp` (our
/// sender reports share the port, §10.4, and leave `srtpdec` on its RTCP pad).
/// (`rtpopusdepay` is not used: it takes only `clock-rate=48000`, and HomeKit's Opus clock is
/// the selected rate, §10.5.) Returns the pipeline, its port and the key slot.
fn audio_receiver() -> (gst::Pipeline, u16, Arc<Mutex<Option<Vec<u8>>>>) {
    init();
    let pipeline = gst::parse::launch(
        "udpsrc name=src address=127.0.0.1 port=0 \
           caps=\"application/x-srtp,media=audio,clock-rate=16000,encoding-name=OPUS,payload=110\" \
         ! srtpdec name=dec ! appsink name=rtp sync=false async=false \
         dec.rtcp_src ! fakesink sync=false async=false",
    )
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    let key = gst_common::srtp_key_slot(&pipeline, "dec");
    pipeline.set_state(gst::State::Playing).unwrap();
    let port = u16::try_from(pipeline.by_name("src").unwrap().property::<i32>("port")).unwrap();
    assert_ne!(port, 0);
    (pipeline, port, key)
}

fn random<const N: usize>() -> [u8; N] {
    hksv::crypto::random_array::<N>().unwrap()
}

/// The proper end to end: a paired controller sets up endpoints with its own keys, starts a
/// session with Opus 16 kHz 20 ms selected, receives our microphone as SRTP (decrypted by
/// `srtpdec` with our answer's key: our SSRC, the selected payload type, timestamps +320 per
/// packet, decoding to the camera's sine), and talks: SRTP Opus protected by `srtpenc` with
/// its own key, to our audio port, comes out of the `talkback` pad decoded.
#[test]
fn live_session_sends_the_microphone_and_plays_the_controllers_talk() {
    use hksv::client::live::{self, LiveIids};
    use hksv::live::StreamingStatus;
    use hksv::live::selected_stream::Command;
    use hksv::live::setup_endpoints::{
        Endpoint, SetupRequest, SetupStatus, SrtpParameters, SrtpSuite,
    };

    let dir = tempfile::tempdir().unwrap();
    init();
    let pipeline = gst::parse::launch(&format!(
        "videotestsrc is-live=true ! video/x-raw,width=320,height=240,framerate=15/1 \
         ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=15 bframes=0 ! h264parse \
         ! hksvsink name=hksv bind-address=127.0.0.1 port=0 advertise=false speaker=true \
           setup-code={SETUP_CODE} state-dir=\"{}\" \
         audiotestsrc is-live=true wave=sine freq={SINE_HZ} volume={SINE_VOLUME} \
         ! audio/x-raw,rate=16000,channels=1 ! avenc_aac ! aacparse ! hksv.audio \
         hksv.talkback ! audioconvert ! audioresample \
         ! audio/x-raw,format=S16LE,rate=16000,channels=1 ! appsink name=talk sync=false",
        dir.path().display()
    ))
    .unwrap()
    .downcast::<gst::Pipeline>()
    .unwrap();
    pipeline.set_state(gst::State::Playing).unwrap();
    let sink = pipeline.by_name("hksv").unwrap();
    let port = u16::try_from(sink.property::<u32>("port")).unwrap();
    let (receiver, audio_port, our_key) = audio_receiver();
    let video_socket = std::net::UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let talk_packets = opus_sine(16_000, 2);
    const AUDIO_PT: u8 = 110;
    const CONTROLLER_AUDIO_SSRC: u32 = 0x2222;

    let (request, answer) = rt().block_on(async {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let identity = new_controller_identity().unwrap();
        let mut setup = HapClient::connect(addr).await.unwrap();
        let accessory = setup.pair_setup(SETUP_CODE, &identity).await.unwrap();
        let mut hap = HapClient::connect(addr).await.unwrap();
        hap.pair_verify(&identity, &accessory).await.unwrap();
        let accessories = hap.get("/accessories").await.unwrap().json();
        let iids = LiveIids::find(&accessories).unwrap();
        // Streaming is available once video has arrived.
        let start = Instant::now();
        while live::streaming_status(&mut hap, &iids).await.unwrap() != StreamingStatus::Available {
            assert!(start.elapsed() < HANG, "streaming becomes available");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let srtp = || SrtpParameters {
            suite: SrtpSuite::AesCm128HmacSha1_80,
            key: random::<16>().to_vec(),
            salt: random::<14>().to_vec(),
        };
        let request = SetupRequest {
            session_id: random::<16>(),
            controller: Endpoint {
                ip: Ipv4Addr::LOCALHOST.into(),
                video_port: video_socket.local_addr().unwrap().port(),
                audio_port,
            },
            video_srtp: srtp(),
            audio_srtp: srtp(),
        };
        let answer = live::setup_endpoints(&mut hap, &iids, &request)
            .await
            .unwrap();
        assert_eq!(answer.status, SetupStatus::Success);
        let ours = answer.audio_srtp.clone().unwrap();
        *our_key.lock().unwrap() = Some([ours.key.as_slice(), ours.salt.as_slice()].concat());
        // Opus 16 kHz mono, 20 ms, payload type 110 (as iOS on a LAN).
        let start = live::start(
            request.session_id,
            (320, 240, 15),
            0x1111,
            CONTROLLER_AUDIO_SSRC,
        );
        assert_eq!(live::select(&mut hap, &iids, &start).await.unwrap(), 0);

        // Talk: SRTP Opus at real time, timestamps at the selected rate.
        let protector = SrtpProtector::new(
            [
                request.audio_srtp.key.as_slice(),
                request.audio_srtp.salt.as_slice(),
            ]
            .concat(),
        );
        let to = SocketAddr::from((Ipv4Addr::LOCALHOST, answer.accessory.unwrap().audio_port));
        let socket = std::net::UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let mut timestamp = 12_345u32;
        for (i, payload) in talk_packets.iter().enumerate() {
            let packet = rtp_packet(
                AUDIO_PT,
                7000 + i as u16,
                timestamp,
                CONTROLLER_AUDIO_SSRC,
                payload,
            );
            socket.send_to(&protector.protect(packet), to).unwrap();
            timestamp =
                timestamp.wrapping_add(hksv::opus::packet_samples(payload, 16_000).unwrap());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let stop = live::command(request.session_id, Command::End);
        assert_eq!(live::select(&mut hap, &iids, &stop).await.unwrap(), 0);
        (request, answer)
    });
    drop(request);

    // Our microphone, as the controller received it.
    let rtp = appsink(&receiver, "rtp");
    let mut packets = Vec::new();
    while let Some(sample) = rtp.try_pull_sample(gst::ClockTime::from_mseconds(500)) {
        packets.push(sample.buffer().unwrap().map_readable().unwrap().to_vec());
    }
    receiver.set_state(gst::State::Null).unwrap();
    assert!(
        packets.len() >= 50,
        "{} audio packets over 2 s of talk",
        packets.len()
    );
    let mut payloads = Vec::new();
    for pair in packets.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert_eq!(a[1] & 0x7f, AUDIO_PT, "the selected payload type");
        assert_eq!(
            u32::from_be_bytes(a[8..12].try_into().unwrap()),
            answer.audio_ssrc,
            "our SSRC"
        );
        let seq = |p: &[u8]| u16::from_be_bytes([p[2], p[3]]);
        let ts = |p: &[u8]| u32::from_be_bytes(p[4..8].try_into().unwrap());
        assert_eq!(
            seq(b),
            seq(a).wrapping_add(1),
            "consecutive sequence numbers"
        );
        assert_eq!(
            ts(b).wrapping_sub(ts(a)),
            hksv::opus::packet_samples(&a[12..], 16_000).unwrap(),
            "the timestamp advances by the packet's samples at 16 kHz"
        );
        assert_eq!(ts(b).wrapping_sub(ts(a)), 320, "20 ms at 16 kHz (§10.5)");
        payloads.push(a[12..].to_vec());
    }
    let decoded = decode_opus(&payloads, 16_000);
    let n = decoded.len();
    assert_is_the_sine(&decoded[n / 4..n * 3 / 4], 16_000, 1.0);

    // The controller's talk, out of the talkback pad.
    let talk = appsink(&pipeline, "talk");
    let expected: u64 = talk_packets
        .iter()
        .map(|p| u64::from(hksv::opus::packet_samples(p, 16_000).unwrap()))
        .sum();
    let mut samples = Vec::new();
    let mut count = 0;
    while count < expected {
        let Some(sample) = talk.try_pull_sample(gst::ClockTime::from_seconds(HANG.as_secs()))
        else {
            break;
        };
        count += sample.buffer().map_or(0, |b| b.size() as u64 / 2);
        samples.push(sample);
    }
    assert_eq!(
        count, expected,
        "all the talk comes out of the talkback pad"
    );
    let decoded = pcm(&samples);
    let n = decoded.len();
    assert_is_the_sine(&decoded[n / 4..n * 3 / 4], 16_000, 1.0);
    pipeline.set_state(gst::State::Null).unwrap();
}
