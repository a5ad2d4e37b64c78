//! One recording stream (`dataSend` of type `ipcamera.recording`, reference §12.7): the
//! prebuffer and live media of a [`Feed`] through a fresh [`Fragmenter`] with the hub's
//! fragment length, into numbered segments (1 = the initialization segment, then one per
//! fragment), and when and why it ends. No I/O here: the connection task sends what this
//! returns.

use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use crate::fmp4::{Fragmenter, Output};
use crate::hds::datasend::DataType;
use crate::recording::{Feed, FeedEvent, MediaItem, Sample, SelectedRecordingConfiguration};

/// After `MotionDetected` goes false the hub closes the stream once the fragment in progress
/// is done (§12.7, §12.8); if it has not after one more fragment length and this margin,
/// the accessory ends the recording itself.
const END_MARGIN: Duration = Duration::from_secs(2);
/// How long the accessory waits for the hub's `ack` or `close` after marking the end of
/// stream; then the stream is released (HAP-NodeJS force-closes after 12 s, §12.7).
pub const ACK_TIMEOUT: Duration = Duration::from_secs(12);
/// A recording whose source delivers no picture for this long ends (the source stalled,
/// stopped or failed). Shorter stalls do not end the event (field notes pitfall 22): the
/// fragmenter resumes at the next IDR picture.
pub const STALL_TIMEOUT: Duration = Duration::from_secs(10);

/// A segment to send: its type, data sequence number and bytes.
pub(super) struct Segment {
    pub data_type: DataType,
    pub sequence: i64,
    pub bytes: Vec<u8>,
    /// Pictures in it (0 for the initialization segment).
    pub pictures: usize,
    /// Duration of its video (ns).
    pub duration_ns: u64,
}

/// Why the accessory ends a recording, with the end-of-stream mark, itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum EndCause {
    /// Motion ended and the hub did not close.
    MotionEnded,
    /// The recording reached its maximum duration.
    MaxDuration(Duration),
    /// The pipeline ended.
    EndOfStream,
    /// The video configuration changed; one recording has one initialization segment.
    ConfigurationChanged,
    /// No picture arrived for this long.
    SourceStalled(Duration),
}

impl std::fmt::Display for EndCause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EndCause::MotionEnded => write!(
                f,
                "motion ended and the hub did not close the stream after the next fragment"
            ),
            EndCause::MaxDuration(d) => write!(f, "maximum recording duration {d:?} reached"),
            EndCause::EndOfStream => write!(f, "the pipeline ended (EOS) or stopped"),
            EndCause::ConfigurationChanged => {
                write!(f, "the video configuration changed (resolution or codec)")
            }
            EndCause::SourceStalled(d) => {
                write!(
                    f,
                    "the source delivered no picture for {d:?} (stalled, stopped or failed)"
                )
            }
        }
    }
}

/// What a feed event led to.
pub(super) enum Step {
    /// Segments to send (possibly none).
    Send(Vec<Segment>),
    /// End the recording: send these last segments with the end-of-stream mark.
    End(EndCause, Vec<Segment>),
    /// The feed was cut: the hub does not drain the stream fast enough.
    FellBehind,
}

enum Phase {
    Live,
    /// End of stream sent; waiting for the hub's acknowledgement until then.
    Ended {
        ack_deadline: Instant,
    },
}

/// See the module documentation.
pub(super) struct RecordingStream {
    pub stream_id: i64,
    fragmenter: Fragmenter<Sample>,
    live: mpsc::Receiver<FeedEvent>,
    audio: bool,
    next_sequence: i64,
    init_sent: bool,
    phase: Phase,
    fragment: Duration,
    motion_end: Option<Instant>,
    max_end: Instant,
    max_duration: Duration,
    /// When the last picture arrived (or the recording started).
    last_picture: Instant,
    /// Why the accessory ended the recording, once it did (for the log and the element
    /// message when the hub acknowledges).
    pub end_cause: Option<EndCause>,
    /// Fragments and bytes sent.
    pub fragments: u64,
    pub bytes: u64,
}

