//! GOP-aligned fragmentation: timestamped access units and AAC frames in, init segments and
//! `moof`/`mdat` fragments out. Generic over the sample payload `P`, so that the element can
//! carry GStreamer buffers (the `mdat` is their memory, appended) and other users owned bytes.

use std::collections::VecDeque;

use super::fragment::{SampleInfo, TrackRun, write_fragment_header};
use super::init::{
    AUDIO_TRACK_ID, AudioTrack, InitSegment, VIDEO_TIMESCALE, VIDEO_TRACK_ID, VideoTrack,
    write_init_segment,
};
use super::{Fmp4Error, LOG_TARGET};

/// Samples per AAC-LC frame: the duration of an audio frame whose buffer has none.
const AAC_FRAME_SAMPLES: u64 = 1024;
/// Audio frames kept while no video has arrived yet (about 20 s at 48 kHz); older ones are
/// dropped, so that a missing video stream cannot make the queue grow without bound.
const MAX_AUDIO_BEFORE_VIDEO: usize = 1000;
const NSEC_PER_SEC: i128 = 1_000_000_000;
/// Longest stretch of video kept in memory (ns), see [`MAX_FRAGMENT_DURATION`].
const MAX_GOP_DURATION: i64 = 60 * 1_000_000_000;
/// The guard against unbounded buffering (ns, 60 s), and the longest fragment duration that
/// can be asked for. Cameras send an IDR picture every few seconds; a GOP longer than this
/// (measured from its IDR picture) is broken, and its pictures are dropped until the next IDR
/// picture. A fragment that would grow longer than this closes at its last IDR picture, even
/// before the fragment duration. Audio more than this far ahead of the video is dropped.
pub const MAX_FRAGMENT_DURATION: u64 = MAX_GOP_DURATION as u64;
/// Audio frames queued at most once the video has started (about 87 s at 96 kHz, more than
/// [`MAX_FRAGMENT_DURATION`] at any AAC rate): a bound that holds whatever the timestamps.
const MAX_AUDIO_QUEUE: usize = 8192;
/// Timestamps must stay within ±2^62 ns (146 years), so that differences never overflow.
pub const MAX_TIMESTAMP: i64 = 1 << 62;

fn in_range(ns: i64) -> bool {
    (-MAX_TIMESTAMP..=MAX_TIMESTAMP).contains(&ns)
}

/// One H.264 access unit, already in length-prefixed form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoFrame<P> {
    /// Presentation time (running time, ns, within ±[`MAX_TIMESTAMP`]).
    pub pts: i64,
    /// Decode time (running time, ns); equal to `pts` when there are no B-frames.
    pub dts: i64,
    /// Duration in ns, if known.
    pub duration: Option<u64>,
    /// An IDR picture: fragments start here.
    pub sync: bool,
    /// Size of the sample in bytes.
    pub size: u32,
    /// The sample data (or a handle to it).
    pub payload: P,
}

/// One raw AAC frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioFrame<P> {
    /// Presentation time (running time, ns).
    pub pts: i64,
    /// Duration in ns, if known.
    pub duration: Option<u64>,
    /// Size in bytes.
    pub size: u32,
    /// The frame data (or a handle to it).
    pub payload: P,
}

/// A finished fragment: `header` (`moof` + `mdat` header) followed by `samples` in order
/// is the complete fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fragment<P> {
    /// `mfhd` sequence number (1, 2, 3, ...).
    pub sequence_number: u32,
    /// `moof` box and `mdat` header.
    pub header: Vec<u8>,
    /// Video samples, then audio samples, as they follow in the `mdat`.
    pub samples: Vec<P>,
    /// Number of video samples at the start of `samples`.
    pub video_samples: usize,
    /// Presentation time of the first (IDR) picture (running time, ns).
    pub pts: i64,
    /// Decode time of the first picture (running time, ns).
    pub dts: i64,
    /// Duration of the video in the fragment (ns).
    pub duration: u64,
}

/// What the fragmenter produces, in output order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output<P> {
    /// An initialization segment (`ftyp` + `moov`): at the start and whenever the track
    /// configuration changed; it always precedes the fragment it describes.
    Init(Vec<u8>, InitSegment),
    /// A fragment.
    Fragment(Fragment<P>),
}

/// Time origin, fixed by the first IDR picture.
#[derive(Debug, Clone, Copy)]
struct Origin {
    /// Decode time of the first picture (ns); video decode times count from here.
    dts: i64,
    /// Presentation time of the first picture (ns); presentation times of both tracks
    /// count from here.
    pts: i64,
}

/// The GOP-aligned fragmenter. See the module documentation.
#[derive(Debug)]
pub struct Fragmenter<P> {
    fragment_duration: u64,
    video: Option<VideoTrack>,
    audio: Option<AudioTrack>,
    written: Option<InitSegment>,
    /// Video configuration of the GOP being collected.
    gop_video: Option<VideoTrack>,
    gop: Vec<VideoFrame<P>>,
    /// Index in `gop` of its last IDR picture.
    gop_last_sync: usize,
    /// Decode time of the last IDR picture (after `offset`), to measure GOPs.
    last_sync_dts: Option<i64>,
    /// The longest GOP seen (ns), at most [`MAX_FRAGMENT_DURATION`].
    longest_gop: Option<u64>,
    /// `fragment_duration` is a maximum rather than a minimum (see
    /// [`Fragmenter::set_duration_is_limit`]).
    duration_is_limit: bool,
    audio_queue: VecDeque<AudioFrame<P>>,
    /// Audio is being dropped (logged once per episode).
    dropping_audio: bool,
    /// [`Self::finish`] was called and no video came since: audio is not queued.
    ended: bool,
    origin: Option<Origin>,
    /// Decode time of the last picture taken (after `offset`).
    last_dts: Option<i64>,
    /// Duration of the last picture taken (ns).
    last_duration: i64,
    /// Added to input timestamps since a discontinuity, see [`Self::push_video`].
    offset: i64,
    next_audio_time: Option<u64>,
    sequence_number: u32,
}

