// SPDX-License-Identifier: MIT OR Apache-2.0
//! Snapshots of `hksvsink` (`POST /resource`, reference §1.6): a JPEG decoded on demand from
//! the latest keyframe (see [`super::keyframe`]).
//!
//! Each decode is a short-lived pipeline on a thread of its own,
//! `appsrc ! h264parse ! avdec_h264 ! videoconvert ! videoscale ! capsfilter ! jpegenc ! appsink`,
//! fed the one keyframe; the image comes back to the server's future through a oneshot
//! channel, so the runtime never waits on the decoder. Nothing is decoded unless asked.
//!
//! Cache: images are kept by (keyframe generation, output size), only for the latest
//! keyframe; requests for a key whose decode is in flight wait for that decode, so a burst
//! of requests decodes once. A decode in flight when a newer keyframe arrives still answers
//! the requests that wait for it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use gst::prelude::*;
use hksv::fmp4::avc::AvcConfig;
use hksv::h264::{NalUnitType, Sps, split_annex_b};
use hksv::server::{SnapshotFuture, SnapshotRequest, SnapshotSource};
use tokio::sync::oneshot;

use super::keyframe::Keyframe;
use super::media::MediaPath;
use super::stats::Stats;
use crate::logging::HKSVSINK_CAT as CAT;

/// Longest wait for the decode pipeline's picture: below the server's snapshot timeout
/// ([`hksv::server::SNAPSHOT_TIMEOUT`]) so that a stuck decoder is reported as such.
const DECODE_TIMEOUT: Duration = Duration::from_secs(4);
/// Output sizes kept for one keyframe (controllers ask for two or three).
const MAX_CACHED_SIZES: usize = 4;

/// An image, shared by the requests that wait for it.
type Image = Arc<Vec<u8>>;

/// Output width and height.
type Size = (u32, u32);

/// A keyframe generation and an output size.
type Key = (u64, Size);

#[derive(Default)]
struct Cache {
    /// The keyframe generation of the images in `done`.
    generation: u64,
    done: HashMap<Size, Image>,
    /// Decodes in flight, with the requests waiting for each.
    waiting: HashMap<Key, Vec<oneshot::Sender<Option<Image>>>>,
}

