// SPDX-License-Identifier: MIT OR Apache-2.0
//! The element's [`LiveMedia`]: each live session's video branch ([`super::live`]) and its
//! audio (reference §10.5). When the controller selected Opus, the session gets a microphone
//! branch ([`super::mic_audio`]) whose packets go to [`LiveStream::send_audio`] (the core
//! builds the RTP header at the selected rate and protects it), if the element has its
//! `audio` pad; and, with the Speaker service, the controller's decrypted audio goes to the
//! talkback branch ([`super::talkback`]). Several sessions may talk at once: their packets
//! share the one `talkback` pad, the last one to start sets its rate.

use std::sync::Arc;

use hksv::live::{AudioCodec, AudioSelection, EndReason, LiveMedia, LiveStream, SendError};

use super::live::LiveBranches;
use super::live_audio::LiveAudio;
use super::mic_audio::{MicBranch, MicConfig};
use crate::logging::HKSVSINK_CAT as CAT;

/// See the module documentation.
pub(super) struct LiveSessions {
    video: Arc<LiveBranches>,
    audio: Arc<LiveAudio>,
}

fn short(stream: &LiveStream) -> String {
    stream.session_id_string().chars().take(8).collect()
}

/// What the microphone branch encodes to for the controller's selection.
fn mic_config(selection: &AudioSelection) -> MicConfig {
    MicConfig {
        sample_rate: selection.sample_rate,
        packet_time_ms: u32::from(selection.packet_time_ms),
        max_bitrate_kbps: u32::from(selection.max_bitrate_kbps),
    }
}

impl LiveSessions {
    pub fn new(video: Arc<LiveBranches>, audio: Arc<LiveAudio>) -> Self {
        LiveSessions { video, audio }
    }

    /// The session's microphone branch and talkback, as its audio selection allows.
    fn start_audio(&self, stream: &Arc<LiveStream>) {
        let Some(selection) = stream.audio() else {
            gst::debug!(CAT, "live {}: no audio selected", short(stream));
            return;
        };
        if selection.codec != AudioCodec::Opus {
            gst::warning!(
                CAT,
                "live {}: audio codec {:?} selected; only Opus is offered and sent: no audio",
                short(stream),
                selection.codec
            );
            return;
        }
        let id = stream.session_id_string();
        if self.audio.has_microphone() {
            let weak = Arc::downgrade(stream);
            let name = short(stream);
            let send = move |payload: &[u8], samples: u32| {
                let Some(stream) = weak.upgrade() else {
                    return;
                };
                match stream.send_audio(payload, samples) {
                    Ok(()) | Err(SendError::Ended) => {}
                    Err(err) => gst::debug!(CAT, "live {name}: audio packet not sent: {err}"),
                }
            };
            match MicBranch::new(
                mic_config(&selection),
                self.audio.mic.controls(),
                Box::new(send),
            ) {
                Ok(branch) => {
                    gst::info!(
                        CAT,
                        "live {}: microphone as Opus {} Hz, {} ms packets, pt {}",
                        short(stream),
                        selection.sample_rate,
                        selection.packet_time_ms,
                        selection.payload_type
                    );
                    self.audio.mic.add(&id, branch);
                }
                Err(err) => gst::error!(CAT, "live {}: no audio: {err}", short(stream)),
            }
        } else {
            gst::info!(
                CAT,
                "live {}: audio selected but the element has no audio pad: video only",
                short(stream)
            );
        }
        if self.audio.has_speaker()
            && let Some(input) = self.audio.talkback_input()
        {
            input.begin(selection.sample_rate);
            // Only the selected payload type is Opus (comfort noise has its own, §10.5).
            let payload_type = selection.payload_type;
            stream.set_talkback(Some(Box::new(move |packet| {
                if packet.payload_type == payload_type {
                    input.push(packet.payload, packet.timestamp, packet.sequence)
                }
            })));
            gst::info!(
                CAT,
                "live {}: talkback at {} Hz to the talkback pad",
                short(stream),
                selection.sample_rate
            );
        }
    }

    fn stop_audio(&self, stream: &Arc<LiveStream>) {
        stream.set_talkback(None);
        if self.audio.mic.remove(&stream.session_id_string()) {
            gst::debug!(CAT, "live {}: microphone branch removed", short(stream));
        }
        if let Some(input) = self.audio.talkback_input() {
            input.end();
        }
    }
}

impl LiveMedia for LiveSessions {
    fn start(&self, stream: Arc<LiveStream>) -> Result<(), String> {
        self.video.start(stream.clone())?;
        self.start_audio(&stream);
        Ok(())
    }

    fn reconfigure(&self, stream: &Arc<LiveStream>) {
        self.video.reconfigure(stream);
    }

    fn suspend(&self, stream: &Arc<LiveStream>) {
        self.video.suspend(stream);
    }

    fn resume(&self, stream: &Arc<LiveStream>) {
        self.video.resume(stream);
    }

    fn stop(&self, stream: &Arc<LiveStream>, reason: &EndReason) {
        self.stop_audio(stream);
        self.video.stop(stream, reason);
    }
}
