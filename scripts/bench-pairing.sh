#!/usr/bin/env bash
# Pairing benchmark: builds the release profile and prints the median of 20 pair-setups and of
# 20 pair-verifies between our HAP client and server over real TCP on 127.0.0.1, both in one
# process (example bench_hap), then the same handshakes between the bare state machines
# without sockets (example bench_pairing), so that the network/runtime share shows.
# Compare figures only between runs on the same machine: it is shared and noisy.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --locked --release -p hksv --example bench_hap --example bench_pairing
echo "== loopback TCP, client and server in one process (bench_hap)"
cargo run --locked --release -q -p hksv --example bench_hap
echo "== in-process state machines, no sockets (bench_pairing)"
cargo run --locked --release -q -p hksv --example bench_pairing
