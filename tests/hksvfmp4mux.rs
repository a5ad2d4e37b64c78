// SPDX-License-Identifier: MIT OR Apache-2.0
//! `hksvfmp4mux` with real encoder output (`x264enc`, `avenc_aac`), checked with parsers that
//! are not ours: the `mp4-atom` crate (structure), `ffprobe -count_frames` (every frame
//! decodes, timestamps) and `qtdemux ! avdec_h264` (GStreamer plays the file back).

use std::io::Cursor;
use std::process::Command;
use std::sync::{Arc, Mutex};

use gst::prelude::*;
use gst_check::Harness;
use mp4_atom::{Any, Codec, Decode, Moof, Moov};

mod gst_common;
use gst_common::init;

const SAMPLE_FLAGS_SYNC: u32 = 0x0200_0000;

/// What the muxer pushed: per item (a buffer or a buffer list) the flags and bytes of
/// each buffer.
#[derive(Debug)]
struct Item {
    list: bool,
    buffers: Vec<(gst::BufferFlags, Vec<u8>)>,
}

struct MuxRun {
    items: Vec<Item>,
    caps: Vec<gst::Caps>,
    /// Running times (ns) of the video buffers that entered the muxer, in decode order.
    input_pts: Vec<i64>,
    file: tempfile::NamedTempFile,
}

impl MuxRun {
    fn bytes(&self) -> Vec<u8> {
        self.items
            .iter()
            .flat_map(|i| i.buffers.iter().flat_map(|(_, b)| b.iter().copied()))
            .collect()
    }
}

fn buffer_item(buffer: &gst::BufferRef) -> (gst::BufferFlags, Vec<u8>) {
    (buffer.flags(), buffer.map_readable().unwrap().to_vec())
}

/// Waits for EOS; panics with the message on error.
fn run_to_eos(pipeline: &gst::Element) {
    pipeline.set_state(gst::State::Playing).unwrap();
    let bus = pipeline.bus().unwrap();
    let msg = bus
        .timed_pop_filtered(
            gst::ClockTime::from_seconds(120),
            &[gst::MessageType::Eos, gst::MessageType::Error],
        )
        .expect("pipeline finished");
    pipeline.set_state(gst::State::Null).unwrap();
    if let gst::MessageView::Error(err) = msg.view() {
        panic!("pipeline error: {} ({:?})", err.error(), err.debug());
    }
}

/// Runs `desc`, which must contain `hksvfmp4mux name=mux` and end in `appsink name=sink`,
/// and collects what the muxer pushed.
fn run_mux(desc: &str) -> MuxRun {
    init();
    let pipeline = gst::parse::launch(desc).unwrap();
    let bin = pipeline.downcast_ref::<gst::Bin>().unwrap();
    let mux = bin.by_name("mux").unwrap();
    let input_pts = Arc::new(Mutex::new(Vec::new()));
    let pts = input_pts.clone();
    mux.static_pad("video")
        .unwrap()
        .add_probe(gst::PadProbeType::BUFFER, move |pad, info| {
            if let Some(buffer) = info.buffer() {
                let segment = pad
                    .sticky_event::<gst::event::Segment>(0)
                    .unwrap()
                    .segment()
                    .downcast_ref::<gst::ClockTime>()
                    .unwrap()
                    .clone();
                let rt = segment.to_running_time_full(buffer.pts().unwrap()).unwrap();
                let ns = match rt {
                    gst::Signed::Positive(t) => t.nseconds() as i64,
                    gst::Signed::Negative(t) => -(t.nseconds() as i64),
                };
                pts.lock().unwrap().push(ns);
            }
            gst::PadProbeReturn::Ok
        });
    let sink = gst_common::appsink(bin, "sink");
    sink.set_property("buffer-list", true);
    sink.set_property("sync", false);
    let collected = Arc::new(Mutex::new((Vec::new(), Vec::new())));
    let out = collected.clone();
    sink.set_callbacks(
        gst_app::AppSinkCallbacks::builder()
            .new_sample(move |sink| {
                let sample = sink.pull_sample().map_err(|_| gst::FlowError::Eos)?;
                let mut out = out.lock().unwrap();
                if let Some(caps) = sample.caps()
                    && out.1.last() != Some(&caps.to_owned())
                {
                    out.1.push(caps.to_owned());
                }
                let item = match (sample.buffer_list(), sample.buffer()) {
                    (Some(list), _) => Item {
                        list: true,
                        buffers: list.iter().map(buffer_item).collect(),
                    },
                    (None, Some(buffer)) => Item {
                        list: false,
                        buffers: vec![buffer_item(buffer)],
                    },
                    (None, None) => return Ok(gst::FlowSuccess::Ok),
                };
                out.0.push(item);
                Ok(gst::FlowSuccess::Ok)
            })
            .build(),
    );
    run_to_eos(&pipeline);
    let (items, caps) = std::mem::take(&mut *collected.lock().unwrap());
    let input_pts = input_pts.lock().unwrap().clone();
    let run = MuxRun {
        items,
        caps,
        input_pts,
        file: tempfile::NamedTempFile::new().unwrap(),
    };
    std::fs::write(run.file.path(), run.bytes()).unwrap();
    run
}