/// The [`SnapshotSource`] of one running `hksvsink`.
pub(super) struct Snapshots {
    /// Element name, the prefix of the log lines.
    name: String,
    media: Arc<MediaPath>,
    stats: Arc<Stats>,
    cache: Arc<Mutex<Cache>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Snapshots {
    /// A source reading the keyframes of `media`, counting in `stats`.
    pub fn new(name: String, media: Arc<MediaPath>, stats: Arc<Stats>) -> Self {
        Snapshots {
            name,
            media,
            stats,
            cache: Arc::default(),
        }
    }
}

impl SnapshotSource for Snapshots {
    fn snapshot(&self, request: SnapshotRequest) -> SnapshotFuture {
        Stats::count(&self.stats.snapshot_requests);
        let name = &self.name;
        let Some(keyframe) = self.media.keyframes.latest() else {
            Stats::count(&self.stats.snapshot_failures);
            gst::info!(
                CAT,
                "{name}: snapshot {}x{} refused: no keyframe received yet",
                request.width,
                request.height
            );
            return Box::pin(std::future::ready(None));
        };
        let Some(stream) = stream_size(&keyframe) else {
            Stats::count(&self.stats.snapshot_failures);
            gst::warning!(
                CAT,
                "{name}: snapshot refused: the stream size is unknown (caps {})",
                keyframe.caps
            );
            return Box::pin(std::future::ready(None));
        };
        let size = output_size((request.width, request.height), stream);
        let generation = keyframe.generation;
        let (tx, rx) = oneshot::channel();
        {
            let mut cache = lock(&self.cache);
            if cache.generation != generation {
                // A newer keyframe: older images go.
                cache.generation = generation;
                cache.done.clear();
            }
            if let Some(image) = cache.done.get(&size) {
                Stats::count(&self.stats.snapshot_cache_hits);
                gst::debug!(
                    CAT,
                    "{name}: snapshot {}x{} from the cache (keyframe {generation})",
                    size.0,
                    size.1
                );
                let image = image.to_vec();
                return Box::pin(std::future::ready(Some(image)));
            }
            if let Some(waiters) = cache.waiting.get_mut(&(generation, size)) {
                Stats::count(&self.stats.snapshot_cache_hits);
                gst::debug!(
                    CAT,
                    "{name}: snapshot {}x{} waits for the decode in flight (keyframe {generation})",
                    size.0,
                    size.1
                );
                waiters.push(tx);
                return Box::pin(async move { rx.await.ok().flatten().map(|i| i.to_vec()) });
            }
            cache.waiting.insert((generation, size), vec![tx]);
        }
        Stats::count(&self.stats.snapshot_decodes);
        gst::debug!(
            CAT,
            "{name}: snapshot {}x{} (asked {}x{}, stream {}x{}): decoding keyframe {generation}",
            size.0,
            size.1,
            request.width,
            request.height,
            stream.0,
            stream.1
        );
        let job = DecodeJob {
            name: name.clone(),
            keyframe,
            size,
            cache: self.cache.clone(),
            stats: self.stats.clone(),
        };
        let spawned = std::thread::Builder::new()
            .name("hksv-snapshot".into())
            .spawn(move || job.run());
        if let Err(err) = spawned {
            gst::warning!(CAT, "{name}: cannot start a snapshot thread: {err}");
            // The job was dropped with its waiters' senders: they get `None`.
            lock(&self.cache).waiting.remove(&(generation, size));
        }
        Box::pin(async move { rx.await.ok().flatten().map(|i| i.to_vec()) })
    }
}

/// One decode, on its own thread.
struct DecodeJob {
    name: String,
    keyframe: Keyframe,
    size: Size,
    cache: Arc<Mutex<Cache>>,
    stats: Arc<Stats>,
}

impl DecodeJob {
    fn run(self) {
        let started = Instant::now();
        let (w, h) = self.size;
        // A panic in the decode must still answer the waiters (and free the key).
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            decode(&self.keyframe, self.size)
        }))
        .unwrap_or_else(|_| Err("the decode panicked".to_owned()));
        let image = match result {
            Ok(jpeg) => {
                gst::debug!(
                    CAT,
                    "{}: snapshot {w}x{h} decoded from keyframe {}: {} bytes in {:.1} ms",
                    self.name,
                    self.keyframe.generation,
                    jpeg.len(),
                    started.elapsed().as_secs_f64() * 1e3
                );
                Some(Arc::new(jpeg))
            }
            Err(reason) => {
                gst::warning!(
                    CAT,
                    "{}: snapshot {w}x{h} of keyframe {} failed: {reason}",
                    self.name,
                    self.keyframe.generation
                );
                None
            }
        };
        let waiters = {
            let mut cache = lock(&self.cache);
            let generation = self.keyframe.generation;
            let waiters = cache
                .waiting
                .remove(&(generation, self.size))
                .unwrap_or_default();
            if let (true, Some(image)) = (cache.generation == generation, image.as_ref()) {
                if cache.done.len() >= MAX_CACHED_SIZES {
                    cache.done.clear();
                }
                cache.done.insert(self.size, image.clone());
            }
            waiters
        };
        if image.is_none() {
            for _ in &waiters {
                Stats::count(&self.stats.snapshot_failures);
            }
        }
        for waiter in waiters {
            // A waiter whose request timed out has gone: nothing to do.
            let _ = waiter.send(image.clone());
        }
    }
}

/// The stream's picture size: the caps' `width`/`height`, else the SPS.
fn stream_size(keyframe: &Keyframe) -> Option<Size> {
    let s = keyframe.caps.structure(0)?;
    if let (Ok(w), Ok(h)) = (s.get::<i32>("width"), s.get::<i32>("height"))
        && let (Ok(w), Ok(h)) = (u32::try_from(w), u32::try_from(h))
        && w > 0
        && h > 0
    {
        return Some((w, h));
    }
    let sps = Sps::parse(keyframe.parameter_sets.as_ref()?.sps.first()?).ok()?;
    Some((sps.width(), sps.height())).filter(|(w, h)| *w > 0 && *h > 0)
}

