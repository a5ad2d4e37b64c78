// SPDX-License-Identifier: MIT OR Apache-2.0
//! Helpers shared by the GStreamer integration tests.

#![allow(dead_code)] // each test binary uses a different subset

use std::sync::Once;

use gst::prelude::*;

/// Initialises GStreamer and registers the plugin statically, once per test binary.
pub fn init() {
    static INIT: Once = Once::new();
    INIT.call_once(|| {
        gst::init().unwrap();
        gsthksv::plugin_register_static().unwrap();
    });
}

/// The `appsrc` named `name` inside `pipeline`.
pub fn appsrc(pipeline: &impl IsA<gst::Element>, name: &str) -> gst_app::AppSrc {
    pipeline
        .dynamic_cast_ref::<gst::Bin>()
        .expect("a bin")
        .by_name(name)
        .unwrap_or_else(|| panic!("no element {name}"))
        .downcast::<gst_app::AppSrc>()
        .unwrap_or_else(|_| panic!("{name} is not an appsrc"))
}

/// The `appsink` named `name` inside `pipeline`.
pub fn appsink(pipeline: &impl IsA<gst::Element>, name: &str) -> gst_app::AppSink {
    pipeline
        .dynamic_cast_ref::<gst::Bin>()
        .expect("a bin")
        .by_name(name)
        .unwrap_or_else(|| panic!("no element {name}"))
        .downcast::<gst_app::AppSink>()
        .unwrap_or_else(|_| panic!("{name} is not an appsink"))
}
