#!/usr/bin/env bash
# Runs aiohomekit's controller pairing code (PyPI) against our accessory pairing state
# machines through examples/pairing_stdio.rs: RUNS pair-setups + pair-verifies (default 300).
#   scripts/interop-aiohomekit-pairing.sh [RUNS]
# VENV selects the Python virtual environment (created with aiohomekit if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-300}"
VENV="${VENV:-target/aiohomekit-venv}"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import aiohomekit' 2>/dev/null; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q 'aiohomekit==4.0.1'
fi
cargo build -q -p hksv --example pairing_stdio
"$VENV/bin/python" tests/interop/aiohomekit_pairing.py target/debug/examples/pairing_stdio "$RUNS"