/// The output size for a request of `asked` from a stream of `stream`: the stream's aspect
/// ratio kept, fitting inside the asked box, never larger than the stream; `0`×`0` is the
/// stream's size, and one `0` side follows from the other. Even sides (4:2:0 pictures).
fn output_size(asked: Size, stream: Size) -> Size {
    let (sw, sh) = (f64::from(stream.0), f64::from(stream.1));
    let scale = match asked {
        (0, 0) => 1.0,
        (w, 0) => f64::from(w) / sw,
        (0, h) => f64::from(h) / sh,
        (w, h) => (f64::from(w) / sw).min(f64::from(h) / sh),
    }
    .min(1.0);
    let side = |v: f64, max: u32| {
        let even = ((v * scale / 2.0).round() as u32) * 2;
        even.clamp(2, max.max(2))
    };
    (side(sw, stream.0), side(sh, stream.1))
}

/// The access unit to decode: for `byte-stream` caps, the SPS and PPS in force are put in
/// front when the keyframe does not carry them (h264parse then has what the decoder needs).
/// Other formats carry them in `codec_data` (or in band for `avc3`).
fn access_unit(keyframe: &Keyframe) -> Result<gst::Buffer, String> {
    let byte_stream = keyframe
        .caps
        .structure(0)
        .and_then(|s| s.get::<&str>("stream-format").ok())
        == Some("byte-stream");
    if !byte_stream {
        return Ok(keyframe.buffer.clone());
    }
    let map = keyframe
        .buffer
        .map_readable()
        .map_err(|_| "the keyframe cannot be read".to_owned())?;
    match with_parameter_sets(&map, keyframe.parameter_sets.as_ref()) {
        Some(data) => Ok(gst::Buffer::from_mut_slice(data)),
        None => Ok(keyframe.buffer.clone()),
    }
}

/// `data` (Annex B) with `sets` in front when it lacks an SPS or a PPS; `None` when it has
/// both (or no sets are known).
fn with_parameter_sets(data: &[u8], sets: Option<&AvcConfig>) -> Option<Vec<u8>> {
    let types: Vec<NalUnitType> = split_annex_b(data)
        .filter_map(|nal| nal.first())
        .map(|b| NalUnitType::from_u8(b & 0x1f))
        .collect();
    let has = |t: NalUnitType| types.contains(&t);
    if has(NalUnitType::Sps) && has(NalUnitType::Pps) {
        return None;
    }
    let sets = sets?;
    let mut out = Vec::with_capacity(data.len() + 64);
    for nal in sets.sps.iter().chain(sets.pps.iter()) {
        out.extend_from_slice(&[0, 0, 0, 1]);
        out.extend_from_slice(nal);
    }
    out.extend_from_slice(data);
    Some(out)
}

fn make(factory: &str) -> Result<gst::Element, String> {
    gst::ElementFactory::make(factory)
        .build()
        .map_err(|_| format!("element {factory} is missing (install its GStreamer plugin)"))
}

/// Decodes `keyframe` to a JPEG of `size` with a pipeline of its own.
fn decode(keyframe: &Keyframe, size: Size) -> Result<Vec<u8>, String> {
    let pipeline = gst::Pipeline::with_name("hksv-snapshot");
    let src = gst_app::AppSrc::builder()
        .caps(&keyframe.caps)
        .format(gst::Format::Time)
        .build();
    let decoder = make("avdec_h264")?;
    let filter = gst::ElementFactory::make("capsfilter")
        .property(
            "caps",
            gst::Caps::builder("video/x-raw")
                .field("width", i32::try_from(size.0).unwrap_or(i32::MAX))
                .field("height", i32::try_from(size.1).unwrap_or(i32::MAX))
                .build(),
        )
        .build()
        .map_err(|_| "element capsfilter is missing".to_owned())?;
    let sink = gst_app::AppSink::builder().sync(false).build();
    let elements = [
        src.upcast_ref::<gst::Element>().clone(),
        make("h264parse")?,
        decoder,
        make("videoconvert")?,
        make("videoscale")?,
        filter,
        make("jpegenc")?,
        sink.upcast_ref::<gst::Element>().clone(),
    ];
    pipeline
        .add_many(&elements)
        .map_err(|e| format!("cannot build the decode pipeline: {e}"))?;
    gst::Element::link_many(&elements)
        .map_err(|e| format!("cannot link the decode pipeline: {e}"))?;
    let result = run(&pipeline, &src, &sink, keyframe);
    let _ = pipeline.set_state(gst::State::Null);
    result
}