struct Fragment {
    moof: Moof,
    /// Offset of the moof in the file.
    start: usize,
    /// Index in [`Mp4::inits`] of the init segment that applies.
    init: usize,
}

struct Mp4 {
    data: Vec<u8>,
    inits: Vec<Moov>,
    fragments: Vec<Fragment>,
}

/// Walks the top-level boxes with mp4-atom; every box must parse.
fn parse_mp4(data: &[u8]) -> Mp4 {
    let mut cursor = Cursor::new(data);
    let mut mp4 = Mp4 {
        data: data.to_vec(),
        inits: Vec::new(),
        fragments: Vec::new(),
    };
    let mut expect_moov = false;
    while (cursor.position() as usize) < data.len() {
        let start = cursor.position() as usize;
        match Any::decode(&mut cursor).expect("mp4-atom parses every box") {
            Any::Ftyp(ftyp) => {
                assert_eq!(ftyp.major_brand, b"mp42".into());
                expect_moov = true;
            }
            Any::Moov(moov) => {
                assert!(expect_moov, "moov right after ftyp");
                expect_moov = false;
                mp4.inits.push(moov);
            }
            Any::Moof(moof) => {
                let init = mp4.inits.len().checked_sub(1).expect("moof after an init");
                mp4.fragments.push(Fragment { moof, start, init })
            }
            Any::Mdat(_) => assert!(!mp4.fragments.is_empty(), "mdat after a moof"),
            other => panic!("unexpected top-level box {}", other.kind()),
        }
    }
    mp4
}

/// `sample_is_non_sync_sample` in the sample flags (ISO/IEC 14496-12 §8.8.3.1).
const SAMPLE_IS_NON_SYNC: u32 = 0x0001_0000;

impl Mp4 {
    /// NAL unit types of a video sample at `offset` (4-byte length prefixes).
    fn nal_types(&self, offset: usize, size: usize) -> Vec<u8> {
        let mut sample = &self.data[offset..offset + size];
        let mut types = Vec::new();
        while sample.len() > 4 {
            let len = u32::from_be_bytes(sample[..4].try_into().unwrap()) as usize;
            types.push(sample[4] & 0x1f);
            sample = &sample[4 + len..];
        }
        types
    }

    /// For every sample of every track fragment: (track ID, effective sample flags, file
    /// offset, size). The flags are resolved as a reader must: the trun's own flags (its
    /// first-sample-flags, which mp4-atom puts on the first entry, or per-sample flags), else
    /// the tfhd default, else the trex default of the init segment that applies.
    fn samples(&self, fragment: &Fragment) -> Vec<(u32, u32, usize, usize)> {
        let moov = &self.inits[fragment.init];
        let mut samples = Vec::new();
        for traf in &fragment.moof.traf {
            let tfhd = &traf.tfhd;
            assert!(tfhd.default_base_is_moof && tfhd.base_data_offset.is_none());
            let trex = moov
                .mvex
                .as_ref()
                .unwrap()
                .trex
                .iter()
                .find(|t| t.track_id == tfhd.track_id)
                .expect("a trex for every track");
            for trun in &traf.trun {
                let mut offset = fragment.start + trun.data_offset.unwrap() as usize;
                for entry in &trun.entries {
                    let flags = entry
                        .flags
                        .or(tfhd.default_sample_flags)
                        .unwrap_or(trex.default_sample_flags);
                    let size = entry
                        .size
                        .or(tfhd.default_sample_size)
                        .unwrap_or(trex.default_sample_size)
                        as usize;
                    samples.push((tfhd.track_id, flags, offset, size));
                    offset += size;
                }
            }
        }
        samples
    }

    /// Checks what every HKSV fragment must satisfy; returns the video sample count.
    fn check_fragments(&self, video_track: u32) -> usize {
        let mut next_tfdt = None;
        let mut samples = 0;
        for (i, fragment) in self.fragments.iter().enumerate() {
            if i > 0 {
                assert_eq!(
                    fragment.moof.mfhd.sequence_number,
                    self.fragments[i - 1].moof.mfhd.sequence_number + 1,
                    "sequence numbers rise by one"
                );
            }
            let traf = &fragment.moof.traf[0];
            assert_eq!(traf.tfhd.track_id, video_track);
            assert!(traf.tfhd.default_base_is_moof);
            let tfdt = traf.tfdt.as_ref().unwrap().base_media_decode_time;
            if let Some(expected) = next_tfdt {
                assert_eq!(tfdt, expected, "video tfdt continuous in fragment {i}");
            }
            let entries = &traf.trun[0].entries;
            assert_eq!(
                entries[0].flags,
                Some(SAMPLE_FLAGS_SYNC),
                "first sample is a sync sample"
            );
            // Every sample: exactly the IDR pictures are sync samples, every audio frame is.
            for (n, (track, flags, offset, size)) in self.samples(fragment).into_iter().enumerate()
            {
                let sync = flags & SAMPLE_IS_NON_SYNC == 0;
                if track == video_track {
                    let idr = self.nal_types(offset, size).contains(&5);
                    assert_eq!(
                        sync, idr,
                        "fragment {i} sample {n}: flags {flags:#010x}, IDR picture {idr}"
                    );
                    if n == 0 {
                        assert!(idr, "fragment {i} starts with an IDR picture");
                    }
                } else {
                    assert!(sync, "fragment {i} audio sample {n}: flags {flags:#010x}");
                }
            }
            next_tfdt = Some(
                tfdt + entries
                    .iter()
                    .map(|e| u64::from(e.duration.unwrap()))
                    .sum::<u64>(),
            );
            samples += entries.len();
        }
        samples
    }
}

