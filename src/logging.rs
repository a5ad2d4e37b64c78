//! Where the core crate's log records go.
//!
//! The crate logs through the macros of this module (`log_trace!` … `log_error!`, always with a
//! `target:` under `hksv::`). Without a sink they go to the `log` facade like any library's
//! records, so a Rust application sees them in its own logger. A host that wants them
//! elsewhere — the GStreamer plugin sends them to its debug categories — installs a
//! [`LogSink`] with [`set_sink`]: that takes only this crate's records and leaves the
//! process-wide `log` logger free for the application (the plugin used to install a global
//! `log` logger, which made an application that installed its own afterwards panic).

use std::fmt;
use std::sync::OnceLock;

/// Receives the core crate's records instead of the `log` facade.
pub trait LogSink: Send + Sync {
    /// Whether records of `level` under `target` are wanted (checked before formatting).
    fn enabled(&self, level: log::Level, target: &str) -> bool;
    /// One record.
    fn log(&self, record: &log::Record<'_>);
}

static SINK: OnceLock<Box<dyn LogSink>> = OnceLock::new();

/// Sends the core crate's records to `sink` from now on. Only the first call takes effect;
/// it returns whether this one did.
pub fn set_sink(sink: Box<dyn LogSink>) -> bool {
    SINK.set(sink).is_ok()
}

/// Whether a record of `level` under `target` would go anywhere.
#[doc(hidden)]
pub fn enabled(level: log::Level, target: &str) -> bool {
    match SINK.get() {
        Some(sink) => sink.enabled(level, target),
        None => {
            level <= log::max_level()
                && log::logger()
                    .enabled(&log::Metadata::builder().level(level).target(target).build())
        }
    }
}

/// Delivers one record to the sink, or to the `log` facade.
#[doc(hidden)]
pub fn emit(
    level: log::Level,
    target: &str,
    args: fmt::Arguments<'_>,
    module: &'static str,
    file: &'static str,
    line: u32,
) {
    let record = log::Record::builder()
        .level(level)
        .target(target)
        .args(args)
        .module_path_static(Some(module))
        .file_static(Some(file))
        .line(Some(line))
        .build();
    match SINK.get() {
        Some(sink) => sink.log(&record),
        None => log::logger().log(&record),
    }
}

/// Logs at `level` (a `log::Level`) under `target`.
macro_rules! core_log {
    ($level:expr, target: $target:expr, $($arg:tt)+) => {{
        let level = $level;
        let target = $target;
        if $crate::logging::enabled(level, target) {
            $crate::logging::emit(
                level,
                target,
                ::std::format_args!($($arg)+),
                ::std::module_path!(),
                ::std::file!(),
                ::std::line!(),
            );
        }
    }};
}

/// `log::error!` for the core crate: `log_error!` (see the module documentation).
macro_rules! log_error {
    (target: $target:expr, $($arg:tt)+) => {
        $crate::logging::core_log!(::log::Level::Error, target: $target, $($arg)+)
    };
}

/// `log::warn!` for the core crate: `log_warn!`.
macro_rules! log_warn {
    (target: $target:expr, $($arg:tt)+) => {
        $crate::logging::core_log!(::log::Level::Warn, target: $target, $($arg)+)
    };
}

/// `log::info!` for the core crate: `log_info!`.
macro_rules! log_info {
    (target: $target:expr, $($arg:tt)+) => {
        $crate::logging::core_log!(::log::Level::Info, target: $target, $($arg)+)
    };
}

/// `log::debug!` for the core crate: `log_debug!`.
macro_rules! log_debug {
    (target: $target:expr, $($arg:tt)+) => {
        $crate::logging::core_log!(::log::Level::Debug, target: $target, $($arg)+)
    };
}

/// `log::trace!` for the core crate: `log_trace!`.
macro_rules! log_trace {
    (target: $target:expr, $($arg:tt)+) => {
        $crate::logging::core_log!(::log::Level::Trace, target: $target, $($arg)+)
    };
}

pub(crate) use {core_log, log_debug, log_error, log_info, log_trace, log_warn};

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    struct Collect(Mutex<Vec<(log::Level, String, String)>>);

    impl LogSink for &'static Collect {
        fn enabled(&self, level: log::Level, _target: &str) -> bool {
            level <= log::Level::Debug
        }
        fn log(&self, record: &log::Record<'_>) {
            self.0.lock().unwrap().push((
                record.level(),
                record.target().to_owned(),
                record.args().to_string(),
            ));
        }
    }

    #[test]
    fn records_reach_the_sink_and_respect_its_filter() {
        static SEEN: Collect = Collect(Mutex::new(Vec::new()));
        assert!(set_sink(Box::new(&SEEN)));
        log_info!(target: "hksv::test", "to the sink {}", 1);
        log_trace!(target: "hksv::test", "filtered out");
        let seen = SEEN.0.lock().unwrap().clone();
        assert!(seen.contains(&(
            log::Level::Info,
            "hksv::test".into(),
            "to the sink 1".into()
        )));
        assert!(!seen.iter().any(|(_, _, text)| text == "filtered out"));
        // Only the first sink counts.
        assert!(!set_sink(Box::new(&SEEN)));
    }
}