/// Plays the decode pipeline with the one access unit and takes the JPEG.
fn run(
    pipeline: &gst::Pipeline,
    src: &gst_app::AppSrc,
    sink: &gst_app::AppSink,
    keyframe: &Keyframe,
) -> Result<Vec<u8>, String> {
    let mut buffer = access_unit(keyframe)?;
    {
        let buffer = buffer.make_mut();
        buffer.set_pts(gst::ClockTime::ZERO);
        buffer.set_dts(gst::ClockTime::ZERO);
        buffer.unset_flags(gst::BufferFlags::DELTA_UNIT);
        buffer.set_flags(gst::BufferFlags::DISCONT);
    }
    pipeline
        .set_state(gst::State::Playing)
        .map_err(|_| failure(pipeline, "the decode pipeline did not start"))?;
    src.push_buffer(buffer)
        .map_err(|e| failure(pipeline, &format!("the decoder refused the keyframe: {e}")))?;
    let _ = src.end_of_stream();
    let sample = sink
        .try_pull_sample(gst::ClockTime::from_nseconds(
            u64::try_from(DECODE_TIMEOUT.as_nanos()).unwrap_or(u64::MAX),
        ))
        .ok_or_else(|| failure(pipeline, "the decoder gave no picture"))?;
    let jpeg = sample
        .buffer()
        .ok_or_else(|| "the encoder gave an empty sample".to_owned())?
        .map_readable()
        .map_err(|_| "the JPEG cannot be read".to_owned())?
        .to_vec();
    Ok(jpeg)
}

/// `what`, with the pipeline's error message when it posted one.
fn failure(pipeline: &gst::Pipeline, what: &str) -> String {
    let error = pipeline.bus().and_then(|bus| {
        bus.pop_filtered(&[gst::MessageType::Error])
            .and_then(|msg| match msg.view() {
                gst::MessageView::Error(err) => {
                    Some(format!("{} ({:?})", err.error(), err.debug()))
                }
                _ => None,
            })
    });
    match error {
        Some(error) => format!("{what}: {error}"),
        None => what.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_sizes_keep_the_aspect_and_never_upscale() {
        let hd = (1280, 720);
        assert_eq!(output_size((640, 360), hd), (640, 360));
        assert_eq!(output_size((0, 0), hd), (1280, 720));
        assert_eq!(output_size((1920, 1080), hd), (1280, 720));
        assert_eq!(output_size((640, 480), hd), (640, 360));
        assert_eq!(output_size((320, 0), hd), (320, 180));
        assert_eq!(output_size((0, 90), hd), (160, 90));
        assert_eq!(output_size((1, 1), hd), (2, 2));
        assert_eq!(output_size((480, 270), (1920, 1080)), (480, 270));
    }

    #[test]
    fn parameter_sets_go_in_front_when_missing() {
        let sets = AvcConfig {
            length_size: 4,
            sps: vec![vec![0x67, 1, 2]],
            pps: vec![vec![0x68, 3]],
        };
        let idr = [0, 0, 0, 1, 0x65, 9, 9];
        let fixed = with_parameter_sets(&idr, Some(&sets)).unwrap();
        assert_eq!(
            fixed,
            [
                0, 0, 0, 1, 0x67, 1, 2, 0, 0, 0, 1, 0x68, 3, 0, 0, 0, 1, 0x65, 9, 9
            ]
        );
        assert_eq!(with_parameter_sets(&fixed, Some(&sets)), None);
        assert_eq!(with_parameter_sets(&idr, None), None);
    }
}