/// The output contract of conventions A.11.
fn check_contract(run: &MuxRun) {
    let first = &run.items[0];
    assert!(!first.list);
    assert!(
        first.buffers[0]
            .0
            .contains(gst::BufferFlags::DISCONT | gst::BufferFlags::HEADER)
    );
    let header = run.caps[0].structure(0).unwrap();
    assert_eq!(header.name(), "video/quicktime");
    let streamheader = header.get::<gst::Array>("streamheader").unwrap();
    let init = streamheader.first().unwrap().get::<gst::Buffer>().unwrap();
    assert_eq!(
        init.map_readable().unwrap().as_slice(),
        first.buffers[0].1.as_slice()
    );
    for item in run.items.iter().filter(|i| i.list) {
        let (flags, _) = &item.buffers[0];
        assert!(flags.contains(gst::BufferFlags::HEADER));
        let samples = &item.buffers[1..];
        assert!(!samples.is_empty());
        assert!(
            samples
                .iter()
                .all(|(f, _)| f.contains(gst::BufferFlags::DELTA_UNIT))
        );
        assert!(
            samples
                .iter()
                .enumerate()
                .all(|(i, (f, _))| f.contains(gst::BufferFlags::MARKER) == (i + 1 == samples.len()))
        );
    }
}

/// ffprobe: decodes every frame of the first video stream; returns the frame presentation
/// times in seconds, in presentation order.
fn ffprobe_video_frames(path: &std::path::Path) -> Vec<f64> {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-count_frames",
            "-select_streams",
            "v:0",
            "-show_entries",
            "stream=nb_read_frames:frame=pts_time",
            "-of",
            "json",
        ])
        .arg(path)
        .output()
        .expect("ffprobe runs");
    assert!(
        out.status.success(),
        "ffprobe: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "ffprobe complained: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let read: usize = json["streams"][0]["nb_read_frames"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let mut times: Vec<f64> = json["frames"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["pts_time"].as_str().unwrap().parse().unwrap())
        .collect();
    assert_eq!(read, times.len());
    times.sort_by(f64::total_cmp);
    times
}

/// Presentation times relative to the first: the muxer must keep the input's timeline.
fn check_timestamps(run: &MuxRun, ffprobe_times: &[f64]) {
    let mut input = run.input_pts.clone();
    input.sort();
    assert_eq!(
        input.len(),
        ffprobe_times.len(),
        "every input frame decodes"
    );
    for (i, (t, f)) in input.iter().zip(ffprobe_times).enumerate() {
        let expected = (t - input[0]) as f64 / 1e9;
        let got = f - ffprobe_times[0];
        assert!(
            (expected - got).abs() < 1e-4,
            "frame {i}: input {expected} s, ffprobe {got} s"
        );
    }
}

/// Plays the file with qtdemux ! avdec_h264 (and avdec_aac); returns (video, audio) frames.
fn play_with_qtdemux(path: &std::path::Path, audio: bool) -> (usize, usize) {
    let mut desc = format!(
        "filesrc location={} ! qtdemux name=d d.video_0 ! queue ! h264parse ! avdec_h264 ! fakesink name=v",
        path.display()
    );
    if audio {
        desc.push_str(" d.audio_0 ! queue ! avdec_aac ! fakesink name=a");
    }
    let pipeline = gst::parse::launch(&desc).unwrap();
    let bin = pipeline.downcast_ref::<gst::Bin>().unwrap();
    let count = |name: &str| {
        let n = Arc::new(Mutex::new(0usize));
        if let Some(sink) = bin.by_name(name) {
            let c = n.clone();
            sink.static_pad("sink")
                .unwrap()
                .add_probe(gst::PadProbeType::BUFFER, move |_, _| {
                    *c.lock().unwrap() += 1;
                    gst::PadProbeReturn::Ok
                });
        }
        n
    };
    let (video, audio) = (count("v"), count("a"));
    run_to_eos(&pipeline);
    (*video.lock().unwrap(), *audio.lock().unwrap())
}

fn x264_pipeline(frames: u32, bframes: u32, format: &str, audio: bool) -> String {
    let mut desc = format!(
        "videotestsrc num-buffers={frames} ! video/x-raw,width=320,height=240,framerate=30/1 ! \
         x264enc key-int-max=30 bframes={bframes} speed-preset=ultrafast ! \
         video/x-h264,stream-format={format} ! \
         hksvfmp4mux name=mux fragment-duration=2000 ! appsink name=sink"
    );
    if audio {
        // 4 s of AAC-LC at 32 kHz (125 frames of 1024 samples).
        desc.push_str(
            " audiotestsrc num-buffers=125 samplesperbuffer=1024 ! audio/x-raw,rate=32000,channels=1 ! \
             avenc_aac ! mux.audio",
        );
    }
    desc
}

fn check_full_run(bframes: u32, format: &str, audio: bool) -> (MuxRun, Mp4) {
    let run = run_mux(&x264_pipeline(120, bframes, format, audio));
    check_contract(&run);
    let mp4 = parse_mp4(&run.bytes());
    assert_eq!(mp4.inits.len(), 1);
    let moov = &mp4.inits[0];
    assert_eq!(moov.trak.len(), if audio { 2 } else { 1 });
    assert_eq!(moov.mvex.as_ref().unwrap().trex.len(), moov.trak.len());
    let Codec::Avc1(avc1) = &moov.trak[0].mdia.minf.stbl.stsd.codecs[0] else {
        panic!("video sample entry is not avc1");
    };
    assert_eq!((avc1.visual.width, avc1.visual.height), (320, 240));
    assert_eq!(avc1.avcc.length_size, 4);
    // 4 s of 1 s GOPs in 2 s fragments.
    assert_eq!(mp4.fragments.len(), 2);
    assert_eq!(mp4.check_fragments(1), 120);
    let times = ffprobe_video_frames(run.file.path());
    check_timestamps(&run, &times);
    let (video, audio_frames) = play_with_qtdemux(run.file.path(), audio);
    assert_eq!(video, 120, "qtdemux ! avdec_h264 decodes every frame");
    if audio {
        assert!(
            audio_frames >= 120,
            "audio plays back: {audio_frames} frames"
        );
    }
    (run, mp4)
}

#[test]
fn x264_without_b_frames_and_aac() {
    let (_, mp4) = check_full_run(0, "avc", true);
    let moov = &mp4.inits[0];
    let Codec::Mp4a(mp4a) = &moov.trak[1].mdia.minf.stbl.stsd.codecs[0] else {
        panic!("audio sample entry is not mp4a");
    };
    assert_eq!(mp4a.audio.channel_count, 1);
    assert_eq!(moov.trak[1].mdia.mdhd.timescale, 32000);
    // Audio is interleaved in every fragment, its tfdt runs on.
    let mut next = 0;
    for fragment in &mp4.fragments {
        let traf = &fragment.moof.traf[1];
        assert_eq!(traf.tfhd.track_id, 2);
        assert_eq!(traf.tfdt.as_ref().unwrap().base_media_decode_time, next);
        next += traf.trun[0]
            .entries
            .iter()
            .map(|e| u64::from(e.duration.unwrap()))
            .sum::<u64>();
    }
}

#[test]
fn x264_with_b_frames_gets_signed_composition_offsets() {
    let (_, mp4) = check_full_run(2, "avc", false);
    let entries = &mp4.fragments[0].moof.traf[0].trun[0].entries;
    assert!(
        entries.iter().any(|e| e.cts.unwrap() < 0),
        "B-frames have negative offsets"
    );
    assert!(entries.iter().any(|e| e.cts.unwrap() > 0));
}

#[test]
fn byte_stream_input_is_converted_to_length_prefixes() {
    check_full_run(2, "byte-stream", false);
}

#[test]
fn byte_stream_samples_share_the_input_memory() {
    init();
    let (caps, buffers) = encode(320, 240, 30, "byte-stream");
    let ranges: Vec<(usize, usize)> = buffers
        .iter()
        .map(|b| {
            let map = b.map_readable().unwrap();
            (map.as_ptr() as usize, map.len())
        })
        .collect();
    let mut h = Harness::with_padnames("hksvfmp4mux", Some("video"), Some("src"));
    h.set_src_caps(caps);
    for buffer in buffers {
        h.push(buffer).unwrap();
    }
    assert!(h.push_event(gst::event::Eos::new()));
    let mut outside = 0;
    let mut inside = 0;
    while let Some(buffer) = h.try_pull() {
        if !buffer.flags().contains(gst::BufferFlags::DELTA_UNIT) {
            continue;
        }
        for memory in buffer.iter_memories() {
            let map = memory.map_readable().unwrap();
            let ptr = map.as_ptr() as usize;
            if ranges
                .iter()
                .any(|&(start, len)| ptr >= start && ptr + map.len() <= start + len)
            {
                inside += map.len();
            } else {
                assert_eq!(map.len(), 4, "only length prefixes are new memory");
                outside += 1;
            }
        }
    }
    assert!(
        inside > 0 && outside > 0,
        "inside {inside}, prefixes {outside}"
    );
}

/// Runs `description` (ending in `appsink name=sink sync=false`) to the end and returns the
/// caps of the last sample and every sample.
fn encoded_samples(description: &str) -> (gst::Caps, Vec<gst::Sample>) {
    let pipeline = gst::parse::launch(description).unwrap();
    let sink = gst_common::appsink(&pipeline, "sink");
    pipeline.set_state(gst::State::Playing).unwrap();
    let mut samples = Vec::new();
    while let Ok(sample) = sink.pull_sample() {
        samples.push(sample);
    }
    pipeline.set_state(gst::State::Null).unwrap();
    let caps = samples.last().and_then(|s| s.caps_owned()).unwrap();
    (caps, samples)
}

/// Encodes `frames` frames of `width`x`height` with x264 and returns the caps and buffers.
fn encode(width: u32, height: u32, frames: u32, format: &str) -> (gst::Caps, Vec<gst::Buffer>) {
    encode_with_b_frames(width, height, frames, format, 0)
}

/// [`encode`] with up to `bframes` consecutive B-frames.
fn encode_with_b_frames(
    width: u32,
    height: u32,
    frames: u32,
    format: &str,
    bframes: u32,
) -> (gst::Caps, Vec<gst::Buffer>) {
    let (caps, samples) = encoded_samples(&format!(
        "videotestsrc num-buffers={frames} ! video/x-raw,width={width},height={height},framerate=30/1 ! \
         x264enc key-int-max=30 bframes={bframes} speed-preset=ultrafast ! \
         video/x-h264,stream-format={format} ! appsink name=sink sync=false"
    ));
    let buffers = samples
        .iter()
        .map(|sample| {
            let segment = sample
                .segment()
                .unwrap()
                .downcast_ref::<gst::ClockTime>()
                .unwrap()
                .clone();
            // Plain running times, so that streams can be concatenated.
            let mut buffer = sample.buffer_owned().unwrap();
            let b = buffer.make_mut();
            b.set_pts(segment.to_running_time(b.pts().unwrap()));
            b.set_dts(b.dts().and_then(|d| segment.to_running_time(d)));
            buffer
        })
        .collect();
    (caps, buffers)
}

/// Raw AAC frames from avenc_aac with their caps.
fn encode_aac(frames: u32) -> (gst::Caps, Vec<gst::Buffer>) {
    let (caps, samples) = encoded_samples(&format!(
        "audiotestsrc num-buffers={frames} samplesperbuffer=1024 ! audio/x-raw,rate=32000,channels=1 ! \
         avenc_aac ! appsink name=sink sync=false"
    ));
    let buffers = samples
        .iter()
        .map(|sample| sample.buffer_owned().unwrap())
        .collect();
    (caps, buffers)
}

/// A harness on the muxer's video pad, fragments of `fragment_ms`.
fn mux_harness(fragment_ms: u32) -> Harness {
    let h = Harness::with_padnames("hksvfmp4mux", Some("video"), Some("src"));
    h.element()
        .unwrap()
        .set_property("fragment-duration", fragment_ms);
    h
}

/// Harnesses on the video and the audio pad of one muxer, their caps set.
fn av_harnesses(
    fragment_ms: u32,
    video_caps: gst::Caps,
    audio_caps: gst::Caps,
) -> (Harness, Harness) {
    let mut h = mux_harness(fragment_ms);
    let mut ha = Harness::with_element(&h.element().unwrap(), Some("audio"), None);
    h.set_src_caps(video_caps);
    ha.set_src_caps(audio_caps);
    (h, ha)
}

/// All buffers the harness has, and the init segments (DISCONT|HEADER buffers) among them.
fn pull_all(h: &mut Harness) -> (Vec<u8>, Vec<Vec<u8>>) {
    let mut bytes = Vec::new();
    let mut inits = Vec::new();
    while let Some(buffer) = h.try_pull() {
        let map = buffer.map_readable().unwrap();
        if buffer
            .flags()
            .contains(gst::BufferFlags::DISCONT | gst::BufferFlags::HEADER)
        {
            inits.push(map.to_vec());
        }
        bytes.extend_from_slice(&map);
    }
    (bytes, inits)
}

#[test]
fn resolution_change_in_band_writes_a_new_init_segment() {
    resolution_change_writes_a_new_init_segment("byte-stream");
}

#[test]
fn resolution_change_in_codec_data_writes_a_new_init_segment() {
    resolution_change_writes_a_new_init_segment("avc");
}

fn resolution_change_writes_a_new_init_segment(format: &str) {
    init();
    let (small_caps, small) = encode(320, 240, 60, format);
    let (large_caps, large) = encode(640, 480, 60, format);
    let mut h = mux_harness(1000);
    h.set_src_caps(small_caps);
    for buffer in small {
        h.push(buffer).unwrap();
    }
    h.set_src_caps(large_caps);
    let offset = gst::ClockTime::from_seconds(2);
    for mut buffer in large {
        let b = buffer.make_mut();
        b.set_pts(b.pts().map(|t| t + offset));
        b.set_dts(b.dts().map(|t| t + offset));
        h.push(buffer).unwrap();
    }
    assert!(h.push_event(gst::event::Eos::new()));
    let (bytes, inits) = pull_all(&mut h);
    let mp4 = parse_mp4(&bytes);
    assert_eq!(inits.len(), 2);
    let sizes: Vec<(u16, u16)> = mp4
        .inits
        .iter()
        .map(|moov| match &moov.trak[0].mdia.minf.stbl.stsd.codecs[0] {
            Codec::Avc1(avc1) => (avc1.visual.width, avc1.visual.height),
            _ => panic!("not avc1"),
        })
        .collect();
    assert_eq!(sizes, [(320, 240), (640, 480)]);
    assert_eq!(mp4.fragments.len(), 4);
    assert_eq!(mp4.check_fragments(1), 120);

    // The second init segment and its fragments form a file on their own that decodes.
    let second = bytes
        .windows(inits[1].len())
        .rposition(|w| w == inits[1].as_slice())
        .unwrap();
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &bytes[second..]).unwrap();
    assert_eq!(ffprobe_video_frames(file.path()).len(), 60);
}

