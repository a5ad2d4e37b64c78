//! The `_hap._tcp` advertisement (reference §7.1) with `mdns-sd`.
//!
//! Only created when advertising is on: with it off the server never creates a daemon, so
//! nothing is sent on any interface. The daemon answers on IPv4 and IPv6 on every interface
//! (loopback included, as mdns-sd 0.21 enables it by default) or on the named one only.

use std::time::Duration;

use mdns_sd::{IfKind, ServiceDaemon, ServiceInfo};

/// The DNS-SD service type.
pub const SERVICE_TYPE: &str = "_hap._tcp.local.";

/// The TXT values that change while the accessory runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxtRecord {
    /// `c#`: configuration number.
    pub config_number: u16,
    /// `id`: device id.
    pub device_id: String,
    /// `md`: model.
    pub model: String,
    /// `sf`: 1 while unpaired, 0 once paired.
    pub paired: bool,
    /// `ci`: category.
    pub category: u8,
    /// `sh`: setup hash (§7.2).
    pub setup_hash: String,
}

impl TxtRecord {
    /// The TXT key/value pairs of §7.1.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        vec![
            ("c#", self.config_number.to_string()),
            ("ff", "0".to_owned()),
            ("id", self.device_id.clone()),
            ("md", self.model.clone()),
            ("pv", "1.1".to_owned()),
            ("s#", "1".to_owned()),
            ("sf", if self.paired { "0" } else { "1" }.to_owned()),
            ("ci", self.category.to_string()),
            ("sh", self.setup_hash.clone()),
        ]
    }
}

/// Why advertising failed.
#[derive(Debug, thiserror::Error)]
#[error("mDNS: {0}")]
pub struct MdnsError(String);

impl From<mdns_sd::Error> for MdnsError {
    fn from(e: mdns_sd::Error) -> Self {
        MdnsError(e.to_string())
    }
}

/// A running advertisement of one accessory.
pub struct Advertiser {
    daemon: ServiceDaemon,
    name: String,
    host: String,
    port: u16,
    txt: TxtRecord,
    fullname: String,
    stopped: bool,
}

impl Advertiser {
    /// Starts a daemon (on `interface` only, or on all interfaces) and registers the service.
    pub fn start(
        name: &str,
        port: u16,
        interface: Option<&str>,
        txt: TxtRecord,
    ) -> Result<Advertiser, MdnsError> {
        let daemon = ServiceDaemon::new()?;
        if let Some(interface) = interface {
            daemon.disable_interface(IfKind::All)?;
            daemon.enable_interface(IfKind::Name(interface.to_owned()))?;
        }
        let host = format!("{}.local.", host_label(name, &txt.device_id));
        let mut advertiser = Advertiser {
            daemon,
            name: name.to_owned(),
            host,
            port,
            fullname: String::new(),
            txt,
            stopped: false,
        };
        advertiser.register()?;
        Ok(advertiser)
    }

    /// Updates the TXT record and re-announces it when it changed (pairing, `c#`).
    pub fn update(&mut self, txt: TxtRecord) -> Result<(), MdnsError> {
        if txt == self.txt {
            return Ok(());
        }
        self.txt = txt;
        self.register()
    }

    fn register(&mut self) -> Result<(), MdnsError> {
        let props = self.txt.properties();
        let info = ServiceInfo::new(
            SERVICE_TYPE,
            &self.name,
            &self.host,
            "",
            self.port,
            &props[..],
        )?
        .enable_addr_auto();
        self.fullname = info.get_fullname().to_owned();
        crate::logging::log_info!(target: "hksv::hap", "[{}] mDNS: announcing {} port {} {:?}", self.name, self.fullname, self.port, props);
        self.daemon.register(info)?;
        Ok(())
    }

    /// Withdraws the service (goodbye packets) and stops the daemon, waiting up to a second
    /// for each (call from a thread that may block).
    pub fn shutdown(mut self) {
        self.stop(Some(Duration::from_secs(1)));
    }

    fn stop(&mut self, wait: Option<Duration>) {
        if std::mem::replace(&mut self.stopped, true) {
            return;
        }
        crate::logging::log_info!(target: "hksv::hap", "[{}] mDNS: withdrawing {}", self.name, self.fullname);
        let unregistered = self.daemon.unregister(&self.fullname);
        if let (Some(wait), Ok(done)) = (wait, unregistered) {
            let _ = done.recv_timeout(wait);
        }
        let shut = self.daemon.shutdown();
        if let (Some(wait), Ok(done)) = (wait, shut) {
            let _ = done.recv_timeout(wait);
        }
    }
}

impl Drop for Advertiser {
    /// A server dropped without `shutdown` still withdraws its service and stops the daemon
    /// thread, without waiting.
    fn drop(&mut self) {
        self.stop(None);
    }
}

/// A host label derived from the accessory name and device id: letters, digits and `-`.
fn host_label(name: &str, device_id: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let suffix: String = device_id.chars().filter(|c| *c != ':').collect();
    format!("{}-{suffix}", clean.trim_matches('-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn txt_record_keys() {
        let txt = TxtRecord {
            config_number: 3,
            device_id: "AA:BB:CC:DD:EE:FF".into(),
            model: "hksvsink".into(),
            paired: false,
            category: 17,
            setup_hash: "Jyv0aQ==".into(),
        };
        let props = txt.properties();
        let get = |k: &str| {
            props
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(get("c#"), Some("3"));
        assert_eq!(get("sf"), Some("1"));
        assert_eq!(get("ci"), Some("17"));
        assert_eq!(get("pv"), Some("1.1"));
        assert_eq!(get("s#"), Some("1"));
        assert_eq!(get("ff"), Some("0"));
        assert_eq!(host_label("My Cam!", "AA:BB"), "My-Cam-AABB");
    }
}
