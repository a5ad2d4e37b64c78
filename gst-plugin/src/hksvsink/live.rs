// SPDX-License-Identifier: MIT OR Apache-2.0
//! Live view inside `hksvsink` (reference §10; issue 15): the element's [`LiveMedia`]. Each
//! started session gets a branch added to the bin at runtime and removed at its end:
//! `appsrc` (the video caps) → `rtph264pay` (payload type, SSRC and MTU of the selection,
//! SPS/PPS before every IDR) → `appsink`, whose RTP packets go to
//! [`LiveStream::send_video_rtp`] (SRTP, UDP and sender reports are the core's).
//!
//! The issue describes a `tee` after the video pad with one branch per viewer. Each branch
//! here has an `appsrc` of its own instead, fed with the video samples of the media path, so
//! that a session can begin with the cached IDR picture (the most recent keyframe with its
//! SPS/PPS, [`super::keyframe`]) before the next one arrives; a tee cannot replay it. A branch
//! then drops delta pictures until the next keyframe, which is asked for upstream at once
//! (force-key-unit). Pushing never blocks: a branch whose `appsrc` holds more than
//! [`MAX_QUEUED_BYTES`] (a stalled session) skips pictures and resynchronises at the next
//! keyframe, so a slow session never stalls the camera or the others. The stream is sent as
//! it is: no decoding or transcoding.

use std::sync::{Arc, Mutex, MutexGuard};

use gst::glib;
use gst::prelude::*;
use hksv::live::{EndReason, LiveMedia, LiveStream, SendError};

use super::media::MediaPath;
use crate::logging::HKSVSINK_CAT as CAT;

/// Most bytes waiting in a branch's `appsrc` before it skips to the next keyframe (a few
/// seconds of a 4 Mbit/s stream).
const MAX_QUEUED_BYTES: u64 = 2 * 1024 * 1024;

/// One session's branch.
struct Branch {
    stream: Arc<LiveStream>,
    bin: gst::Bin,
    appsrc: gst_app::AppSrc,
    /// Delta pictures are dropped until a keyframe has been pushed.
    waiting_keyframe: bool,
    /// The caps last set on the `appsrc`.
    caps: Option<gst::Caps>,
    /// The running time of the last buffer pushed (timestamps stay monotonic).
    last_running_time: Option<gst::ClockTime>,
}

/// See the module documentation.
pub(super) struct LiveBranches {
    element: glib::WeakRef<gst::Bin>,
    media: Arc<MediaPath>,
    branches: Mutex<Vec<Branch>>,
    /// The segment of the video samples (to stamp the cached keyframe).
    segment: Mutex<Option<gst::FormattedSegment<gst::ClockTime>>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn short(stream: &LiveStream) -> String {
    stream.session_id_string().chars().take(8).collect()
}

impl LiveBranches {
    pub fn new(element: &gst::Bin, media: Arc<MediaPath>) -> Self {
        LiveBranches {
            element: element.downgrade(),
            media,
            branches: Mutex::new(Vec::new()),
            segment: Mutex::new(None),
        }
    }

    /// A video access unit of the media path: pushed into every branch (never blocks).
    pub fn video_sample(&self, sample: &gst::Sample) {
        let (Some(buffer), Some(caps)) = (sample.buffer(), sample.caps()) else {
            return;
        };
        let segment = sample
            .segment()
            .and_then(|s| s.downcast_ref::<gst::ClockTime>().cloned());
        if let Some(segment) = &segment {
            let mut current = lock(&self.segment);
            if current.as_ref() != Some(segment) {
                *current = Some(segment.clone());
            }
        }
        let mut branches = lock(&self.branches);
        if branches.is_empty() {
            return;
        }
        let keyframe = !buffer.flags().contains(gst::BufferFlags::DELTA_UNIT);
        let mut want_keyframe = false;
        for branch in branches.iter_mut() {
            if branch.stream.take_keyframe_request() {
                // Resumed: begin again from a keyframe (the cached one now, unless this is
                // one), then deltas from the next keyframe on.
                want_keyframe = true;
                if !keyframe {
                    self.push_cached_keyframe(branch);
                }
                branch.waiting_keyframe = !keyframe;
            }
            if branch.stream.is_suspended() {
                continue;
            }
            if branch.waiting_keyframe && !keyframe {
                continue;
            }
            if branch.appsrc.current_level_bytes() > MAX_QUEUED_BYTES {
                if !branch.waiting_keyframe {
                    gst::warning!(
                        CAT,
                        "live {}: branch behind by more than {MAX_QUEUED_BYTES} bytes: skipping to the next keyframe",
                        short(&branch.stream)
                    );
                    want_keyframe = true;
                }
                branch.waiting_keyframe = true;
                continue;
            }
            let running_time = segment
                .as_ref()
                .and_then(|s| buffer.pts().and_then(|pts| s.to_running_time(pts)));
            if keyframe && branch.waiting_keyframe {
                gst::debug!(
                    CAT,
                    "live {}: keyframe from the stream, deltas follow",
                    short(&branch.stream)
                );
                branch.waiting_keyframe = false;
            }
            push(branch, buffer, caps, running_time, segment.as_ref());
        }
        drop(branches);
        if want_keyframe {
            self.request_keyframe();
        }
    }