#[test]
fn stalled_audio_never_holds_video_back() {
    init();
    let (video_caps, video) = encode(320, 240, 150, "avc");
    let (audio_caps, audio) = encode_aac(25);
    let (mut h, mut ha) = av_harnesses(1000, video_caps, audio_caps);
    // 0.8 s of audio, then the audio source stalls (no EOS either).
    for buffer in audio {
        ha.push(buffer).unwrap();
    }
    let mut fragments_seen = 0;
    for (i, buffer) in video.into_iter().enumerate() {
        h.push(buffer).unwrap();
        if i > 0 && i % 30 == 0 {
            // The IDR that closes a GOP releases its fragment at once.
            let mut got_fragment = false;
            while let Some(b) = h.try_pull() {
                got_fragment |= b.flags() == gst::BufferFlags::HEADER;
            }
            assert!(
                got_fragment,
                "fragment left at frame {i} although audio stalled"
            );
            fragments_seen += 1;
        }
    }
    assert_eq!(fragments_seen, 4);

    // Same again, checked as a file: audio declared, audio only in the first fragment.
    let (video_caps, video) = encode(320, 240, 150, "avc");
    let (audio_caps, audio) = encode_aac(25);
    let (mut h, mut ha) = av_harnesses(1000, video_caps, audio_caps);
    for buffer in audio {
        ha.push(buffer).unwrap();
    }
    for buffer in video {
        h.push(buffer).unwrap();
    }
    assert!(h.push_event(gst::event::Eos::new()));
    let (bytes, _) = pull_all(&mut h);
    let mp4 = parse_mp4(&bytes);
    assert_eq!(
        mp4.inits[0].trak.len(),
        2,
        "audio caps came first: the track is declared"
    );
    let traf_counts: Vec<usize> = mp4.fragments.iter().map(|f| f.moof.traf.len()).collect();
    assert_eq!(traf_counts, [2, 1, 1, 1, 1]);
    assert_eq!(mp4.check_fragments(1), 150);
}

