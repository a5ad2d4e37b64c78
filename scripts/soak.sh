#!/usr/bin/env bash
# Soak run (not part of the test command): hksvsink with live input for MINUTES (30) while
# CLIENTS (3) controllers verify, read, subscribe and take events, an admin adds and removes
# pairings, and a hub records every minute. Prints a line every 10 s and a verdict: memory at
# the end within 10 % of the value after the first minute, and no failed operation.
#   scripts/soak.sh [MINUTES] [CLIENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-30}
clients=${2:-3}
cargo build --release --locked -p gst-plugin-hksv --example hksv_soak
exec "${CARGO_TARGET_DIR:-target}/release/examples/hksv_soak" --minutes "$minutes" --clients "$clients"
