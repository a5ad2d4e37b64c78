// SPDX-License-Identifier: MIT OR Apache-2.0
//! The plugin's debug categories, and the bridge that forwards the core crate's log records
//! to them (through [`hksv::logging::set_sink`], never as the process's `log` logger: an
//! application keeps that for itself).
//!
//! The core crate `hksv` has no GStreamer in it and logs with the `log` crate under the targets
//! `hksv::hap`, `hksv::live`, `hksv::fmp4`, `hksv::motion` and `hksv::h264` (and their sub-targets). The bridge
//! routes each record by target prefix to the category of the element that owns that code, so
//! `GST_DEBUG=hksvsink:5` shows the element's own steps and the HAP server's in one stream.
//! Records with any other target (dependencies such as `mdns_sd`) are dropped.

use std::sync::LazyLock;

use gst::glib;
use gst::prelude::*;

/// Category of `hksvsink`, and of the core's `hksv::hap` records.
pub static HKSVSINK_CAT: LazyLock<gst::DebugCategory> = LazyLock::new(|| {
    gst::DebugCategory::new(
        "hksvsink",
        gst::DebugColorFlags::empty(),
        Some("HomeKit Secure Video sink (HAP accessory server)"),
    )
});

/// Category of `hksvfmp4mux`, and of the core's `hksv::fmp4` records.
pub static HKSVFMP4MUX_CAT: LazyLock<gst::DebugCategory> = LazyLock::new(|| {
    gst::DebugCategory::new(
        "hksvfmp4mux",
        gst::DebugColorFlags::empty(),
        Some("HomeKit Secure Video fragmented MP4 muxer"),
    )
});

/// Category of `hapmotiondetect`, and of the core's `hksv::motion` and `hksv::h264` records.
pub static HAPMOTIONDETECT_CAT: LazyLock<gst::DebugCategory> = LazyLock::new(|| {
    gst::DebugCategory::new(
        "hapmotiondetect",
        gst::DebugColorFlags::empty(),
        Some("Motion detection in the compressed H.264 domain"),
    )
});

/// Which category a `log` target goes to, by prefix (`hksv::hap` also matches `hksv::hap::srp`).
fn category_for(target: &str) -> Option<gst::DebugCategory> {
    const ROUTES: [(&str, &LazyLock<gst::DebugCategory>); 7] = [
        ("hksv::hap", &HKSVSINK_CAT),
        ("hksv::hds", &HKSVSINK_CAT),
        ("hksv::recording", &HKSVSINK_CAT),
        ("hksv::live", &HKSVSINK_CAT),
        ("hksv::fmp4", &HKSVFMP4MUX_CAT),
        ("hksv::motion", &HAPMOTIONDETECT_CAT),
        ("hksv::h264", &HAPMOTIONDETECT_CAT),
    ];
    ROUTES.iter().find_map(|(prefix, cat)| {
        let rest = target.strip_prefix(prefix)?;
        (rest.is_empty() || rest.starts_with("::")).then(|| ***cat)
    })
}

/// `log` levels to GStreamer levels. `log`'s TRACE is per-packet detail, which is GStreamer's
/// LOG level; GStreamer's own TRACE level is for reference-count tracing and is not used.
fn gst_level(level: log::Level) -> gst::DebugLevel {
    match level {
        log::Level::Error => gst::DebugLevel::Error,
        log::Level::Warn => gst::DebugLevel::Warning,
        log::Level::Info => gst::DebugLevel::Info,
        log::Level::Debug => gst::DebugLevel::Debug,
        log::Level::Trace => gst::DebugLevel::Log,
    }
}

/// The sink installed by [`install`].
struct Bridge;

impl hksv::logging::LogSink for Bridge {
    fn enabled(&self, level: log::Level, target: &str) -> bool {
        category_for(target).is_some_and(|cat| cat.above_threshold(gst_level(level)))
    }

    fn log(&self, record: &log::Record) {
        let Some(cat) = category_for(record.target()) else {
            return;
        };
        let level = gst_level(record.level());
        if !cat.above_threshold(level) {
            return;
        }
        let file = glib::GString::from(record.file().unwrap_or(""));
        cat.log(
            None::<&glib::Object>,
            level,
            file.as_gstr(),
            record.module_path().unwrap_or(""),
            record.line().unwrap_or(0),
            *record.args(),
        );
    }
}

/// Sends the core crate's records to the plugin's categories. Called once from
/// `plugin_init`; the process's `log` logger and maximum level are left untouched.
pub fn install() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        if hksv::logging::set_sink(Box::new(Bridge)) {
            gst::debug!(
                HKSVSINK_CAT,
                "core hksv::* records go to the plugin's categories"
            );
        } else {
            gst::info!(HKSVSINK_CAT, "the core's records already have a sink; kept");
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_by_target_prefix() {
        gst::init().unwrap();
        assert_eq!(category_for("hksv::hap").unwrap().name(), "hksvsink");
        assert_eq!(
            category_for("hksv::hap::pairing").unwrap().name(),
            "hksvsink"
        );
        assert_eq!(category_for("hksv::fmp4").unwrap().name(), "hksvfmp4mux");
        assert_eq!(
            category_for("hksv::motion").unwrap().name(),
            "hapmotiondetect"
        );
        assert_eq!(
            category_for("hksv::h264::sps").unwrap().name(),
            "hapmotiondetect"
        );
        assert!(category_for("hksv::happy").is_none());
        assert!(category_for("mdns_sd::service_daemon").is_none());
    }

    #[test]
    fn core_records_reach_the_element_category() {
        gst::init().unwrap();
        install();
        HKSVSINK_CAT.set_threshold(gst::DebugLevel::Debug);
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = seen.clone();
        let log_fn =
            gst::log::add_log_function(move |cat, level, _file, _func, _line, _obj, msg| {
                if let Some(text) = msg.get() {
                    sink.lock()
                        .unwrap()
                        .push((cat.name().to_owned(), level, text.to_string()));
                }
            });
        for (level, text) in [
            (log::Level::Info, "bridge check 42"),
            (log::Level::Trace, "below the threshold"),
        ] {
            if hksv::logging::enabled(level, "hksv::hap::test") {
                hksv::logging::emit(
                    level,
                    "hksv::hap::test",
                    format_args!("{text}"),
                    module_path!(),
                    file!(),
                    line!(),
                );
            }
        }
        gst::log::remove_log_function(log_fn);
        let seen = seen.lock().unwrap();
        let ours: Vec<_> = seen
            .iter()
            .filter(|(_, _, text)| {
                text.contains("bridge check") || text.contains("below the threshold")
            })
            .collect();
        assert_eq!(
            ours,
            [&(
                "hksvsink".to_owned(),
                gst::DebugLevel::Info,
                "bridge check 42".to_owned()
            )]
        );
    }

    #[test]
    fn an_application_may_install_its_own_logger_after_the_plugin() {
        gst::init().unwrap();
        install();
        struct AppLogger;
        impl log::Log for AppLogger {
            fn enabled(&self, _: &log::Metadata) -> bool {
                true
            }
            fn log(&self, _: &log::Record) {}
            fn flush(&self) {}
        }
        static APP: AppLogger = AppLogger;
        assert!(
            log::set_logger(&APP).is_ok(),
            "the plugin took the process's log logger"
        );
    }

    #[test]
    fn maps_levels() {
        assert_eq!(gst_level(log::Level::Error), gst::DebugLevel::Error);
        assert_eq!(gst_level(log::Level::Warn), gst::DebugLevel::Warning);
        assert_eq!(gst_level(log::Level::Trace), gst::DebugLevel::Log);
    }
}