#[test]
fn audio_pad_without_any_audio_still_finishes() {
    // The audio pad is linked to a source that never sends anything.
    let run = run_mux(
        "videotestsrc num-buffers=90 ! video/x-raw,width=320,height=240,framerate=30/1 ! \
         x264enc key-int-max=30 speed-preset=ultrafast ! hksvfmp4mux name=mux fragment-duration=1000 ! \
         appsink name=sink appsrc name=silent is-live=true format=time \
         caps=audio/mpeg,mpegversion=4,stream-format=raw,rate=32000,channels=1,codec_data=(buffer)1288 ! mux.audio",
    );
    check_contract(&run);
    let mp4 = parse_mp4(&run.bytes());
    assert_eq!(mp4.fragments.len(), 3);
    assert_eq!(mp4.check_fragments(1), 90);
    assert_eq!(ffprobe_video_frames(run.file.path()).len(), 90);
}

/// Runs appsrc ! hksvfmp4mux ! fakesink, pushing `buffers`; returns the error message.
fn expect_error(caps: &str, format: gst::Format, buffers: Vec<gst::Buffer>) -> String {
    init();
    let pipeline = gst::parse::launch(&format!(
        "appsrc name=src caps={caps} ! hksvfmp4mux ! fakesink"
    ))
    .unwrap();
    let src = gst_common::appsrc(&pipeline, "src");
    src.set_format(format);
    pipeline.set_state(gst::State::Playing).unwrap();
    for buffer in buffers {
        let _ = src.push_buffer(buffer);
    }
    let _ = src.end_of_stream();
    let msg = pipeline
        .bus()
        .unwrap()
        .timed_pop_filtered(
            gst::ClockTime::from_seconds(20),
            &[gst::MessageType::Eos, gst::MessageType::Error],
        )
        .expect("pipeline finished");
    pipeline.set_state(gst::State::Null).unwrap();
    match msg.view() {
        gst::MessageView::Error(err) => format!("{} {:?}", err.error(), err.debug()),
        _ => panic!("expected an error, got EOS"),
    }
}

