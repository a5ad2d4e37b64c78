//! The media a recording is made of, shared by the element that receives it and the server
//! that records it: the prebuffer of the last seconds (a [`Prebuffer`] of whole GOPs) and the
//! live feeds of the recordings in progress.
//!
//! The element's streaming thread calls [`Recorder::push_video`] and
//! [`Recorder::push_audio`]; they never block and never wait for the network: each recording
//! gets its items through a bounded channel, and a recording that falls that far behind (a
//! hub too slow to drain its data stream) loses its feed, which ends it with a logged reason.
//! The pipeline never stalls on a hub.
//!
//! Items go to a recording in batches: at each IDR picture (where a fragment may close, so
//! no fragment waits for a batch) and at least every [`BATCH`] of video, so that the task
//! that sends a recording wakes a few times a second rather than for every frame.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::sync::mpsc;

use super::prebuffer::{Buffered, Prebuffer};
use crate::fmp4::{AudioFrame, AudioTrack, VideoFrame, VideoTrack};

/// Log target of the recording path.
pub const LOG: &str = "hksv::recording";

/// Batches a recording may fall behind before it loses its feed: about 10 s of video.
pub const FEED_CAPACITY: usize = 40;
/// Longest span of video time held in a batch before it goes to the recordings (ns).
pub const BATCH: i64 = 250_000_000;
/// Most bytes the prebuffer holds, whatever its duration (8 s at 64 Mbit/s).
pub const MAX_PREBUFFER_BYTES: usize = 64 * 1024 * 1024;
/// The prebuffer always reaches this far back, even before a hub selected a length (reference
/// §11.1: 4000 ms is the least HAP-NodeJS accepts, and what we advertise by default).
pub const MIN_PREBUFFER: Duration = Duration::from_secs(4);

/// Bytes of one sample, however the caller holds them (a GStreamer buffer, a `Vec`). The
/// recording copies them once, into the frame it encrypts.
pub trait SampleData: Send + Sync + 'static {
    /// Size in bytes.
    fn len(&self) -> usize;
    /// Whether there are no bytes.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Appends the bytes to `out`.
    fn append_to(&self, out: &mut Vec<u8>);
}

impl SampleData for Vec<u8> {
    fn len(&self) -> usize {
        Vec::len(self)
    }

    fn append_to(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(self);
    }
}

/// A shared sample: cloning it for the prebuffer and for each recording copies no bytes.
pub type Sample = Arc<dyn SampleData>;

/// One item of the recorded media.
#[derive(Clone)]
pub enum MediaItem {
    /// An H.264 access unit as a length-prefixed sample.
    Video {
        /// The picture.
        frame: VideoFrame<Sample>,
        /// On IDR pictures: the video configuration that applies from this picture on.
        track: Option<VideoTrack>,
    },
    /// A raw AAC frame.
    Audio(AudioFrame<Sample>),
}

impl Buffered for MediaItem {
    fn video_time(&self) -> Option<i64> {
        match self {
            MediaItem::Video { frame, .. } => Some(frame.pts),
            MediaItem::Audio(_) => None,
        }
    }

    fn starts_gop(&self) -> bool {
        matches!(self, MediaItem::Video { frame, .. } if frame.sync)
    }

    fn size(&self) -> usize {
        match self {
            MediaItem::Video { frame, .. } => frame.size as usize,
            MediaItem::Audio(frame) => frame.size as usize,
        }
    }
}

/// What a recording receives after its replay.
#[derive(Clone)]
pub enum FeedEvent {
    /// The next items, in order.
    Media(Vec<MediaItem>),
    /// The audio configuration changed (or the audio went away).
    AudioTrack(Option<AudioTrack>),
    /// The stream was flushed or restarted: drop what is half-built and start again at the
    /// next IDR picture.
    Discontinuity,
    /// The pipeline ended.
    EndOfStream,
}

/// A recording's media: the prebuffered items, then the live ones.
pub struct Feed {
    /// Prebuffered items, oldest first, starting with an IDR picture.
    pub replay: Vec<MediaItem>,
    /// The audio configuration at the time of subscribing.
    pub audio_track: Option<AudioTrack>,
    /// Presentation time (running time, ns) of the first replayed picture.
    pub start: i64,
    /// Live items. Closed without [`FeedEvent::EndOfStream`] when the recording fell
    /// [`FEED_CAPACITY`] batches behind.
    pub live: mpsc::Receiver<FeedEvent>,
}

/// A snapshot of the prebuffer, for logs and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrebufferStats {
    /// Bytes held.
    pub bytes: usize,
    /// Whole or partial GOPs held.
    pub gops: usize,
    /// Time from the oldest IDR picture held to the latest picture (ns).
    pub span_ns: u64,
    /// Recordings being fed.
    pub feeds: usize,
}

/// One recording's channel and the batch being filled for it.
struct FeedTx {
    tx: mpsc::Sender<FeedEvent>,
    pending: Vec<MediaItem>,
    /// Video time of the first picture of `pending`.
    since: Option<i64>,
}