/// `ns` in units of `timescale`, rounded to the nearest.
fn to_ticks(ns: i64, timescale: u32) -> i64 {
    let scaled = (i128::from(ns) * i128::from(timescale) * 2 + NSEC_PER_SEC) / (2 * NSEC_PER_SEC);
    scaled as i64
}

impl<P> Fragmenter<P> {
    /// A fragmenter that closes a fragment at the first IDR picture at least
    /// `fragment_duration` ns after the fragment's first picture (0: at every IDR picture).
    /// A duration above [`MAX_FRAGMENT_DURATION`] acts as that maximum.
    pub fn new(fragment_duration: u64) -> Self {
        Self {
            fragment_duration,
            video: None,
            audio: None,
            written: None,
            gop_video: None,
            gop: Vec::new(),
            gop_last_sync: 0,
            last_sync_dts: None,
            longest_gop: None,
            audio_queue: VecDeque::new(),
            dropping_audio: false,
            ended: false,
            origin: None,
            last_dts: None,
            last_duration: 0,
            offset: 0,
            next_audio_time: None,
            sequence_number: 0,
            duration_is_limit: false,
        }
    }

    /// Makes the fragment duration a limit: a fragment then also closes at an IDR picture when
    /// one more GOP as long as the last one would take it past the duration. HomeKit Secure
    /// Video fragments must not be longer than the selected fragment length (reference
    /// §13.1), so a 3 s GOP gives 3 s fragments for a 4 s length instead of 6 s ones. A
    /// single GOP longer than the duration still makes one fragment. Off by default (the
    /// duration is a minimum, as `hksvfmp4mux` documents it).
    pub fn set_duration_is_limit(&mut self, limit: bool) {
        self.duration_is_limit = limit;
    }

    /// Changes the fragment duration (ns) from the next fragment on.
    pub fn set_fragment_duration(&mut self, fragment_duration: u64) {
        self.fragment_duration = fragment_duration;
    }

    /// Sets the video configuration; it applies from the next IDR picture, which then starts
    /// a new fragment preceded by a new init segment if the configuration changed.
    pub fn set_video_track(&mut self, video: VideoTrack) {
        if self.video.as_ref() != Some(&video) {
            crate::logging::log_debug!(target: LOG_TARGET, "video track {}x{}", video.width, video.height);
            self.video = Some(video);
        }
    }

    /// The video configuration that applies to the next IDR picture.
    pub fn video_track(&self) -> Option<&VideoTrack> {
        self.video.as_ref()
    }

    /// Sets (or removes) the audio configuration; it is declared in the init segment written
    /// before the next fragment.
    pub fn set_audio_track(&mut self, audio: Option<AudioTrack>) {
        if self.audio != audio {
            crate::logging::log_debug!(target: LOG_TARGET, "audio track {:?}", audio.as_ref().map(|a| (a.sample_rate, a.channels)));
            self.audio = audio;
        }
    }

