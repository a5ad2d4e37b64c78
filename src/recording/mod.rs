//! HomeKit Secure Video recording (reference §11, §13.5), without GStreamer:
//!
//! * [`capabilities`]: what `205`/`206`/`207` offer, derived from the stream as it is sent;
//! * [`selection`]: the hub's pick, `209`, parsed and encoded;
//! * [`prebuffer`]: the GOP ring holding the seconds before motion;
//! * [`recorder`]: the prebuffer and the live feeds of the recordings in progress, shared by
//!   the element that receives the stream and the server that records it.

pub mod capabilities;
pub(crate) mod codec_tlv;
pub mod prebuffer;
pub mod recorder;
pub mod selection;

pub use capabilities::{
    AudioOffer, AudioParams, FRAGMENT_MS, MIN_PREBUFFER_MS, PREBUFFER_MS, RecordingCapabilities,
    VideoOffer, VideoParams, sample_rate_index,
};
pub use prebuffer::{Buffered, Prebuffer};
pub use recorder::{Feed, FeedEvent, MediaItem, PrebufferStats, Recorder, Sample, SampleData};
pub use selection::{
    SelectedAudio, SelectedRecordingConfiguration, SelectedVideo, SelectionError, sample_rate_hz,
};