impl RecordingStream {
    /// Starts a recording: the fragmenter gets the hub's fragment length and the prebuffer;
    /// returns the stream and the segments ready at once (the init segment and the complete
    /// prebuffered fragments). `audio`: the hub turned recording audio on.
    pub fn start(
        stream_id: i64,
        feed: Feed,
        selection: &SelectedRecordingConfiguration,
        audio: bool,
        motion: bool,
        max_duration: Duration,
    ) -> Result<(Self, Vec<Segment>), EndCause> {
        let fragment = Duration::from_millis(u64::from(selection.fragment_ms.max(1000)));
        let mut fragmenter = Fragmenter::new(duration_ns(fragment));
        // §13.1: a fragment must not be longer than the selected fragment length.
        fragmenter.set_duration_is_limit(true);
        // Reference §13.1, §16 #22, field notes T5 and pitfall 18: whether hubs need an
        // audio track is not established, and peers broke both ways (go2rtc waited up to 5 s
        // for audio; a stalled silent track blocks nothing but must be encoded). With
        // recording audio on and audio in the pipeline, its AAC-LC track goes in; without
        // audio we send video-only fragments at once, as HAP-NodeJS's own example does when
        // audio is off, rather than invent a silent track: nothing waits for audio, and the
        // path stays a pure remux with no encoder. Audio that stalls later leaves fragments
        // without an audio run, which players accept.
        let audio = audio && feed.audio_track.is_some();
        if audio {
            fragmenter.set_audio_track(feed.audio_track.clone());
        }
        let now = Instant::now();
        let mut stream = RecordingStream {
            stream_id,
            fragmenter,
            live: feed.live,
            audio,
            next_sequence: 1,
            init_sent: false,
            phase: Phase::Live,
            fragment,
            motion_end: None,
            max_end: now + max_duration,
            max_duration,
            last_picture: now,
            end_cause: None,
            fragments: 0,
            bytes: 0,
        };
        stream.motion(motion, now);
        let mut segments = Vec::new();
        for item in feed.replay {
            segments.extend(stream.take(item)?);
        }
        Ok((stream, segments))
    }

    /// Whether the audio track is recorded.
    pub fn has_audio(&self) -> bool {
        self.audio
    }

    /// `MotionDetected` changed (or is known at the start).
    pub fn motion(&mut self, detected: bool, now: Instant) {
        self.motion_end = if detected {
            None
        } else {
            self.motion_end
                .or(Some(now + self.fragment + self.fragment + END_MARGIN))
        };
    }

    /// When [`RecordingStream::on_timer`] is due.
    pub fn deadline(&self) -> Instant {
        match self.phase {
            Phase::Live => self
                .motion_end
                .map_or(self.max_end, |m| m.min(self.max_end))
                .min(self.last_picture + STALL_TIMEOUT),
            Phase::Ended { ack_deadline } => ack_deadline,
        }
    }

    /// Whether the end of stream has been sent.
    pub fn ended(&self) -> bool {
        matches!(self.phase, Phase::Ended { .. })
    }

    /// The deadline passed: either the recording must end (with its last segments), or the
    /// hub never acknowledged the end (`Err`).
    pub fn on_timer(&mut self, now: Instant) -> Result<Option<(EndCause, Vec<Segment>)>, ()> {
        match self.phase {
            Phase::Ended { ack_deadline } if now >= ack_deadline => Err(()),
            Phase::Ended { .. } => Ok(None),
            Phase::Live if now < self.deadline() => Ok(None),
            Phase::Live => {
                let cause = if now >= self.max_end {
                    EndCause::MaxDuration(self.max_duration)
                } else if now >= self.last_picture + STALL_TIMEOUT {
                    EndCause::SourceStalled(STALL_TIMEOUT)
                } else {
                    EndCause::MotionEnded
                };
                Ok(Some((cause, self.finish())))
            }
        }
    }

    /// The next live event (`None`: the feed is closed; never while ended).
    pub async fn next_event(&mut self) -> Option<FeedEvent> {
        if self.ended() {
            std::future::pending::<()>().await;
        }
        self.live.recv().await
    }