    /// Pushes the cached keyframe into `branch`, stamped just after what it had (or at its
    /// own running time), so that RTP timestamps never go back.
    fn push_cached_keyframe(&self, branch: &mut Branch) -> bool {
        let Some(keyframe) = self.media.keyframes.latest() else {
            gst::debug!(
                CAT,
                "live {}: no cached keyframe yet: waiting for the next one",
                short(&branch.stream)
            );
            return false;
        };
        let segment = lock(&self.segment).clone();
        let mut running_time = segment
            .as_ref()
            .and_then(|s| keyframe.buffer.pts().and_then(|pts| s.to_running_time(pts)));
        if let (Some(last), Some(rt)) = (branch.last_running_time, running_time)
            && rt <= last
        {
            running_time = Some(last + gst::ClockTime::from_mseconds(1));
        }
        let mut buffer = keyframe.buffer.clone();
        // The parameter sets travel in the caps (`avc`) or in band; rtph264pay repeats
        // them before the IDR (config-interval -1).
        if let Some(params) = &keyframe.parameter_sets {
            gst::trace!(
                CAT,
                "live: cached keyframe with {} SPS, {} PPS",
                params.sps.len(),
                params.pps.len()
            );
        }
        buffer.make_mut().set_flags(gst::BufferFlags::DISCONT);
        push(branch, &buffer, &keyframe.caps, running_time, None);
        gst::info!(
            CAT,
            "live {}: started from the cached keyframe (generation {}, running time {})",
            short(&branch.stream),
            keyframe.generation,
            running_time.display()
        );
        true
    }

    /// Asks upstream for a keyframe (force-key-unit with all headers).
    fn request_keyframe(&self) {
        let Some(element) = self.element.upgrade() else {
            return;
        };
        let Some(pad) = element.static_pad("video") else {
            return;
        };
        let event = gst_video::UpstreamForceKeyUnitEvent::builder()
            .all_headers(true)
            .build();
        let sent = pad.push_event(event);
        gst::debug!(
            CAT,
            obj = element,
            "live: force-key-unit sent upstream (handled: {sent})"
        );
    }

