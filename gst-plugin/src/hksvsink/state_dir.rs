// SPDX-License-Identifier: MIT OR Apache-2.0
//! Where an accessory keeps its identity and pairings when `state-dir` is not set.

use std::path::PathBuf;

/// `$XDG_STATE_HOME/gst-hksv/<name>`, else `$HOME/.local/state/gst-hksv/<name>` (the XDG base
/// directory default), else `./gst-hksv-state/<name>`. The accessory name is made safe for a
/// path: anything but ASCII letters, digits, `-` and `_` becomes `_`.
pub fn default_state_dir(accessory_name: &str) -> PathBuf {
    let base = non_empty_env("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| non_empty_env("HOME").map(|home| PathBuf::from(home).join(".local/state")))
        .map(|dir| dir.join("gst-hksv"))
        .unwrap_or_else(|| PathBuf::from("gst-hksv-state"));
    base.join(path_safe(accessory_name))
}

fn non_empty_env(key: &str) -> Option<String> {
    std::env::var(key).ok().filter(|v| !v.is_empty())
}

fn path_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if safe.is_empty() { "_".into() } else { safe }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_path_safe() {
        assert_eq!(path_safe("Front Door/../x"), "Front_Door____x");
        assert_eq!(path_safe(""), "_");
        assert!(default_state_dir("Cam 1").ends_with("gst-hksv/Cam_1"));
    }
}
