// SPDX-License-Identifier: MIT OR Apache-2.0
//! The media path of `hksvsink`: the samples of the inner video and audio sinks become
//! recording items for the core's [`Recorder`] (the prebuffer and the recordings in
//! progress), and their caps become the recording offer (reference §11.1–11.3).
//!
//! Runs on the streaming threads and never blocks on the network: the recorder only queues.
//! Samples are never copied: a recording item holds the buffer (or its memories).

use std::sync::{Arc, Mutex, MutexGuard};

use hksv::fmp4::{AudioFrame, VideoFrame};
use hksv::h264::Sps;
use hksv::recording::{
    AudioParams, Recorder, RecordingCapabilities, Sample, SampleData, VideoParams,
};

use super::keyframe::KeyframeCache;
use crate::logging::HKSVSINK_CAT as CAT;
use crate::media_input::{H264Input, InputError, VideoInput, aac_track, running_time};

/// A GStreamer buffer as recording sample data.
struct BufferSample(gst::Buffer);

impl SampleData for BufferSample {
    fn len(&self) -> usize {
        self.0.size()
    }

    fn append_to(&self, out: &mut Vec<u8>) {
        for memory in self.0.iter_memories() {
            if let Ok(map) = memory.map_readable() {
                out.extend_from_slice(&map);
            }
        }
    }
}

fn shared_sample(buffer: gst::Buffer) -> Sample {
    Arc::new(BufferSample(buffer))
}

/// What a sample brings to the recorder: the recorder, the buffer and its TIME segment.
type Taken = (
    Arc<Recorder>,
    gst::Buffer,
    gst::FormattedSegment<gst::ClockTime>,
);

/// Where the offer goes when it changes: the running server.
pub(super) type OfferSink = Box<dyn Fn(&RecordingCapabilities) + Send + Sync>;

#[derive(Default)]
struct Video {
    input: H264Input,
    caps: Option<gst::Caps>,
    fps: Option<(u32, u32)>,
}

#[derive(Default)]
struct Audio {
    caps: Option<gst::Caps>,
}

#[derive(Default)]
struct Target {
    recorder: Option<Arc<Recorder>>,
    offer: Option<Arc<OfferSink>>,
    capabilities: RecordingCapabilities,
}