    /// Adds a video access unit. Returns what became ready: when `frame` is an IDR picture
    /// that closes the current fragment, that fragment (preceded by an init segment if it is
    /// the first or the configuration changed).
    pub fn push_video(&mut self, mut frame: VideoFrame<P>) -> Result<Vec<Output<P>>, Fmp4Error> {
        frame.pts = frame.pts.saturating_add(self.offset);
        frame.dts = frame.dts.saturating_add(self.offset);
        if !in_range(frame.pts) || !in_range(frame.dts) {
            return Err(Fmp4Error::TimestampOutOfRange(frame.dts));
        }
        self.ended = false;
        let mut outputs = Vec::new();
        if let Some(previous) = self.last_dts
            && frame.dts < previous
        {
            // Timestamps went back (a source restarted, a flushing seek): rather than fail,
            // restart from the next clean IDR picture as if it followed the last picture, so
            // that the fragments keep a continuous timeline (field notes pitfalls 20, 22).
            if !frame.sync {
                crate::logging::log_warn!(target: LOG_TARGET, "decode time went back to {} ns (last {previous} ns): dropping pictures until an IDR picture", frame.dts);
                return Ok(outputs);
            }
            let end = previous.saturating_add(self.last_duration);
            if !self.gop.is_empty() {
                outputs.extend(self.close_fragment(end)?);
            }
            let shift = end - frame.dts;
            crate::logging::log_info!(target: LOG_TARGET, "decode time went back to {} ns (last {previous} ns): restarting at this IDR picture, shifted by {shift} ns", frame.dts);
            self.offset = self.offset.saturating_add(shift);
            frame.pts = frame.pts.saturating_add(shift);
            frame.dts = end;
        }
        if frame.sync {
            if self.video.is_none() {
                return Err(Fmp4Error::MissingParameterSets);
            }
            let mut last_gop = None;
            if let Some(previous) = self.last_sync_dts
                && let Ok(gop) = u64::try_from(frame.dts - previous)
            {
                let gop = gop.min(MAX_FRAGMENT_DURATION);
                self.longest_gop = Some(self.longest_gop.map_or(gop, |l| l.max(gop)));
                last_gop = Some(gop);
            }
            self.last_sync_dts = Some(frame.dts);
            if let (Some(first), Some(last_dts)) = (self.gop.first(), self.last_dts) {
                // Half a frame interval of tolerance, so that timestamp jitter of a live
                // source (a 4 s GOP measured as 3.999 s) cannot double a fragment.
                let tolerance = (frame.dts - last_dts) / 2;
                let exact = u64::try_from(frame.dts - first.dts).unwrap_or(0);
                let elapsed = exact + u64::try_from(tolerance).unwrap_or(0);
                let duration = self.fragment_duration.min(MAX_FRAGMENT_DURATION);
                let config_changed = self.gop_video != self.video;
                // The same tolerance: jittery 1 s GOPs still fill a 4 s fragment.
                let next_would_exceed = self.duration_is_limit
                    && last_gop.is_some_and(|gop| {
                        exact + gop > duration + u64::try_from(tolerance).unwrap_or(0)
                    });
                if config_changed || elapsed >= duration || next_would_exceed {
                    outputs.extend(self.close_fragment(frame.dts)?);
                }
            }
            if self.gop.is_empty() {
                self.gop_video = self.video.clone();
                if self.origin.is_none() {
                    // Presentation starts at 0 with the first picture; decode times count
                    // from its decode time, so B-frame reordering gives negative composition
                    // offsets (signed, trun version 1) rather than a shifted timeline.
                    self.origin = Some(Origin {
                        dts: frame.dts,
                        pts: frame.pts.max(frame.dts),
                    });
                    self.audio_queue.retain(|a| a.pts >= frame.pts);
                }
            }
            self.gop_last_sync = self.gop.len();
        } else if self.gop.is_empty() {
            crate::logging::log_debug!(target: LOG_TARGET, "dropping picture at {} ns before the first IDR", frame.pts);
            return Ok(outputs);
        } else {
            let last_sync = self.gop_last_sync;
            let last_sync_dts = self.gop.get(last_sync).map_or(frame.dts, |f| f.dts);
            if frame.dts - last_sync_dts > MAX_GOP_DURATION {
                // A GOP without end: what precedes its IDR picture leaves as a fragment, the
                // GOP itself is dropped.
                if last_sync > 0 {
                    outputs.extend(self.close_first(last_sync, last_sync_dts)?);
                }
                crate::logging::log_warn!(
                    target: LOG_TARGET,
                    "no IDR picture for {} s: dropping {} pictures until the next one",
                    MAX_GOP_DURATION / 1_000_000_000,
                    self.gop.len()
                );
                self.gop.clear();
                self.gop_last_sync = 0;
                self.audio_queue.retain(|a| a.pts >= frame.pts);
                return Ok(outputs);
            }
            if last_sync > 0
                && self
                    .gop
                    .first()
                    .is_some_and(|first| frame.dts - first.dts > MAX_GOP_DURATION)
            {
                // The fragment would hold more than the guard: it closes at its last IDR
                // picture, before reaching the fragment duration.
                crate::logging::log_info!(
                    target: LOG_TARGET,
                    "fragment longer than {} s: closing it at its last IDR picture",
                    MAX_GOP_DURATION / 1_000_000_000
                );
                outputs.extend(self.close_first(last_sync, last_sync_dts)?);
            }
        }
        if let Some(previous) = self.last_dts {
            self.last_duration = frame.dts - previous;
        }
        if let Some(duration) = frame.duration.and_then(|d| i64::try_from(d).ok()) {
            self.last_duration = duration;
        }
        self.last_dts = Some(frame.dts);
        self.gop.push(frame);
        Ok(outputs)
    }

    /// Adds an AAC frame. Audio never holds video back: it waits here until the fragment
    /// covering its time is closed by the video, and a fragment leaves with whatever audio
    /// has arrived by then.
    ///
    /// The queue is bounded: before the first picture, to the latest
    /// `MAX_AUDIO_BEFORE_VIDEO` frames; then a frame more than [`MAX_FRAGMENT_DURATION`] ahead
    /// of the end of the video (video stalled), or beyond `MAX_AUDIO_QUEUE` frames, is dropped
    /// with a warning; after [`Self::finish`], until the next picture, nothing is queued.
    pub fn push_audio(&mut self, mut frame: AudioFrame<P>) {
        frame.pts = frame.pts.saturating_add(self.offset);
        if !in_range(frame.pts) {
            crate::logging::log_warn!(target: LOG_TARGET, "dropping audio at {} ns: out of range", frame.pts);
            return;
        }
        if self.ended {
            crate::logging::log_trace!(target: LOG_TARGET, "dropping audio at {} ns after the end of the video", frame.pts);
            return;
        }
        match (self.origin, self.video_end()) {
            (Some(origin), _) if frame.pts < origin.pts => {
                crate::logging::log_trace!(target: LOG_TARGET, "dropping audio at {} ns before the first picture", frame.pts);
                return;
            }
            (Some(_), Some(video_end)) => {
                let ahead = frame.pts.saturating_sub(video_end);
                if ahead > MAX_GOP_DURATION || self.audio_queue.len() >= MAX_AUDIO_QUEUE {
                    if !self.dropping_audio {
                        crate::logging::log_warn!(
                            target: LOG_TARGET,
                            "dropping audio at {} ns: {} ms ahead of the video, {} frames queued",
                            frame.pts,
                            ahead / 1_000_000,
                            self.audio_queue.len()
                        );
                    }
                    self.dropping_audio = true;
                    return;
                }
                if self.dropping_audio {
                    crate::logging::log_info!(target: LOG_TARGET, "queueing audio again from {} ns", frame.pts);
                    self.dropping_audio = false;
                }
            }
            _ => {
                if self.audio_queue.len() >= MAX_AUDIO_BEFORE_VIDEO {
                    self.audio_queue.pop_front();
                }
            }
        }
        self.audio_queue.push_back(frame);
    }

