//! Skipped checks that stay visible: a test that cannot run on this machine calls [`skip`],
//! which prints the reason, appends it to the file named by `HKSV_SKIP_LOG` (the test
//! command, `tests/run-all.sh`, lists those lines in its summary), and fails instead when
//! `HKSV_FORBID_SKIP` is set (the test command sets it under CI, where every check must run).

use std::io::Write;

/// Skips the calling test with `reason`, visibly; see the module documentation. The caller
/// returns right after.
pub fn skip(test: &str, reason: &str) {
    if std::env::var_os("HKSV_FORBID_SKIP").is_some() {
        panic!("{test} cannot run here ({reason}) and HKSV_FORBID_SKIP is set");
    }
    eprintln!("SKIPPED {test}: {reason}");
    if let Some(path) = std::env::var_os("HKSV_SKIP_LOG")
        && let Ok(mut file) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
    {
        let _ = writeln!(file, "{test}: {reason}");
    }
}
