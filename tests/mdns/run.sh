#!/usr/bin/env bash
# mDNS test: runs hksvsink with advertise=true inside a private network namespace whose only
# interface is loopback (multicast on, 224.0.0.0/4 routed to lo), so no mDNS packet ever leaves
# the namespace. python-zeroconf (from the test venv) browses for _hap._tcp, checks every TXT
# key, pairs with aiohomekit and checks that `sf` goes from 1 to 0.
# Needs root (unshare -n), target/test-venv and target/debug/examples/hksv_camera.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
python=${HKSV_TEST_PYTHON:-$root/target/test-venv/bin/python}

if [ "${1:-}" != "--in-namespace" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "mdns: needs root for a private network namespace (unshare -n)" >&2
    exit 1
  fi
  exec unshare --net -- "$0" --in-namespace
fi

# From here on we are in the new namespace: only `lo` exists.
ip link set lo up
ip link set lo multicast on
ip route add 224.0.0.0/4 dev lo
ip -6 route add ff00::/8 dev lo table local 2>/dev/null || true
echo "mdns: private namespace: $(ip -brief link | tr -s ' ' | tr '\n' ';')"
exec "$python" "$here/test_mdns.py"