    /// Presentation time at which the last picture taken ends (ns, after `offset`).
    fn video_end(&self) -> Option<i64> {
        let (origin, last_dts) = (self.origin?, self.last_dts?);
        Some(
            last_dts
                .saturating_add(self.last_duration)
                .saturating_add(origin.pts - origin.dts),
        )
    }

    /// Closes the last, partial fragment (at end of stream).
    pub fn finish(&mut self) -> Result<Vec<Output<P>>, Fmp4Error> {
        let Some(last) = self.gop.last() else {
            return Ok(Vec::new());
        };
        let spacing = match self.gop.len() {
            n if n >= 2 => self
                .gop
                .get(n - 2)
                .map(|p| u64::try_from(last.dts - p.dts).unwrap_or(0)),
            _ => None,
        };
        let duration = last.duration.or(spacing).unwrap_or(0);
        let end = last
            .dts
            .saturating_add(i64::try_from(duration).unwrap_or(0));
        let outputs = self.close_fragment(end)?;
        if !self.audio_queue.is_empty() {
            crate::logging::log_debug!(target: LOG_TARGET, "dropping {} audio frames after the last picture", self.audio_queue.len());
            self.audio_queue.clear();
        }
        self.ended = true;
        Ok(outputs)
    }

    /// Drops everything buffered. Sequence numbers and the timeline are kept: the next IDR
    /// picture continues the stream, after the last one if timestamps went back. See
    /// [`Self::restart`] for a new timeline.
    pub fn flush(&mut self) {
        self.gop.clear();
        self.gop_last_sync = 0;
        self.audio_queue.clear();
        self.ended = false;
    }

    /// Drops everything buffered and starts a new timeline (after a flushing seek): the next
    /// IDR picture gets decode and presentation time 0 behind a fresh init segment, audio
    /// times count from it too. The track configurations, the fragment duration, the longest
    /// GOP and the `mfhd` sequence numbers (which continue) are kept.
    pub fn restart(&mut self) {
        self.flush();
        self.written = None;
        self.gop_video = None;
        self.origin = None;
        self.last_dts = None;
        self.last_duration = 0;
        self.offset = 0;
        self.next_audio_time = None;
        self.last_sync_dts = None;
        self.dropping_audio = false;
    }

    /// Drops the queued audio (the audio input was flushed).
    pub fn flush_audio(&mut self) {
        self.audio_queue.clear();
        self.dropping_audio = false;
    }

    /// The longest GOP seen (ns, from one IDR picture to the next, at most
    /// [`MAX_FRAGMENT_DURATION`]); `None` before the second IDR picture. A fragment leaves
    /// at the first IDR picture at or after the fragment duration, so the video it holds
    /// lasts up to the fragment duration plus one GOP.
    pub fn longest_gop(&self) -> Option<u64> {
        self.longest_gop
    }

    /// True when the buffered audio reaches the end of the buffered video, or when there is
    /// nothing to wait for (no audio track, no video). At end of stream a caller may wait a
    /// little for this, so that the last fragment gets its audio.
    pub fn audio_covers_video(&self) -> bool {
        let (Some(video_end), Some(_)) = (self.video_end(), &self.audio) else {
            return true;
        };
        if self.gop.is_empty() {
            return true;
        }
        self.audio_queue.back().is_some_and(|a| {
            let duration = a.duration.and_then(|d| i64::try_from(d).ok()).unwrap_or(0);
            a.pts.saturating_add(duration) >= video_end
        })
    }

    /// Number of buffered video access units.
    pub fn buffered_video(&self) -> usize {
        self.gop.len()
    }

    /// Number of queued audio frames.
    pub fn buffered_audio(&self) -> usize {
        self.audio_queue.len()
    }

    /// Closes the current GOP at decode time `end_dts` (the next IDR picture's decode time).
    fn close_fragment(&mut self, end_dts: i64) -> Result<Vec<Output<P>>, Fmp4Error> {
        self.close_first(self.gop.len(), end_dts)
    }

