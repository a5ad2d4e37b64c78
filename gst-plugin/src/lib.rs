// SPDX-License-Identifier: MIT OR Apache-2.0
#![allow(clippy::non_send_fields_in_send_ty, unused_doc_comments)]

/**
 * plugin-hksv:
 *
 * Apple HomeKit Secure Video camera elements: `hksvsink` (the HAP accessory server),
 * `hksvfmp4mux` (GOP-aligned fragmented MP4) and `hapmotiondetect` (motion detection in the
 * compressed H.264 domain).
 */
use gst::glib;

mod caps;
pub mod hapmotiondetect;
mod hksvfmp4mux;
pub mod hksvsink;
/// The `hksv-doorbell` event of `hksvsink`.
pub use hksvsink::doorbell;
pub mod logging;
/// H.264 and AAC input glue for [`hksv::fmp4`] (caps, zero-copy samples, parameter sets,
/// running times), shared by `hksvfmp4mux` and `hksvsink`.
pub mod media_input;
pub mod runtime;

fn plugin_init(plugin: &gst::Plugin) -> Result<(), glib::BoolError> {
    logging::install();
    hapmotiondetect::register(plugin)?;
    hksvfmp4mux::register(plugin)?;
    hksvsink::register(plugin)?;
    Ok(())
}

gst::plugin_define!(
    hksv,
    env!("CARGO_PKG_DESCRIPTION"),
    plugin_init,
    concat!(env!("CARGO_PKG_VERSION"), "-", env!("COMMIT_ID")),
    "MIT/X11",
    env!("CARGO_PKG_NAME"),
    env!("CARGO_PKG_NAME"),
    env!("CARGO_PKG_REPOSITORY"),
    env!("BUILD_REL_DATE")
);