    /// Builds, adds and starts the branch of `stream`.
    fn add_branch(&self, stream: &Arc<LiveStream>) -> Result<Branch, String> {
        let element = self
            .element
            .upgrade()
            .ok_or_else(|| "the element is gone".to_owned())?;
        let video = stream.video();
        let name = format!("live-{}", short(stream));
        let appsrc = gst_app::AppSrc::builder()
            .name(format!("{name}-src"))
            .format(gst::Format::Time)
            .is_live(true)
            .block(false)
            .build();
        let pay = gst::ElementFactory::make("rtph264pay")
            .name(format!("{name}-pay"))
            .property("pt", u32::from(video.payload_type))
            .property("ssrc", video.ssrc)
            .property("mtu", u32::from(video.mtu))
            .property("config-interval", -1i32)
            .build()
            .map_err(|e| format!("rtph264pay: {e}"))?;
        let sink = gst_app::AppSink::builder()
            .name(format!("{name}-sink"))
            .sync(false)
            .async_(false)
            .build();
        let weak_stream = Arc::downgrade(stream);
        sink.set_callbacks(
            gst_app::AppSinkCallbacks::builder()
                .new_sample(move |sink| {
                    let sample = sink.pull_sample().map_err(|_| gst::FlowError::Flushing)?;
                    let Some(stream) = weak_stream.upgrade() else {
                        return Err(gst::FlowError::Eos);
                    };
                    let send = |buffer: &gst::BufferRef| -> Result<(), gst::FlowError> {
                        let map = buffer.map_readable().map_err(|_| gst::FlowError::Error)?;
                        match stream.send_video_rtp(&map) {
                            Ok(()) => Ok(()),
                            Err(SendError::Ended) => Err(gst::FlowError::Eos),
                            Err(e) => {
                                gst::warning!(
                                    CAT,
                                    "live {}: RTP packet not sent: {e}",
                                    short(&stream)
                                );
                                Ok(())
                            }
                        }
                    };
                    if let Some(list) = sample.buffer_list() {
                        for buffer in list.iter() {
                            send(buffer)?;
                        }
                    } else if let Some(buffer) = sample.buffer() {
                        send(buffer)?;
                    }
                    Ok(gst::FlowSuccess::Ok)
                })
                .build(),
        );
        let bin = gst::Bin::builder().name(&name).build();
        bin.add_many([appsrc.upcast_ref(), &pay, sink.upcast_ref()])
            .map_err(|e| format!("branch: {e}"))?;
        gst::Element::link_many([appsrc.upcast_ref(), &pay, sink.upcast_ref()])
            .map_err(|e| format!("branch link: {e}"))?;
        element
            .add(&bin)
            .map_err(|e| format!("cannot add the branch: {e}"))?;
        if let Err(e) = bin.sync_state_with_parent() {
            let _ = element.remove(&bin);
            return Err(format!("branch state: {e}"));
        }
        gst::info!(
            CAT,
            obj = element,
            "live {}: branch {name} added: rtph264pay pt={} ssrc={:08x} mtu={} to {}",
            short(stream),
            video.payload_type,
            video.ssrc,
            video.mtu,
            stream.video_destination()
        );
        Ok(Branch {
            stream: stream.clone(),
            bin,
            appsrc,
            waiting_keyframe: true,
            caps: None,
            last_running_time: None,
        })
    }
}

/// Pushes one access unit into a branch with running-time timestamps; returns without
/// blocking (the `appsrc` queues).
fn push(
    branch: &mut Branch,
    buffer: &gst::BufferRef,
    caps: &gst::CapsRef,
    running_time: Option<gst::ClockTime>,
    segment: Option<&gst::FormattedSegment<gst::ClockTime>>,
) {
    if branch.caps.as_ref().map(|c| c.as_ref()) != Some(caps) {
        let caps = caps.to_owned();
        branch.appsrc.set_caps(Some(&caps));
        branch.caps = Some(caps);
    }
    let Some(running_time) = running_time.or(branch.last_running_time) else {
        return;
    };
    if branch
        .last_running_time
        .is_some_and(|last| running_time < last)
    {
        // Never back in time: a picture older than what was sent is skipped.
        return;
    }
    let mut out = buffer.to_owned();
    {
        let out = out.make_mut();
        let dts = segment.and_then(|s| buffer.dts().and_then(|d| s.to_running_time(d)));
        out.set_pts(running_time);
        out.set_dts(dts.filter(|d| *d <= running_time));
    }
    branch.last_running_time = Some(running_time);
    if let Err(e) = branch.appsrc.push_buffer(out) {
        gst::debug!(
            CAT,
            "live {}: branch refused a buffer: {e:?}",
            short(&branch.stream)
        );
    }
}

impl LiveMedia for LiveBranches {
    fn start(&self, stream: Arc<LiveStream>) -> Result<(), String> {
        let mut branch = self.add_branch(&stream)?;
        // The cached keyframe goes out at once; deltas wait for the next keyframe.
        stream.take_keyframe_request();
        self.push_cached_keyframe(&mut branch);
        branch.waiting_keyframe = true;
        lock(&self.branches).push(branch);
        self.request_keyframe();
        Ok(())
    }

    fn reconfigure(&self, stream: &Arc<LiveStream>) {
        let video = stream.video();
        gst::info!(
            CAT,
            "live {}: reconfigure to {}x{}@{} {} kbit/s accepted; the stream is sent as it is (no transcoding)",
            short(stream),
            video.width,
            video.height,
            video.fps,
            video.max_bitrate_kbps
        );
    }

    fn suspend(&self, stream: &Arc<LiveStream>) {
        gst::info!(
            CAT,
            "live {}: suspended: no packets until resumed",
            short(stream)
        );
    }

    fn resume(&self, stream: &Arc<LiveStream>) {
        gst::info!(
            CAT,
            "live {}: resumed: from the next keyframe",
            short(stream)
        );
        self.request_keyframe();
    }

    fn stop(&self, stream: &Arc<LiveStream>, reason: &EndReason) {
        let branch = {
            let mut branches = lock(&self.branches);
            let index = branches
                .iter()
                .position(|b| b.stream.session_id() == stream.session_id());
            index.map(|i| branches.remove(i))
        };
        let Some(branch) = branch else {
            return;
        };
        let _ = branch.appsrc.end_of_stream();
        if let Err(e) = branch.bin.set_state(gst::State::Null) {
            gst::warning!(CAT, "live {}: branch did not stop: {e}", short(stream));
        }
        if let Some(element) = self.element.upgrade() {
            let _ = element.remove(&branch.bin);
            gst::info!(
                CAT,
                obj = element,
                "live {}: branch {} removed ({reason})",
                short(stream),
                branch.bin.name()
            );
        }
    }
}