    /// Takes a live event.
    pub fn on_feed(&mut self, event: Option<FeedEvent>) -> Step {
        let result = match event {
            None => return Step::FellBehind,
            Some(FeedEvent::Media(items)) => {
                if items
                    .iter()
                    .any(|item| matches!(item, MediaItem::Video { .. }))
                {
                    self.last_picture = Instant::now();
                }
                let mut segments = Vec::new();
                let mut result = Ok(());
                for item in items {
                    match self.take(item) {
                        Ok(more) => segments.extend(more),
                        Err(cause) => {
                            result = Err(cause);
                            break;
                        }
                    }
                }
                result.map(|()| segments)
            }
            Some(FeedEvent::AudioTrack(_)) => Ok(Vec::new()),
            Some(FeedEvent::Discontinuity) => {
                // Field notes pitfall 22: a stall or restart of the source does not end the
                // event; the fragmenter continues from the next IDR picture.
                self.fragmenter.flush();
                Ok(Vec::new())
            }
            Some(FeedEvent::EndOfStream) => Err(EndCause::EndOfStream),
        };
        match result {
            Ok(segments) => Step::Send(segments),
            Err(cause) => Step::End(cause, self.finish()),
        }
    }

    /// Marks the end: the last, partial fragment. The caller sends it with the end of stream.
    fn finish(&mut self) -> Vec<Segment> {
        self.phase = Phase::Ended {
            ack_deadline: Instant::now() + ACK_TIMEOUT,
        };
        match self.fragmenter.finish() {
            Ok(outputs) => self.segments(outputs).unwrap_or_default(),
            Err(e) => {
                crate::logging::log_warn!(target: super::LOG, "stream {}: last fragment lost: {e}", self.stream_id);
                Vec::new()
            }
        }
    }

    fn take(&mut self, item: MediaItem) -> Result<Vec<Segment>, EndCause> {
        let outputs = match item {
            MediaItem::Video { frame, track } => {
                if let Some(track) = track {
                    self.fragmenter.set_video_track(track);
                }
                match self.fragmenter.push_video(frame) {
                    Ok(outputs) => outputs,
                    Err(e) => {
                        crate::logging::log_warn!(target: super::LOG, "stream {}: picture dropped: {e}", self.stream_id);
                        Vec::new()
                    }
                }
            }
            MediaItem::Audio(frame) if self.audio => {
                self.fragmenter.push_audio(frame);
                Vec::new()
            }
            MediaItem::Audio(_) => Vec::new(),
        };
        self.segments(outputs)
    }

    fn segments(&mut self, outputs: Vec<Output<Sample>>) -> Result<Vec<Segment>, EndCause> {
        let mut segments = Vec::with_capacity(outputs.len());
        for output in outputs {
            let segment = match output {
                Output::Init(bytes, _) if self.init_sent => {
                    crate::logging::log_warn!(target: super::LOG, "stream {}: new initialization segment ({} bytes) in a running recording", self.stream_id, bytes.len());
                    return Err(EndCause::ConfigurationChanged);
                }
                Output::Init(bytes, _) => {
                    self.init_sent = true;
                    Segment {
                        data_type: DataType::MediaInitialization,
                        sequence: 0,
                        bytes,
                        pictures: 0,
                        duration_ns: 0,
                    }
                }
                Output::Fragment(fragment) => {
                    let size = fragment.header.len()
                        + fragment.samples.iter().map(|s| s.len()).sum::<usize>();
                    let mut bytes = Vec::with_capacity(size);
                    bytes.extend_from_slice(&fragment.header);
                    for sample in &fragment.samples {
                        sample.append_to(&mut bytes);
                    }
                    self.fragments += 1;
                    Segment {
                        data_type: DataType::MediaFragment,
                        sequence: 0,
                        bytes,
                        pictures: fragment.video_samples,
                        duration_ns: fragment.duration,
                    }
                }
            };
            segments.push(segment);
        }
        for segment in &mut segments {
            segment.sequence = self.next_sequence;
            self.next_sequence += 1;
            self.bytes += segment.bytes.len() as u64;
        }
        Ok(segments)
    }
}

fn duration_ns(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}