    /// Closes a fragment made of the first `count` buffered pictures, at decode time `end_dts`
    /// (the decode time of the picture after them); the others stay buffered.
    fn close_first(&mut self, count: usize, end_dts: i64) -> Result<Vec<Output<P>>, Fmp4Error> {
        let (Some(origin), Some(video)) = (self.origin, self.gop_video.clone()) else {
            return Ok(Vec::new());
        };
        let mut outputs = Vec::with_capacity(2);
        // What the init segment declares about audio (field notes pitfall 18, reference §16
        // #22): the audio track is declared when its configuration is known as the first
        // fragment leaves, a whole fragment after the first picture, which leaves audio time
        // to start without ever holding video back. An audio pad that never delivers caps
        // gives a video-only init segment: whether hubs need an audio track is unknown, and
        // HAP-NodeJS omits the track when recording audio is off, so we do not invent a
        // silent one. Audio caps that arrive later produce a new init segment before the
        // next fragment. Audio that stalls after its caps keeps the track declared, and the
        // fragments of the stall simply have no audio `traf` (a track fragment is optional).
        let init = InitSegment {
            video,
            audio: self.audio.clone(),
        };
        if self.written.as_ref() != Some(&init) {
            outputs.push(Output::Init(write_init_segment(&init)?, init.clone()));
            self.written = Some(init.clone());
        }

        let gop: Vec<VideoFrame<P>> = if count >= self.gop.len() {
            std::mem::take(&mut self.gop)
        } else {
            self.gop.drain(..count).collect()
        };
        self.gop_last_sync = self.gop_last_sync.saturating_sub(gop.len());
        let video_run = video_run(&gop, origin, end_dts)?;
        // Audio up to the presentation time at which the next fragment's first picture shows.
        let cut = end_dts.saturating_add(origin.pts - origin.dts);
        let audio_frames: Vec<AudioFrame<P>> =
            match self.audio_queue.iter().position(|a| a.pts >= cut) {
                Some(n) => self.audio_queue.drain(..n).collect(),
                None => self.audio_queue.drain(..).collect(),
            };
        let audio_run = match &init.audio {
            Some(audio) if !audio_frames.is_empty() => {
                Some(self.audio_run(&audio_frames, audio.sample_rate, origin)?)
            }
            _ => None,
        };
        let audio_frames = if audio_run.is_some() {
            audio_frames
        } else {
            if !audio_frames.is_empty() {
                crate::logging::log_debug!(target: LOG_TARGET, "dropping {} audio frames: no audio track declared", audio_frames.len());
            }
            Vec::new()
        };

        self.sequence_number = self.sequence_number.wrapping_add(1);
        let mut runs = vec![video_run];
        runs.extend(audio_run);
        let header = write_fragment_header(self.sequence_number, &runs)?;
        crate::logging::log_debug!(
            target: LOG_TARGET,
            "fragment {}: {} pictures from {} ns, {} audio frames, tfdt {}",
            self.sequence_number,
            gop.len(),
            gop.first().map_or(0, |f| f.pts),
            audio_frames.len(),
            runs[0].base_decode_time
        );
        let (pts, dts) = gop.first().map_or((0, 0), |f| (f.pts, f.dts));
        let video_samples = gop.len();
        let mut samples: Vec<P> = gop.into_iter().map(|f| f.payload).collect();
        samples.extend(audio_frames.into_iter().map(|f| f.payload));
        outputs.push(Output::Fragment(Fragment {
            sequence_number: self.sequence_number,
            header,
            samples,
            video_samples,
            pts,
            dts,
            duration: u64::try_from(end_dts - dts).unwrap_or(0),
        }));
        Ok(outputs)
    }

    fn audio_run(
        &mut self,
        frames: &[AudioFrame<P>],
        rate: u32,
        origin: Origin,
    ) -> Result<TrackRun, Fmp4Error> {
        let mut times = Vec::with_capacity(frames.len());
        let mut nominal = Vec::with_capacity(frames.len());
        let mut expected = self.next_audio_time;
        for frame in frames {
            let raw = u64::try_from(to_ticks(frame.pts - origin.pts, rate)).unwrap_or(0);
            let duration = frame.duration.map_or(AAC_FRAME_SAMPLES, |d| {
                to_ticks(i64::try_from(d).unwrap_or(0), rate).max(1) as u64
            });
            // Within half a frame of where the previous frame ended (or overlapping it), the
            // frame is taken as contiguous, so rounding never makes gaps; a larger gap (audio
            // stalled) stretches the previous frame in this run, or moves the next tfdt.
            let time = match expected {
                Some(e) if raw < e + duration / 2 => e,
                _ => raw,
            };
            times.push(time);
            nominal.push(duration);
            expected = Some(time + duration);
        }
        self.next_audio_time = expected;
        let mut samples = Vec::with_capacity(frames.len());
        for (i, frame) in frames.iter().enumerate() {
            let duration = match times.get(i + 1) {
                Some(next) => next - times[i],
                None => nominal[i],
            };
            samples.push(SampleInfo {
                duration: u32::try_from(duration).map_err(|_| Fmp4Error::FragmentTooBig)?,
                size: frame.size,
                sync: true,
                composition_offset: 0,
            });
        }
        Ok(TrackRun {
            track_id: AUDIO_TRACK_ID,
            base_decode_time: times.first().copied().unwrap_or(0),
            samples,
        })
    }
}

