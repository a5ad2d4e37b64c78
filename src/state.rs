//! The persistent accessory state: one JSON file in the state directory holding the identity
//! (device id, Ed25519 long-term secret key, setup id, setup code), the controller pairings,
//! the configuration number with the hash of the database layout it belongs to, and the
//! characteristic values that must survive a restart.
//!
//! The file is written atomically (temporary file in the same directory, fsync, rename, fsync
//! of the directory) with mode 0600. A file that exists but cannot be read or parsed is an
//! error naming the file: the identity is never regenerated silently, only created when the
//! file does not exist.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Name of the state file inside the state directory.
pub const STATE_FILE_NAME: &str = "hksv-state.json";

/// Version of the file layout written by this code.
const FORMAT_VERSION: u32 = 1;

/// Why the state could not be loaded or saved.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// Reading, creating or writing failed.
    #[error("state file {path}: {source}")]
    Io {
        /// The file or directory concerned.
        path: PathBuf,
        /// The system error.
        source: io::Error,
    },
    /// The file exists but is not a valid state file; it is left untouched.
    #[error("state file {path} is corrupt (left untouched; move it away to start over): {reason}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
}

/// A stored controller pairing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPairing {
    /// Controller pairing identifier.
    pub id: String,
    /// Long-term public key, hex.
    pub ltpk: String,
    /// Admin permission.
    pub admin: bool,
}

/// Everything persisted for one accessory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccessoryState {
    /// File layout version.
    pub version: u32,
    /// Device id, `XX:XX:XX:XX:XX:XX`.
    pub device_id: String,
    /// Ed25519 long-term secret key (32-byte seed), hex.
    pub ltsk: String,
    /// Setup id, 4 characters `0-9A-Z`.
    pub setup_id: String,
    /// Setup code, `XXX-XX-XXX`.
    pub setup_code: String,
    /// Controller pairings.
    pub pairings: Vec<StoredPairing>,
    /// Configuration number (TXT `c#`), 1…65535.
    pub config_number: u16,
    /// Hash of the value-less accessory database this configuration number belongs to.
    pub layout_hash: String,
    /// Persisted characteristic values by stable key (`<service type>/<characteristic type>`).
    pub values: BTreeMap<String, serde_json::Value>,
    /// Hash of the advertised recording/streaming capabilities the stored selection belongs to.
    #[serde(default)]
    pub capabilities_hash: String,
    /// Failed setup-code attempts, kept across restarts (ADK rule, reference §16 #24).
    #[serde(default)]
    pub failed_setup_attempts: u32,
}

impl AccessoryState {
    /// A fresh state for a new identity, with no pairings and configuration number 1.
    pub fn new(device_id: String, ltsk: [u8; 32], setup_id: String, setup_code: String) -> Self {
        AccessoryState {
            version: FORMAT_VERSION,
            device_id,
            ltsk: to_hex(&ltsk),
            setup_id,
            setup_code,
            pairings: Vec::new(),
            config_number: 1,
            layout_hash: String::new(),
            values: BTreeMap::new(),
            capabilities_hash: String::new(),
            failed_setup_attempts: 0,
        }
    }

    /// The long-term secret key seed.
    pub fn ltsk_bytes(&self) -> Option<[u8; 32]> {
        from_hex32(&self.ltsk)
    }

    /// Records the layout hash of the current database, raising the configuration number
    /// (wrapping 65535 → 1, reference §7.1) when it differs from the stored one. Returns
    /// whether it changed.
    pub fn update_layout(&mut self, layout_hash: &str) -> bool {
        if self.layout_hash == layout_hash {
            return false;
        }
        if !self.layout_hash.is_empty() {
            self.config_number = self.config_number.checked_add(1).unwrap_or(1);
        }
        self.layout_hash = layout_hash.to_owned();
        true
    }

    fn validate(&self) -> Result<(), String> {
        if self.version != FORMAT_VERSION {
            return Err(format!("unsupported version {}", self.version));
        }
        if self.ltsk_bytes().is_none() {
            return Err("ltsk is not 32 hex-encoded bytes".to_owned());
        }
        if let Some(p) = self.pairings.iter().find(|p| from_hex32(&p.ltpk).is_none()) {
            return Err(format!("pairing {} has an invalid public key", p.id));
        }
        if self.config_number == 0 {
            return Err("config_number 0".to_owned());
        }
        Ok(())
    }
}

/// The state file of one state directory.
#[derive(Clone, Debug)]
pub struct StateStore {
    dir: PathBuf,
    path: PathBuf,
}