struct Inner {
    ring: Prebuffer<MediaItem>,
    audio_track: Option<AudioTrack>,
    feeds: Vec<FeedTx>,
    /// The pipeline ended and nothing came since.
    ended: bool,
}

/// See the module documentation.
pub struct Recorder {
    name: String,
    inner: Mutex<Inner>,
}

impl Recorder {
    /// A recorder whose prebuffer reaches `prebuffer` back (at least [`MIN_PREBUFFER`]).
    /// `name` prefixes its log lines.
    pub fn new(name: impl Into<String>, prebuffer: Duration) -> Self {
        let duration = prebuffer.max(MIN_PREBUFFER);
        Recorder {
            name: name.into(),
            inner: Mutex::new(Inner {
                ring: Prebuffer::new(duration_ns(duration), MAX_PREBUFFER_BYTES),
                audio_track: None,
                feeds: Vec::new(),
                ended: false,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Makes the prebuffer reach `prebuffer` back (at least [`MIN_PREBUFFER`]): the hub's
    /// selected length.
    pub fn set_prebuffer(&self, prebuffer: Duration) {
        let duration = duration_ns(prebuffer.max(MIN_PREBUFFER));
        let mut inner = self.lock();
        if inner.ring.duration() != duration {
            crate::logging::log_info!(target: LOG, "[{}] prebuffer holds {} ms", self.name, duration / 1_000_000);
            inner.ring.set_duration(duration);
        }
    }

    /// Adds a picture (from the streaming thread; never blocks).
    pub fn push_video(&self, frame: VideoFrame<Sample>, track: Option<VideoTrack>) {
        self.push(MediaItem::Video { frame, track });
    }

    /// Adds an AAC frame (from the streaming thread; never blocks).
    pub fn push_audio(&self, frame: AudioFrame<Sample>) {
        self.push(MediaItem::Audio(frame));
    }

    fn push(&self, item: MediaItem) {
        let mut inner = self.lock();
        inner.ended = false;
        inner.ring.push(item.clone());
        let time = item.video_time();
        let idr = item.starts_gop();
        let name = &self.name;
        inner.feeds.retain_mut(|feed| {
            feed.pending.push(item.clone());
            let due = time.is_some_and(|t| idr || t - *feed.since.get_or_insert(t) >= BATCH);
            !due || feed.send(name, None)
        });
    }

    /// Sets (or removes) the audio configuration.
    pub fn set_audio_track(&self, track: Option<AudioTrack>) {
        let mut inner = self.lock();
        if inner.audio_track != track {
            inner.audio_track = track.clone();
            self.broadcast(&mut inner, FeedEvent::AudioTrack(track));
        }
    }

    /// The stream was flushed or restarted: the prebuffer starts again, and recordings in
    /// progress continue from the next IDR picture.
    pub fn discontinuity(&self) {
        let mut inner = self.lock();
        inner.ring.clear();
        self.broadcast(&mut inner, FeedEvent::Discontinuity);
    }

    /// The pipeline ended: recordings in progress end.
    pub fn end_of_stream(&self) {
        let mut inner = self.lock();
        inner.ended = true;
        self.broadcast(&mut inner, FeedEvent::EndOfStream);
    }

    /// The media of a new recording: the prebuffer from the IDR picture at or before
    /// `look_back` before the latest picture, then the live items. `None` when no picture
    /// has arrived yet, or the pipeline has ended.
    pub fn subscribe(&self, look_back: Duration) -> Option<Feed> {
        let mut inner = self.lock();
        if inner.ended {
            return None;
        }
        let replay = inner.ring.replay(duration_ns(look_back));
        let start = replay.iter().find_map(Buffered::video_time)?;
        let (tx, live) = mpsc::channel(FEED_CAPACITY);
        inner.feeds.push(FeedTx {
            tx,
            pending: Vec::new(),
            since: None,
        });
        Some(Feed {
            replay,
            audio_track: inner.audio_track.clone(),
            start,
            live,
        })
    }

    /// What the prebuffer holds now.
    pub fn stats(&self) -> PrebufferStats {
        let inner = self.lock();
        PrebufferStats {
            bytes: inner.ring.bytes(),
            gops: inner.ring.gops(),
            span_ns: inner.ring.span_ns(),
            feeds: inner.feeds.len(),
        }
    }

    /// Sends each feed its pending batch, then `event`; a feed that is full or gone is
    /// dropped (its recording sees its channel close).
    fn broadcast(&self, inner: &mut Inner, event: FeedEvent) {
        let name = &self.name;
        inner
            .feeds
            .retain_mut(|feed| feed.send(name, Some(event.clone())));
    }
}

impl FeedTx {
    /// Sends the pending batch (if any), then `event`; false when the feed is to be dropped.
    fn send(&mut self, name: &str, event: Option<FeedEvent>) -> bool {
        self.since = None;
        let batch =
            (!self.pending.is_empty()).then(|| FeedEvent::Media(std::mem::take(&mut self.pending)));
        for event in batch.into_iter().chain(event) {
            match self.tx.try_send(event) {
                Ok(()) => {}
                Err(mpsc::error::TrySendError::Full(_)) => {
                    crate::logging::log_warn!(target: LOG, "[{name}] a recording fell {FEED_CAPACITY} batches behind (the hub does not drain its data stream): its feed is cut");
                    return false;
                }
                Err(mpsc::error::TrySendError::Closed(_)) => return false,
            }
        }
        true
    }
}

fn duration_ns(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: i64 = 100_000_000; // 10 fps

    fn video(recorder: &Recorder, n: i64, gop: i64) {
        let sync = n % gop == 0;
        let sample: Sample = Arc::new(vec![n as u8; 10]);
        let frame = VideoFrame {
            pts: n * FRAME,
            dts: n * FRAME,
            duration: Some(FRAME as u64),
            sync,
            size: 10,
            payload: sample,
        };
        let track = sync.then(|| VideoTrack {
            width: 16,
            height: 16,
            avcc: vec![1],
        });
        recorder.push_video(frame, track);
    }

    #[test]
    fn a_feed_replays_from_an_idr_and_then_goes_live() {
        let recorder = Recorder::new("t", Duration::from_secs(4));
        assert!(recorder.subscribe(Duration::from_secs(4)).is_none());
        for n in 0..100 {
            video(&recorder, n, 10);
        }
        let mut feed = recorder.subscribe(Duration::from_secs(4)).unwrap();
        // Latest picture at 9.9 s: the IDR at or before 5.9 s is the one at 5 s.
        assert_eq!(feed.start, 50 * FRAME);
        assert_eq!(feed.replay.len(), 50);
        assert!(feed.replay[0].starts_gop());
        // An IDR picture goes out at once.
        video(&recorder, 100, 10);
        match feed.live.try_recv() {
            Ok(FeedEvent::Media(items)) => {
                assert_eq!(items.len(), 1);
                assert_eq!(items[0].video_time(), Some(100 * FRAME));
            }
            _ => panic!("live item expected"),
        }
        // Other pictures in batches spanning BATCH (250 ms at 10 fps: sent with the fourth).
        for n in 101..106 {
            video(&recorder, n, 10);
        }
        match feed.live.try_recv() {
            Ok(FeedEvent::Media(items)) => assert_eq!(items.len(), 4),
            _ => panic!("a batch expected"),
        }
        recorder.end_of_stream();
        match feed.live.try_recv() {
            Ok(FeedEvent::Media(items)) => assert_eq!(items.len(), 1, "pending before EOS"),
            _ => panic!("the pending batch first"),
        }
        assert!(matches!(feed.live.try_recv(), Ok(FeedEvent::EndOfStream)));
        assert!(recorder.subscribe(Duration::from_secs(4)).is_none());
    }

    #[test]
    fn a_feed_that_falls_behind_is_cut_and_the_others_go_on() {
        let recorder = Recorder::new("t", Duration::from_secs(4));
        video(&recorder, 0, 10);
        let mut slow = recorder.subscribe(Duration::from_secs(4)).unwrap();
        // One batch per IDR picture (GOPs of one picture).
        for n in 1..=FEED_CAPACITY as i64 {
            video(&recorder, n, 1);
        }
        let mut fast = recorder.subscribe(Duration::from_secs(1)).unwrap();
        video(&recorder, FEED_CAPACITY as i64 + 1, 1);
        assert_eq!(recorder.stats().feeds, 1, "the full feed was cut");
        let mut received = 0;
        while let Ok(FeedEvent::Media(_)) = slow.live.try_recv() {
            received += 1;
        }
        assert_eq!(received, FEED_CAPACITY);
        assert!(matches!(
            slow.live.try_recv(),
            Err(mpsc::error::TryRecvError::Disconnected)
        ));
        assert!(matches!(fast.live.try_recv(), Ok(FeedEvent::Media(_))));
    }

    #[test]
    fn discontinuity_clears_the_prebuffer_and_tells_feeds() {
        let recorder = Recorder::new("t", Duration::from_secs(4));
        for n in 0..20 {
            video(&recorder, n, 10);
        }
        let mut feed = recorder.subscribe(Duration::from_secs(4)).unwrap();
        video(&recorder, 20, 10);
        video(&recorder, 21, 10);
        recorder.discontinuity();
        assert_eq!(recorder.stats().bytes, 0);
        assert!(matches!(feed.live.try_recv(), Ok(FeedEvent::Media(_))));
        match feed.live.try_recv() {
            Ok(FeedEvent::Media(items)) => assert_eq!(items.len(), 1, "pending, then the news"),
            _ => panic!("the pending batch first"),
        }
        assert!(matches!(feed.live.try_recv(), Ok(FeedEvent::Discontinuity)));
    }
}