/// x264 byte-stream access units; the first one holds SPS, PPS and the IDR picture.
fn byte_stream_frames(frames: u32) -> Vec<gst::Buffer> {
    init();
    encode(320, 240, frames, "byte-stream").1
}

const BYTE_STREAM_CAPS: &str = "video/x-h264,stream-format=byte-stream,alignment=au";

#[test]
fn idr_without_parameter_sets_is_an_element_error() {
    let mut frames = byte_stream_frames(2);
    // Keep only the IDR slice of the first access unit (drop SPS, PPS, SEI).
    let first = frames[0].map_readable().unwrap().to_vec();
    let idr = first
        .windows(5)
        .position(|w| w[..4] == [0, 0, 0, 1] && w[4] & 0x1f == 5)
        .or_else(|| {
            first
                .windows(4)
                .position(|w| w[..3] == [0, 0, 1] && w[3] & 0x1f == 5)
        })
        .unwrap();
    let mut stripped = gst::Buffer::from_mut_slice(first[idr..].to_vec());
    stripped.get_mut().unwrap().set_pts(frames[0].pts());
    frames[0] = stripped;
    let err = expect_error(BYTE_STREAM_CAPS, gst::Format::Time, frames);
    assert!(err.contains("No SPS/PPS before the first IDR"), "{err}");
}

#[test]
fn non_time_segment_is_an_element_error() {
    let err = expect_error(BYTE_STREAM_CAPS, gst::Format::Bytes, byte_stream_frames(1));
    assert!(err.contains("Only TIME segments"), "{err}");
}