/// See the module documentation. Lock order: `video` or `audio`, then `target`.
#[derive(Default)]
pub(super) struct MediaPath {
    /// The latest keyframe of the video pad (live-view start, snapshots).
    pub keyframes: KeyframeCache,
    video: Mutex<Video>,
    audio: Mutex<Audio>,
    target: Mutex<Target>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl MediaPath {
    /// Connects the path to a started server: its recorder and where offers go. `base` is
    /// the offer before anything is known of the stream (the advertised prebuffer).
    pub fn attach(&self, recorder: Arc<Recorder>, offer: OfferSink, base: RecordingCapabilities) {
        let mut target = lock(&self.target);
        target.recorder = Some(recorder);
        target.offer = Some(Arc::new(offer));
        target.capabilities = base;
    }

    /// Disconnects from the server (stopping).
    pub fn detach(&self) {
        let mut target = lock(&self.target);
        target.recorder = None;
        target.offer = None;
        *lock(&self.video) = Video::default();
        *lock(&self.audio) = Audio::default();
        self.keyframes.clear();
    }

    fn recorder(&self) -> Option<Arc<Recorder>> {
        lock(&self.target).recorder.clone()
    }

    /// Applies a change of the offer and tells the server, without holding a lock.
    fn update_offer(&self, change: impl FnOnce(&mut RecordingCapabilities)) {
        let mut target = lock(&self.target);
        let mut capabilities = target.capabilities.clone();
        change(&mut capabilities);
        if capabilities == target.capabilities {
            return;
        }
        target.capabilities = capabilities.clone();
        let offer = target.offer.clone();
        drop(target);
        if let Some(offer) = offer {
            offer(&capabilities);
        }
    }

    /// The recorder, buffer and TIME segment of a sample; `None` while no server runs or the
    /// sample carries no buffer. Another segment format is an element error.
    fn take(
        &self,
        element: &gst::Element,
        sample: &gst::Sample,
        pad: &str,
    ) -> Result<Option<Taken>, gst::FlowError> {
        let Some(recorder) = self.recorder() else {
            return Ok(None);
        };
        let (Some(buffer), Some(segment)) = (sample.buffer_owned(), sample.segment()) else {
            return Ok(None);
        };
        let Some(segment) = segment.downcast_ref::<gst::ClockTime>() else {
            gst::element_error!(
                element,
                gst::StreamError::Format,
                ["Only TIME segments are supported on the {} pad", pad]
            );
            return Err(gst::FlowError::Error);
        };
        Ok(Some((recorder, buffer, segment.clone())))
    }

    /// A video access unit from the inner sink.
    pub fn video_sample(
        &self,
        element: &gst::Element,
        sample: &gst::Sample,
    ) -> Result<(), gst::FlowError> {
        let Some((recorder, buffer, segment)) = self.take(element, sample, "video")? else {
            return Ok(());
        };
        let segment = &segment;
        let mut video = lock(&self.video);
        if let Some(caps) = sample.caps()
            && video.caps.as_ref() != Some(&caps.to_owned())
        {
            if let Err(err) = video.input.set_caps(caps) {
                drop(video);
                gst::element_error!(
                    element,
                    gst::CoreError::Negotiation,
                    ["Cannot take video caps {}: {}", caps, err]
                );
                return Err(gst::FlowError::NotNegotiated);
            }
            video.fps = caps
                .structure(0)
                .and_then(|s| s.get::<gst::Fraction>("framerate").ok())
                .and_then(|f| {
                    let (n, d) = (
                        u32::try_from(f.numer()).ok()?,
                        u32::try_from(f.denom()).ok()?,
                    );
                    (n > 0 && d > 0).then_some((n, d))
                });
            video.caps = Some(caps.to_owned());
        }
        let candidate = buffer.clone();
        let input = match video.input.access_unit(buffer, segment) {
            Ok(Some(input)) => input,
            Ok(None) => return Ok(()),
            Err(InputError::BFramesWithoutDts) => {
                drop(video);
                gst::element_error!(
                    element,
                    gst::StreamError::Format,
                    ["{}", InputError::BFramesWithoutDts]
                );
                return Err(gst::FlowError::Error);
            }
            Err(err) => {
                // The camera keeps serving: a broken access unit is skipped, not fatal.
                gst::warning!(CAT, obj = element, "video access unit skipped: {err}");
                return Ok(());
            }
        };
        if let Some(caps) = video.caps.as_ref()
            && !candidate.flags().contains(gst::BufferFlags::DELTA_UNIT)
        {
            self.keyframes
                .offer(&candidate, caps, video.input.parameter_sets().cloned());
        }
        let VideoInput { frame, track } = input;
        let params = track.as_ref().and_then(|_| {
            let sets = video.input.parameter_sets()?;
            let sps = Sps::parse(sets.sps.first()?).ok()?;
            Some(VideoParams::from_sps(&sps, video.fps))
        });
        drop(video);
        if let Some(params) = params {
            self.update_offer(|c| c.video = Some(params));
        }
        let frame = VideoFrame {
            pts: frame.pts,
            dts: frame.dts,
            duration: frame.duration,
            sync: frame.sync,
            size: frame.size,
            payload: shared_sample(frame.payload),
        };
        recorder.push_video(frame, track);
        Ok(())
    }

    /// An AAC frame from the inner audio sink.
    pub fn audio_sample(
        &self,
        element: &gst::Element,
        sample: &gst::Sample,
    ) -> Result<(), gst::FlowError> {
        let Some((recorder, buffer, segment)) = self.take(element, sample, "audio")? else {
            return Ok(());
        };
        let segment = &segment;
        let mut audio = lock(&self.audio);
        if let Some(caps) = sample.caps()
            && audio.caps.as_ref() != Some(&caps.to_owned())
        {
            audio.caps = Some(caps.to_owned());
            drop(audio);
            match aac_track(caps) {
                Ok(track) => {
                    gst::info!(
                        CAT,
                        obj = element,
                        "audio: AAC {} Hz, {} channel(s)",
                        track.sample_rate,
                        track.channels
                    );
                    let params = AudioParams {
                        sample_rate: track.sample_rate,
                        channels: track.channels,
                    };
                    recorder.set_audio_track(Some(track));
                    self.update_offer(|c| c.audio = Some(params));
                }
                Err(err) => {
                    gst::element_error!(
                        element,
                        gst::CoreError::Negotiation,
                        ["Cannot take audio caps {}: {}", caps, err]
                    );
                    return Err(gst::FlowError::NotNegotiated);
                }
            }
        } else {
            drop(audio);
        }
        let Some(pts) = buffer.pts().and_then(|t| running_time(segment, t)) else {
            return Ok(());
        };
        let Ok(size) = u32::try_from(buffer.size()) else {
            gst::element_error!(
                element,
                gst::StreamError::Format,
                [
                    "Audio buffer of {} bytes: too big for one AAC frame",
                    buffer.size()
                ]
            );
            return Err(gst::FlowError::Error);
        };
        recorder.push_audio(AudioFrame {
            pts,
            duration: buffer.duration().map(gst::ClockTime::nseconds),
            size,
            payload: shared_sample(buffer),
        });
        Ok(())
    }

    /// The audio pad went away: recordings go on without audio.
    pub fn audio_removed(&self) {
        *lock(&self.audio) = Audio::default();
        if let Some(recorder) = self.recorder() {
            recorder.set_audio_track(None);
        }
        self.update_offer(|c| c.audio = None);
    }

    /// A flush or a restarted source: the prebuffer starts again.
    pub fn discontinuity(&self) {
        lock(&self.video).input.reset_timing();
        self.keyframes.clear();
        if let Some(recorder) = self.recorder() {
            recorder.discontinuity();
        }
    }

    /// End of the video stream: recordings in progress end.
    pub fn end_of_stream(&self) {
        if let Some(recorder) = self.recorder() {
            recorder.end_of_stream();
        }
    }
}
