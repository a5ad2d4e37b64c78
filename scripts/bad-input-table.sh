#!/usr/bin/env bash
# Prints the table of bad inputs tried against a running hksvsink and what each got
# (tests/hksvsink_bad_input.rs, which also asserts every row).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked -p gst-plugin-hksv --test hksvsink_bad_input -- --nocapture 2>&1 | grep '^|'
