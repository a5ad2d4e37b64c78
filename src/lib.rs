//! `hksv`: the core of gst-hksv, with no GStreamer in it.
//!
//! Everything here is protocol and format code that the GStreamer elements in `gst-plugin/`
//! translate to and from buffers, caps and properties:
//!
//! * HomeKit Accessory Protocol over IP: [`tlv8`], [`crypto`], [`srp`], [`pairing`],
//!   [`session`], [`http`], [`accessory`], [`setup`], [`state`], [`mdns`], [`server`] and the
//!   controller side in [`client`].
//! * HomeKit Data Stream, the channel that carries HKSV recordings: [`hds`] (frames, OPACK,
//!   messages and the `dataSend` protocol).
//! * Media: [`h264`] bitstream parsing, [`motion`] analysis in the compressed domain and the
//!   fragmented MP4 box writer in [`fmp4`].
//! * HomeKit Secure Video recording: the capabilities offered, the hub's selection and the
//!   GOP prebuffer in [`recording`].
//!
//! Pure protocol code takes bytes and returns bytes or typed errors; I/O lives in thin async
//! tasks ([`server`], [`client`]) that run on a tokio runtime the caller provides, so that one
//! runtime can serve many elements.

#![warn(missing_docs)]

pub mod accessory;
pub mod client;
pub mod crypto;
pub mod fmp4;
pub mod h264;
pub mod hds;
pub mod http;
pub mod live;
pub mod logging;
pub mod mdns;
pub mod motion;
pub mod opus;
pub mod pairing;
pub mod recording;
pub mod server;
pub mod session;
pub mod setup;
pub mod srp;
pub mod state;
pub mod tlv8;
