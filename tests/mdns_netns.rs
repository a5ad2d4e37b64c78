//! The `_hap._tcp` advertisement, browsed with an independent mDNS querier, inside a private
//! network namespace (`unshare -n`): nothing is ever sent on a real interface. The outer
//! tests (IPv4 on the namespace's `lo`, IPv6 on a veth pair that lives in the namespace)
//! re-run this binary's `#[ignore]`d inner test there; they need root (CI runs as root) and
//! are skipped visibly otherwise (see `tests/skip`).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::process::Command;
use std::time::{Duration, Instant};

use hksv::client::{HapClient, new_controller_identity};
use hksv::mdns::SERVICE_TYPE;
use hksv::server::{HapServer, ServerConfig};
use mdns_sd::{ServiceDaemon, ServiceEvent};

mod skip;
use skip::skip;

const INNER: &str = "advertisement_seen_by_a_browser_inside_the_namespace";
const NETNS_ENV: &str = "HKSV_MDNS_NETNS";
/// `ipv4` or `ipv6`: which run of the inner test this is.
const FAMILY_ENV: &str = "HKSV_MDNS_FAMILY";
/// The accessory's address on the IPv6 run's `veth0`.
const IPV6_ADDRESS: Ipv6Addr = Ipv6Addr::new(0xfd00, 0, 0, 0, 0, 0, 0, 1);

/// Runs the inner test in a new network namespace prepared by `setup` (shell commands).
fn run_in_namespace(test: &str, setup: &str, family: &str) -> bool {
    let Ok(exe) = std::env::current_exe() else {
        panic!("test binary path unknown");
    };
    let probe = Command::new("unshare").args(["-n", "true"]).status();
    if !probe.is_ok_and(|s| s.success()) {
        skip(
            test,
            "`unshare -n` is not permitted here (needs root); mDNS not tested",
        );
        return false;
    }
    let script = format!("{setup} && exec \"$0\" --exact \"$1\" --ignored --nocapture");
    let status = Command::new("unshare")
        .args(["-n", "sh", "-c", &script])
        .arg(&exe)
        .arg(INNER)
        .env(NETNS_ENV, "1")
        .env(FAMILY_ENV, family)
        .status()
        .expect("run the inner test in a network namespace");
    assert!(
        status.success(),
        "inner mDNS test ({family}) failed: {status}"
    );
    true
}

/// IPv4: the namespace's `lo` with multicast on.
#[test]
fn mdns_advertisement_in_private_network_namespace() {
    run_in_namespace(
        "mdns_advertisement_in_private_network_namespace",
        "ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo",
        "ipv4",
    );
}

/// IPv6: the advertiser does not announce `::1` on `lo`, so the namespace gets a veth pair
/// of its own (both ends inside it; nothing reaches a real interface) with ULA addresses; the
/// accessory advertises on `veth0` and the controller pairs over IPv6.
#[test]
fn mdns_ipv6_advertisement_in_private_network_namespace() {
    run_in_namespace(
        "mdns_ipv6_advertisement_in_private_network_namespace",
        "ip link set lo up && ip link add veth0 type veth peer name veth1 && \
         ip addr add fd00::1/64 dev veth0 nodad && ip addr add fd00::2/64 dev veth1 nodad && \
         ip link set veth0 up && ip link set veth1 up",
        "ipv6",
    );
}

/// Waits for a resolution of `fullname` whose TXT satisfies `accept`.
fn resolve(
    events: &mdns_sd::Receiver<ServiceEvent>,
    fullname: &str,
    accept: impl Fn(&HashMap<String, String>, &[IpAddr]) -> bool,
) -> (u16, HashMap<String, String>) {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        if let Ok(ServiceEvent::ServiceResolved(info)) =
            events.recv_timeout(Duration::from_millis(200))
            && info.fullname == fullname
        {
            let txt = info.txt_properties.clone().into_property_map_str();
            let addresses: Vec<IpAddr> = info.addresses.iter().map(|a| a.to_ip_addr()).collect();
            eprintln!("resolved {fullname}: addresses {addresses:?}");
            if accept(&txt, &addresses) {
                return (info.port, txt);
            }
        }
    }
    panic!("{fullname} not resolved with the expected TXT in time");
}

#[test]
#[ignore = "run by mdns_advertisement_in_private_network_namespace inside `unshare -n`"]
fn advertisement_seen_by_a_browser_inside_the_namespace() {
    assert_eq!(
        std::env::var(NETNS_ENV).as_deref(),
        Ok("1"),
        "refusing to send mDNS outside a private network namespace"
    );
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut config = ServerConfig::new("Netns Cam", dir.path());
    let ipv6 = std::env::var(FAMILY_ENV).as_deref() == Ok("ipv6");
    let (bind, interface, expected): (IpAddr, &str, IpAddr) = if ipv6 {
        (IPV6_ADDRESS.into(), "veth0", IPV6_ADDRESS.into())
    } else {
        (Ipv4Addr::LOCALHOST.into(), "lo", Ipv4Addr::LOCALHOST.into())
    };
    config.bind_address = bind;
    config.setup_code = Some("518-08-582".into());
    config.mdns_interface = Some(interface.into());
    let server = runtime
        .block_on(HapServer::start(config, runtime.handle().clone()))
        .unwrap();
    let browser = ServiceDaemon::new().unwrap();
    let events = browser.browse(SERVICE_TYPE).unwrap();
    let fullname = format!("Netns Cam.{SERVICE_TYPE}");

    // The address records of the interface.
    let (port, txt) = resolve(&events, &fullname, |_, addresses| {
        addresses.contains(&expected)
    });
    assert_eq!(port, server.port());
    let get = |k: &str| txt.get(k).map(String::as_str);
    assert_eq!(get("id"), Some(server.device_id().as_str()));
    assert_eq!(get("sf"), Some("1"));
    assert_eq!(get("c#"), Some("1"));
    assert_eq!(get("ci"), Some("17"));
    assert_eq!(get("pv"), Some("1.1"));
    assert_eq!(get("s#"), Some("1"));
    assert_eq!(get("ff"), Some("0"));
    assert_eq!(get("md"), Some("hksvsink"));
    assert_eq!(get("sh").map(str::len), Some(8));

    // Pairing re-announces with sf=0.
    runtime.block_on(async {
        let addr = SocketAddr::from((expected, server.port()));
        let mut client = HapClient::connect(addr).await.unwrap();
        client
            .pair_setup("518-08-582", &new_controller_identity().unwrap())
            .await
            .unwrap();
    });
    resolve(&events, &fullname, |txt, _| {
        txt.get("sf").map(String::as_str) == Some("0")
    });
    runtime.block_on(server.shutdown());
    let _ = browser.shutdown();
}