#[test]
fn buffer_without_timestamp_is_an_element_error() {
    let mut frames = byte_stream_frames(1);
    let b = frames[0].make_mut();
    b.set_pts(gst::ClockTime::NONE);
    b.set_dts(gst::ClockTime::NONE);
    let err = expect_error(BYTE_STREAM_CAPS, gst::Format::Time, frames);
    assert!(err.contains("without timestamp"), "{err}");
}

#[test]
fn avc_caps_without_codec_data_are_refused() {
    let err = expect_error(
        "video/x-h264,stream-format=avc,alignment=au",
        gst::Format::Time,
        byte_stream_frames(1),
    );
    assert!(err.contains("without codec_data"), "{err}");
}

#[test]
fn garbage_access_unit_is_an_element_error_not_a_crash() {
    init();
    let mut h = Harness::with_padnames("hksvfmp4mux", Some("video"), Some("src"));
    h.set_src_caps_str(BYTE_STREAM_CAPS);
    // forbidden_zero_bit set in the NAL unit header.
    let mut buffer = gst::Buffer::from_slice([0u8, 0, 0, 1, 0xe5, 1, 2]);
    buffer.get_mut().unwrap().set_pts(gst::ClockTime::ZERO);
    assert_eq!(h.push(buffer), Err(gst::FlowError::Error));
}

/// Puts a bus on the harnessed element, to read the messages it posts.
fn harness_bus(h: &Harness) -> gst::Bus {
    let bus = gst::Bus::new();
    h.element().unwrap().set_bus(Some(&bus));
    bus
}

/// Records, in order, what the muxer's source pad sends: `"buffer"`, `"list"` or the event
/// type name (`"segment"`, `"flush-stop"`, ...).
fn record_src(h: &Harness) -> Arc<Mutex<Vec<String>>> {
    let log = Arc::new(Mutex::new(Vec::new()));
    let l = log.clone();
    h.element().unwrap().static_pad("src").unwrap().add_probe(
        gst::PadProbeType::BUFFER
            | gst::PadProbeType::BUFFER_LIST
            | gst::PadProbeType::EVENT_DOWNSTREAM
            | gst::PadProbeType::EVENT_FLUSH,
        move |_, info| {
            let what = match &info.data {
                Some(gst::PadProbeData::Buffer(_)) => "buffer".to_string(),
                Some(gst::PadProbeData::BufferList(_)) => "list".to_string(),
                Some(gst::PadProbeData::Event(e)) => e.type_().name().to_string(),
                _ => "other".to_string(),
            };
            l.lock().unwrap().push(what);
            gst::PadProbeReturn::Ok
        },
    );
    log
}

#[test]
fn flush_sends_a_new_segment_and_restarts_the_timeline() {
    init();
    let (caps, frames) = encode(320, 240, 60, "avc");
    let mut h = mux_harness(1000);
    let log = record_src(&h);
    h.set_src_caps(caps);
    for buffer in frames.iter().cloned() {
        h.push(buffer).unwrap();
    }
    let (before, _) = pull_all(&mut h);
    let before = parse_mp4(&before);
    assert_eq!(before.fragments.len(), 1);
    let last_sequence_number = before.fragments[0].moof.mfhd.sequence_number;

    // A flushing seek back to the start: the same pictures come again from running time 0.
    assert!(h.push_event(gst::event::FlushStart::new()));
    assert!(h.push_event(gst::event::FlushStop::new(true)));
    assert!(
        h.push_event(gst::event::Segment::new(&gst::FormattedSegment::<
            gst::ClockTime,
        >::new()))
    );
    for buffer in frames {
        h.push(buffer).unwrap();
    }
    assert!(h.push_event(gst::event::Eos::new()));

    // FlushStop removed the sticky segment downstream: a new one precedes the next data.
    let log = log.lock().unwrap().clone();
    let stop = log.iter().position(|w| w == "flush-stop").unwrap();
    let data = stop
        + log[stop..]
            .iter()
            .position(|w| w == "buffer" || w == "list")
            .unwrap();
    assert!(
        log[stop..data].iter().any(|w| w == "segment"),
        "no segment between flush-stop and data: {log:?}"
    );

    // A fresh init segment (also in the caps), then a timeline that starts again at 0.
    let first = h.pull().unwrap();
    assert!(
        first
            .flags()
            .contains(gst::BufferFlags::DISCONT | gst::BufferFlags::HEADER)
    );
    let caps = h.sinkpad().unwrap().current_caps().unwrap();
    let streamheader = caps.structure(0).unwrap().get::<gst::Array>("streamheader");
    let header = streamheader
        .unwrap()
        .first()
        .unwrap()
        .get::<gst::Buffer>()
        .unwrap();
    assert_eq!(
        header.map_readable().unwrap().as_slice(),
        first.map_readable().unwrap().as_slice()
    );
    let moof = h.pull().unwrap();
    assert_eq!(
        moof.pts(),
        Some(gst::ClockTime::ZERO),
        "running time again from 0"
    );
    let mut after = first.map_readable().unwrap().to_vec();
    after.extend_from_slice(&moof.map_readable().unwrap());
    after.extend(pull_all(&mut h).0);
    let after = parse_mp4(&after);
    assert_eq!(after.inits.len(), 1);
    assert_eq!(after.fragments.len(), 2);
    let tfdt = after.fragments[0].moof.traf[0].tfdt.as_ref().unwrap();
    assert_eq!(tfdt.base_media_decode_time, 0, "decode times start again");
    assert_eq!(
        after.fragments[0].moof.mfhd.sequence_number,
        last_sequence_number + 1,
        "sequence numbers continue"
    );
    assert_eq!(after.check_fragments(1), 60);
}