impl StateStore {
    /// The store for `dir` (nothing is touched yet).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        let path = dir.join(STATE_FILE_NAME);
        StateStore { dir, path }
    }

    /// Path of the state file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Loads the state. `Ok(None)` only when the file does not exist.
    pub fn load(&self) -> Result<Option<AccessoryState>, StateError> {
        let bytes = match fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(self.io_error(source)),
        };
        let state: AccessoryState =
            serde_json::from_slice(&bytes).map_err(|e| self.corrupt(e.to_string()))?;
        state.validate().map_err(|reason| self.corrupt(reason))?;
        Ok(Some(state))
    }

    /// Writes the state atomically with mode 0600, creating the directory (mode 0700) if needed.
    pub fn save(&self, state: &AccessoryState) -> Result<(), StateError> {
        let json = serde_json::to_vec_pretty(state)
            .map_err(|e| self.io_error(io::Error::other(e.to_string())))?;
        create_private_dir(&self.dir).map_err(|source| StateError::Io {
            path: self.dir.clone(),
            source,
        })?;
        let tmp = self.dir.join(format!(".{STATE_FILE_NAME}.tmp"));
        let write_tmp = || -> io::Result<()> {
            let mut file = open_private(&tmp)?;
            file.write_all(&json)?;
            file.sync_all()
        };
        write_tmp().map_err(|source| StateError::Io {
            path: tmp.clone(),
            source,
        })?;
        fs::rename(&tmp, &self.path).map_err(|source| self.io_error(source))?;
        fs::File::open(&self.dir)
            .and_then(|d| d.sync_all())
            .map_err(|source| StateError::Io {
                path: self.dir.clone(),
                source,
            })
    }

    fn io_error(&self, source: io::Error) -> StateError {
        StateError::Io {
            path: self.path.clone(),
            source,
        }
    }

    fn corrupt(&self, reason: String) -> StateError {
        StateError::Corrupt {
            path: self.path.clone(),
            reason,
        }
    }
}

#[cfg(unix)]
fn open_private(path: &Path) -> io::Result<fs::File> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    // The mode above only applies to a newly created file.
    file.set_permissions(fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> io::Result<fs::File> {
    fs::File::create(path)
}

#[cfg(unix)]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)
}

/// Lower-case hex of `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses 64 hex digits into 32 bytes.
pub fn from_hex32(hex: &str) -> Option<[u8; 32]> {
    let digits = hex.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        let text = std::str::from_utf8(pair).ok()?;
        *byte = u8::from_str_radix(text, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> AccessoryState {
        AccessoryState::new(
            "AA:BB:CC:DD:EE:FF".into(),
            [7; 32],
            "1QJ8".into(),
            "518-08-582".into(),
        )
    }

    #[test]
    fn missing_file_is_none_and_round_trip_keeps_everything() {
        let dir = tempfile::tempdir().unwrap();
        let store = StateStore::new(dir.path().join("sub"));
        assert!(store.load().unwrap().is_none());
        let mut state = sample();
        state.pairings.push(StoredPairing {
            id: "C1".into(),
            ltpk: to_hex(&[1; 32]),
            admin: true,
        });
        state.values.insert("204/B0".into(), serde_json::json!(1));
        store.save(&state).unwrap();
        assert_eq!(store.load().unwrap(), Some(state));
    }

    #[cfg(unix)]
    #[test]
    fn file_mode_is_0600() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = StateStore::new(dir.path());
        store.save(&sample()).unwrap();
        let mode = fs::metadata(store.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn corrupt_file_is_an_error_naming_it_and_stays_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let store = StateStore::new(dir.path());
        fs::write(store.path(), b"{not json").unwrap();
        let err = store.load().unwrap_err();
        assert!(matches!(err, StateError::Corrupt { .. }));
        assert!(err.to_string().contains(STATE_FILE_NAME), "{err}");
        assert_eq!(fs::read(store.path()).unwrap(), b"{not json");
        let mut bad_key = sample();
        bad_key.ltsk = "zz".into();
        fs::write(store.path(), serde_json::to_vec(&bad_key).unwrap()).unwrap();
        assert!(matches!(store.load(), Err(StateError::Corrupt { .. })));
    }

    #[test]
    fn layout_change_raises_config_number_and_wraps() {
        let mut state = sample();
        assert!(state.update_layout("a"));
        assert_eq!(state.config_number, 1);
        assert!(!state.update_layout("a"));
        assert!(state.update_layout("b"));
        assert_eq!(state.config_number, 2);
        state.config_number = u16::MAX;
        assert!(state.update_layout("c"));
        assert_eq!(state.config_number, 1);
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(from_hex32(&to_hex(&[0xab; 32])), Some([0xab; 32]));
        assert_eq!(from_hex32("xyz"), None);
    }
}