/// The video `trun` of a GOP that ends at decode time `end_dts`.
fn video_run<P>(
    gop: &[VideoFrame<P>],
    origin: Origin,
    end_dts: i64,
) -> Result<TrackRun, Fmp4Error> {
    // Decode times in ticks from the origin; durations are their differences, so rounding
    // never accumulates and each tfdt is exactly the previous tfdt plus the durations.
    let decode = |dts: i64| to_ticks(dts - origin.dts, VIDEO_TIMESCALE);
    let mut samples = Vec::with_capacity(gop.len());
    for (i, frame) in gop.iter().enumerate() {
        let start = decode(frame.dts);
        let end = decode(gop.get(i + 1).map_or(end_dts, |next| next.dts));
        let presentation = to_ticks(frame.pts - origin.pts, VIDEO_TIMESCALE);
        samples.push(SampleInfo {
            duration: u32::try_from(end - start).map_err(|_| Fmp4Error::FragmentTooBig)?,
            size: frame.size,
            sync: frame.sync,
            composition_offset: i32::try_from(presentation - start)
                .map_err(|_| Fmp4Error::FragmentTooBig)?,
        });
    }
    let base = gop.first().map_or(0, |f| decode(f.dts));
    Ok(TrackRun {
        track_id: VIDEO_TRACK_ID,
        base_decode_time: u64::try_from(base).unwrap_or(0),
        samples,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fmp4::avc::{tests::config, video_track};
    use crate::fmp4::testutil::{children, find, u32_at, u64_at};

    const FRAME: i64 = 33_333_333;

    /// Frame `n` at 30 fps, timestamps rounded as GStreamer's.
    fn frame(n: i64, sync: bool) -> VideoFrame<i64> {
        let pts = n * 1_000_000_000 / 30;
        VideoFrame {
            pts,
            dts: pts,
            duration: Some(FRAME as u64),
            sync,
            size: 10,
            payload: n,
        }
    }

    fn audio(n: i64) -> AudioFrame<i64> {
        // 1024 samples at 32 kHz = 32 ms.
        AudioFrame {
            pts: n * 32_000_000,
            duration: Some(32_000_000),
            size: 4,
            payload: -n,
        }
    }

    fn aac() -> AudioTrack {
        AudioTrack {
            sample_rate: 32000,
            channels: 1,
            audio_specific_config: vec![0x12, 0x88],
        }
    }

    fn fragmenter(duration_ms: u64) -> Fragmenter<i64> {
        let mut f = Fragmenter::new(duration_ms * 1_000_000);
        f.set_video_track(video_track(&config()).unwrap());
        f
    }

    /// Pushes frames `range` with an IDR every `gop` frames and collects the outputs.
    fn push(f: &mut Fragmenter<i64>, range: std::ops::Range<i64>, gop: i64) -> Vec<Output<i64>> {
        range
            .flat_map(|n| f.push_video(frame(n, n % gop == 0)).unwrap())
            .collect()
    }

    #[test]
    fn a_duration_limit_keeps_fragments_within_it() {
        // 3 s GOPs and 4 s fragments: a minimum makes 6 s fragments, a limit 3 s ones.
        let mut at_least = fragmenter(4000);
        let long = fragments(&push(&mut at_least, 0..400, 90))
            .iter()
            .map(|f| f.video_samples)
            .collect::<Vec<_>>();
        assert_eq!(long, [180, 180]);
        let mut at_most = fragmenter(4000);
        at_most.set_duration_is_limit(true);
        let short = fragments(&push(&mut at_most, 0..400, 90))
            .iter()
            .map(|f| f.video_samples)
            .collect::<Vec<_>>();
        assert_eq!(short, [90, 90, 90, 90]);
        // 1 s GOPs fill a 4 s fragment exactly either way.
        let mut exact = fragmenter(4000);
        exact.set_duration_is_limit(true);
        let four = fragments(&push(&mut exact, 0..250, 30))
            .iter()
            .map(|f| f.video_samples)
            .collect::<Vec<_>>();
        assert_eq!(four, [120, 120]);
    }

    fn fragments(outputs: &[Output<i64>]) -> Vec<&Fragment<i64>> {
        outputs
            .iter()
            .filter_map(|o| match o {
                Output::Fragment(f) => Some(f),
                _ => None,
            })
            .collect()
    }

    fn trafs(fragment: &Fragment<i64>) -> Vec<&[u8]> {
        let moof = find(&fragment.header[..fragment.header.len() - 8], &["moof"], 0);
        children(moof)
            .into_iter()
            .filter(|(f, _)| f == b"traf")
            .map(|(_, b)| b)
            .collect()
    }

    fn tfdt(traf: &[u8]) -> u64 {
        u64_at(find(traf, &["tfdt"], 0), 4)
    }

    fn durations(traf: &[u8]) -> u64 {
        let trun = find(traf, &["trun"], 0);
        let flags = u32_at(trun, 0) & 0xffffff;
        let count = u32_at(trun, 4) as usize;
        let mut pos = 12 + if flags & 0x4 != 0 { 4 } else { 0 };
        let stride =
            8 + if flags & 0x400 != 0 { 4 } else { 0 } + if flags & 0x800 != 0 { 4 } else { 0 };
        let mut total = 0;
        for _ in 0..count {
            total += u64::from(u32_at(trun, pos));
            pos += stride;
        }
        total
    }

    #[test]
    fn fragments_close_at_the_first_idr_after_the_duration() {
        let mut f = fragmenter(2000);
        // IDR every second (30 frames), 2 s fragments, 5 s of video.
        let mut out = push(&mut f, 0..150, 30);
        out.extend(f.finish().unwrap());
        assert!(matches!(out[0], Output::Init(..)));
        assert_eq!(
            out.iter().filter(|o| matches!(o, Output::Init(..))).count(),
            1
        );
        let frags = fragments(&out);
        let counts: Vec<usize> = frags.iter().map(|f| f.samples.len()).collect();
        assert_eq!(counts, [60, 60, 30], "EOS flushes the partial fragment");
        let seqs: Vec<u32> = frags.iter().map(|f| f.sequence_number).collect();
        assert_eq!(seqs, [1, 2, 3]);
        assert_eq!(frags[1].samples[0], 60, "starts with the IDR");
        let mut next = 0;
        for fragment in &frags {
            let traf = trafs(fragment)[0];
            assert_eq!(tfdt(traf), next, "tfdt continuous");
            next += durations(traf);
        }
        assert_eq!(next, 150 * 3000);
    }

    #[test]
    fn zero_duration_closes_at_every_idr_and_drops_leading_non_idr() {
        let mut f = fragmenter(0);
        let out: Vec<_> = (5..100)
            .flat_map(|n| f.push_video(frame(n, n % 30 == 0)).unwrap())
            .collect();
        let counts: Vec<usize> = fragments(&out).iter().map(|f| f.samples.len()).collect();
        assert_eq!(
            counts,
            [30, 30],
            "frames 5..30 are dropped; 90..100 still buffered"
        );
        assert_eq!(f.buffered_video(), 10);
    }

    #[test]
    fn b_frames_get_signed_composition_offsets() {
        let mut f = fragmenter(1000);
        // Decode order I P B B P B B ...; DTS runs two frames behind presentation.
        let order = [0i64, 3, 1, 2, 6, 4, 5];
        for (i, &p) in order.iter().enumerate() {
            let v = VideoFrame {
                pts: p * FRAME,
                dts: (i as i64 - 2) * FRAME,
                duration: Some(FRAME as u64),
                sync: i == 0,
                size: 1,
                payload: p,
            };
            assert!(f.push_video(v).unwrap().is_empty());
        }
        let out = f.finish().unwrap();
        let trun = find(trafs(fragments(&out)[0])[0], &["trun"], 0);
        assert_eq!(trun[0], 1, "trun version 1");
        let offsets: Vec<i32> = (0..7)
            .map(|i| u32_at(trun, 16 + i * 12 + 8) as i32)
            .collect();
        // presentation - decode, both counted from the first picture: I at 0/0.
        assert_eq!(offsets, [0, 6000, -3000, -3000, 6000, -3000, -3000]);
    }

    #[test]
    fn configuration_change_closes_the_fragment_and_writes_a_new_init() {
        let mut f = fragmenter(4000);
        let mut out = push(&mut f, 0..45, 30);
        let mut other = f.video_track().unwrap().clone();
        other.width = 640;
        f.set_video_track(other);
        out.extend(push(&mut f, 45..70, 15));
        out.extend(f.finish().unwrap());
        let kinds: Vec<&str> = out
            .iter()
            .map(|o| match o {
                Output::Init(..) => "init",
                Output::Fragment(_) => "frag",
            })
            .collect();
        assert_eq!(kinds, ["init", "frag", "init", "frag"]);
        let widths: Vec<u16> = out
            .iter()
            .filter_map(|o| match o {
                Output::Init(_, i) => Some(i.video.width),
                _ => None,
            })
            .collect();
        assert_eq!(widths, [320, 640]);
        assert_eq!(
            fragments(&out)[0].samples.len(),
            45,
            "closed early at the new configuration"
        );
    }

    #[test]
    fn a_gop_without_end_is_dropped_instead_of_growing() {
        let mut f = fragmenter(1000);
        // One IDR picture, then 61 s of P pictures.
        assert!(push(&mut f, 0..1831, 100_000).is_empty());
        assert_eq!(f.buffered_video(), 0, "dropped after 60 s");
        // The next IDR picture starts over.
        let out = push(&mut f, 1900..2030, 100);
        assert_eq!(
            fragments(&out)
                .iter()
                .map(|f| f.samples.len())
                .sum::<usize>(),
            100
        );
        assert_eq!(f.buffered_video(), 30);
    }

    #[test]
    fn a_long_fragment_closes_at_its_last_idr_instead_of_being_dropped() {
        // 50 s fragments and an IDR picture every 35 s: the fragment reaches the 60 s guard
        // while its last GOP is only 25 s old, so it closes at that IDR picture and no
        // picture is lost.
        let mut f = fragmenter(50_000);
        let mut out = push(&mut f, 0..2200, 1050);
        out.extend(f.finish().unwrap());
        let frags = fragments(&out);
        let counts: Vec<usize> = frags.iter().map(|f| f.samples.len()).collect();
        assert_eq!(counts, [1050, 1150]);
        assert_eq!(
            frags[1].samples[0], 1050,
            "the second one starts at the IDR"
        );
        let mut next = 0;
        for fragment in &frags {
            let traf = trafs(fragment)[0];
            assert_eq!(tfdt(traf), next, "tfdt continuous");
            next += durations(traf);
        }
        assert_eq!(next, 2200 * 3000);
    }

    #[test]
    fn restart_starts_a_new_timeline_behind_a_fresh_init() {
        let mut f = fragmenter(1000);
        assert_eq!(f.longest_gop(), None);
        let first = push(&mut f, 0..45, 30);
        assert_eq!(f.longest_gop(), Some(1_000_000_000));
        // A flushing seek: the buffered pictures go, the source starts again from 0.
        f.restart();
        assert_eq!(f.buffered_video(), 0);
        let mut out = push(&mut f, 0..31, 30);
        out.extend(f.finish().unwrap());
        assert!(matches!(out[0], Output::Init(..)), "a fresh init segment");
        let frags = fragments(&out);
        assert_eq!(frags.len(), 2);
        assert_eq!(frags[0].samples.len(), 30);
        assert_eq!(
            frags[0].sequence_number,
            fragments(&first)[0].sequence_number + 1,
            "sequence numbers continue"
        );
        assert_eq!((frags[0].pts, frags[0].dts), (0, 0));
        assert_eq!(tfdt(trafs(frags[0])[0]), 0, "decode times start again");
        assert_eq!(f.longest_gop(), Some(1_000_000_000), "kept");
    }

    #[test]
    fn audio_far_ahead_of_the_video_is_dropped_not_queued() {
        let mut f = fragmenter(1000);
        f.set_audio_track(Some(aac()));
        // The video starts (the first fragment closes at frame 30), then stalls while
        // 120 s of audio keep coming.
        assert_eq!(fragments(&push(&mut f, 0..31, 30)).len(), 1);
        (0..3750).for_each(|n| f.push_audio(audio(n)));
        // Audio up to the guard duration after the end of the video (1.033 s + 60 s) is
        // kept, the rest is dropped.
        let kept = f.buffered_audio();
        assert!((1900..=1910).contains(&kept), "{kept} audio frames queued");
        // The video resumes: the audio next to it is muxed with it.
        let mut out = push(&mut f, 31..61, 30);
        let frags = fragments(&out);
        assert_eq!(frags.len(), 1);
        let audio_samples = frags[0].samples.len() - frags[0].video_samples;
        assert_eq!(
            audio_samples, 63,
            "the queued audio up to the fragment end (2 s)"
        );
        // After the end of the stream no audio is queued at all.
        out = f.finish().unwrap();
        assert_eq!(fragments(&out).len(), 1);
        (3750..3800).for_each(|n| f.push_audio(audio(n)));
        assert_eq!(f.buffered_audio(), 0);
    }

    #[test]
    fn absurd_timestamps_are_an_error_not_an_overflow() {
        let mut f = fragmenter(0);
        let mut v = frame(0, true);
        v.dts = i64::MIN;
        assert_eq!(
            f.push_video(v),
            Err(Fmp4Error::TimestampOutOfRange(i64::MIN))
        );
        f.push_audio(AudioFrame {
            pts: i64::MAX,
            duration: None,
            size: 1,
            payload: 0,
        });
        f.push_video(frame(0, true)).unwrap();
        let out = f.finish().unwrap();
        assert_eq!(
            fragments(&out)[0].samples,
            [0],
            "the absurd audio frame was dropped"
        );
    }

    #[test]
    fn audio_covers_video_once_it_reaches_the_last_picture() {
        let mut f = fragmenter(1000);
        assert!(f.audio_covers_video(), "nothing to wait for");
        push(&mut f, 0..30, 30);
        assert!(f.audio_covers_video(), "no audio track");
        f.set_audio_track(Some(aac()));
        assert!(!f.audio_covers_video());
        // Video ends at 1 s; audio frame 31 ends at 1.024 s.
        (0..31).for_each(|n| f.push_audio(audio(n)));
        assert!(!f.audio_covers_video());
        f.push_audio(audio(31));
        assert!(f.audio_covers_video());
    }

    #[test]
    fn missing_parameter_sets_is_an_error() {
        let mut f: Fragmenter<i64> = Fragmenter::new(0);
        assert_eq!(
            f.push_video(frame(0, true)),
            Err(Fmp4Error::MissingParameterSets)
        );
    }

    #[test]
    fn timestamps_going_back_restart_at_the_next_idr_with_a_continuous_timeline() {
        let mut f = fragmenter(1000);
        let mut out = push(&mut f, 0..45, 30);
        // The source restarts from 0: pictures until its first IDR are dropped, then the
        // stream continues right after the last picture taken.
        out.extend(f.push_video(frame(10, false)).unwrap());
        out.extend(push(&mut f, 0..61, 30));
        out.extend(f.finish().unwrap());
        let frags = fragments(&out);
        let counts: Vec<usize> = frags.iter().map(|f| f.samples.len()).collect();
        assert_eq!(counts, [30, 15, 30, 30, 1]);
        let mut next = 0;
        for fragment in &frags {
            let traf = trafs(fragment)[0];
            assert_eq!(tfdt(traf), next, "tfdt continuous across the restart");
            next += durations(traf);
        }
        assert_eq!(next, 106 * 3000);
    }

    #[test]
    fn audio_is_interleaved_by_time_and_its_tfdt_runs_on() {
        let mut f = fragmenter(1000);
        f.set_audio_track(Some(aac()));
        let mut out = Vec::new();
        let mut next_audio = 0;
        for n in 0..90 {
            out.extend(f.push_video(frame(n, n % 30 == 0)).unwrap());
            while next_audio * 32_000_000 < (n + 1) * FRAME {
                f.push_audio(audio(next_audio));
                next_audio += 1;
            }
        }
        out.extend(f.finish().unwrap());
        let frags = fragments(&out);
        assert_eq!(frags.len(), 3);
        let mut expected = 0;
        let mut total = 0;
        for fragment in &frags {
            let t = trafs(fragment);
            assert_eq!(t.len(), 2);
            assert_eq!(tfdt(t[1]), expected, "audio tfdt continuous");
            expected += durations(t[1]);
            total += fragment.samples.len() - fragment.video_samples;
            // Audio payloads follow the video ones and stay within the fragment's time.
            let first_audio = -fragment.samples[fragment.video_samples];
            assert!((first_audio * 32_000_000 - fragment.pts).abs() < 32_000_000);
        }
        assert_eq!(
            total, 94,
            "audio up to the last picture's end (3 s / 32 ms)"
        );
    }

    #[test]
    fn stalled_audio_never_holds_video_back() {
        let mut f = fragmenter(1000);
        f.set_audio_track(Some(aac()));
        let mut out = Vec::new();
        for n in 0..150 {
            out.extend(f.push_video(frame(n, n % 30 == 0)).unwrap());
            // Audio for the first second only, then nothing.
            if n < 30 {
                f.push_audio(audio(n * FRAME / 32_000_000));
            }
        }
        let frags = fragments(&out);
        assert_eq!(frags.len(), 4, "every GOP left on time");
        assert_eq!(trafs(frags[0]).len(), 2);
        assert!(
            frags[1..].iter().all(|f| trafs(f).len() == 1),
            "no audio traf while audio stalls"
        );
        // Audio resumes at 4.5 s: its tfdt says so, it does not pretend to be contiguous.
        f.push_audio(audio(140));
        let out = f.finish().unwrap();
        let t = trafs(fragments(&out)[0]);
        assert_eq!(tfdt(t[1]), 140 * 1024);
    }

    #[test]
    fn audio_caps_arriving_late_add_the_track_with_a_new_init() {
        let mut f = fragmenter(1000);
        let mut out = push(&mut f, 0..31, 30);
        let Output::Init(_, first) = &out[0] else {
            unreachable!()
        };
        assert!(
            first.audio.is_none(),
            "no audio caps yet: the first init declares video only"
        );
        f.set_audio_track(Some(aac()));
        f.push_audio(audio(32));
        out = push(&mut f, 31..61, 30);
        let Output::Init(_, second) = &out[0] else {
            unreachable!()
        };
        assert!(second.audio.is_some());
        assert_eq!(trafs(fragments(&out)[0]).len(), 2);
    }
}