#[test]
fn fragment_duration_has_a_maximum() {
    init();
    let mux = gst::ElementFactory::make("hksvfmp4mux").build().unwrap();
    let pspec = mux.find_property("fragment-duration").unwrap();
    let pspec = pspec.downcast::<gst::glib::ParamSpecUInt>().unwrap();
    assert_eq!((pspec.minimum(), pspec.maximum()), (0, 60_000));
    mux.set_property("fragment-duration", 60_000u32);
    assert_eq!(mux.property::<u32>("fragment-duration"), 60_000);
}

#[test]
fn b_frames_without_dts_are_an_element_error() {
    init();
    // Without B-frames, buffers without DTS are fine (decode order = presentation order).
    let (caps, frames) = encode_with_b_frames(320, 240, 31, "avc", 0);
    let mut h = mux_harness(1000);
    h.set_src_caps(caps);
    for mut buffer in frames {
        buffer.make_mut().set_dts(gst::ClockTime::NONE);
        h.push(buffer).unwrap();
    }
    let (bytes, _) = pull_all(&mut h);
    assert_eq!(parse_mp4(&bytes).check_fragments(1), 30);

    // With B-frames they would be muxed in the wrong order: refused, with a clear message.
    let (caps, frames) = encode_with_b_frames(320, 240, 31, "avc", 2);
    let mut h = mux_harness(1000);
    let bus = harness_bus(&h);
    h.set_src_caps(caps);
    let mut result = Ok(gst::FlowSuccess::Ok);
    for mut buffer in frames {
        buffer.make_mut().set_dts(gst::ClockTime::NONE);
        result = h.push(buffer);
        if result.is_err() {
            break;
        }
    }
    assert_eq!(result, Err(gst::FlowError::Error));
    let msg = bus
        .pop_filtered(&[gst::MessageType::Error])
        .expect("an element error");
    let gst::MessageView::Error(err) = msg.view() else {
        unreachable!()
    };
    assert!(err.error().matches(gst::StreamError::Format), "{err:?}");
    assert!(err.error().to_string().contains("h264parse"), "{err:?}");
}

#[test]
fn latency_adds_the_longest_gop() {
    init();
    let (caps, frames) = encode(320, 240, 61, "avc");
    let mut h = mux_harness(2000);
    let bus = harness_bus(&h);
    h.set_upstream_latency(gst::ClockTime::from_mseconds(40));
    h.set_src_caps(caps);
    for buffer in frames {
        h.push(buffer).unwrap();
    }
    // Two 1 s GOPs seen: a fragment can hold 2 s plus the GOP that reaches them.
    assert_eq!(
        h.query_latency(),
        Some(gst::ClockTime::from_mseconds(3040)),
        "fragment duration + longest GOP"
    );
    assert!(
        bus.pop_filtered(&[gst::MessageType::Latency]).is_some(),
        "the element asks the pipeline to recompute the latency"
    );
}

#[test]
fn latency_includes_the_fragment_duration() {
    init();
    let mut h = mux_harness(2000);
    h.set_upstream_latency(gst::ClockTime::from_mseconds(40));
    assert_eq!(
        h.query_latency(),
        Some(gst::ClockTime::from_mseconds(2040)),
        "a fragment waits for the IDR picture after it"
    );
}

#[test]
fn many_slices_per_picture_still_decode() {
    // 10 slices: 20 parts per sample, more than a buffer's 16 memories.
    let run = run_mux(
        "videotestsrc num-buffers=60 ! video/x-raw,width=320,height=240,framerate=30/1 ! \
         x264enc key-int-max=30 speed-preset=ultrafast option-string=slices=10 ! \
         video/x-h264,stream-format=byte-stream ! hksvfmp4mux name=mux fragment-duration=1000 ! \
         appsink name=sink",
    );
    check_contract(&run);
    let mp4 = parse_mp4(&run.bytes());
    assert_eq!(mp4.check_fragments(1), 60);
    assert_eq!(ffprobe_video_frames(run.file.path()).len(), 60);
}

#[test]
fn filesink_writes_a_file_that_players_open() {
    init();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.mp4");
    let pipeline = gst::parse::launch(&format!(
        "videotestsrc num-buffers=90 ! video/x-raw,width=320,height=240,framerate=30/1 ! \
         x264enc key-int-max=30 speed-preset=ultrafast ! hksvfmp4mux name=mux ! filesink location={} \
         audiotestsrc num-buffers=94 samplesperbuffer=1024 ! audio/x-raw,rate=32000,channels=1 ! \
         avenc_aac ! mux.audio",
        path.display()
    ))
    .unwrap();
    run_to_eos(&pipeline);
    assert_eq!(ffprobe_video_frames(&path).len(), 90);
    assert_eq!(play_with_qtdemux(&path, true).0, 90);
}
