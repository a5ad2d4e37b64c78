//! Configuration of one accessory server.

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::time::Duration;

use crate::accessory::CameraInfo;

/// Everything [`super::HapServer::start`] needs to know about the accessory it serves.
#[derive(Clone, Debug)]
pub struct ServerConfig {
    /// The accessory served: its name is also the mDNS instance name, its model the TXT `md`.
    pub camera: CameraInfo,
    /// Setup code (`XXX-XX-XXX` or 8 digits). `None`: the stored one, or a new random one.
    pub setup_code: Option<String>,
    /// Address to listen on.
    pub bind_address: IpAddr,
    /// TCP port; 0 lets the system pick one (read it back with [`super::HapServer::port`]).
    pub port: u16,
    /// Directory holding the state file (identity, pairings, persisted values).
    pub state_dir: PathBuf,
    /// Advertise `_hap._tcp` over mDNS. When off, no mDNS daemon is created at all.
    pub advertise: bool,
    /// Network interface to advertise on (name such as `eth0`); `None` = all interfaces.
    pub mdns_interface: Option<String>,
    /// Longest recording: the accessory ends a recording (end of stream) after this long,
    /// for events that never end (field notes pitfall 23).
    pub max_recording: Duration,
    /// Most live-view sessions at once (set up or streaming); StreamingStatus says "in use"
    /// at the limit (reference §10.6).
    pub max_live_streams: usize,
}

/// Default of [`ServerConfig::max_recording`]: three minutes, the cap of the peers that cap
/// (Scrypted, ha-hksv; field notes pitfall 23).
pub const DEFAULT_MAX_RECORDING: Duration = Duration::from_secs(180);

impl ServerConfig {
    /// A camera configuration with default identification strings, listening on all IPv4
    /// addresses on a system-chosen port, advertising on all interfaces.
    pub fn new(name: impl Into<String>, state_dir: impl Into<PathBuf>) -> Self {
        ServerConfig {
            camera: CameraInfo::new(name),
            setup_code: None,
            bind_address: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            port: 0,
            state_dir: state_dir.into(),
            advertise: true,
            mdns_interface: None,
            max_recording: DEFAULT_MAX_RECORDING,
            max_live_streams: crate::live::DEFAULT_MAX_LIVE_STREAMS,
        }
    }
}
