#!/usr/bin/env bash
# README command 2: runs every test of gst-hksv, on a fresh Debian 12 machine too.
#   1. system packages (scripts/install-deps.sh)
#   2. Python venv target/test-venv with the pinned aiohomekit/zeroconf stack
#   3. cargo test --workspace --locked (unit tests, pipeline integration tests; also builds
#      the hksv_camera example the Python tests drive)
#   4. interop with aiohomekit over 127.0.0.1 (tests/interop/test_aiohomekit.py), and live
#      view with aiohomekit as the controller: SetupEndpoints, start, SRTP packets checked and
#      decrypted, SRTCP reports both ways, a second pairing kept apart, end
#      (tests/interop/test_aiohomekit_live.py)
#   5. aiohomekit's SRP/pairing code against our pairing state machines, 300 times
#      (scripts/interop-aiohomekit-pairing.sh)
#   6. mDNS inside a private network namespace (tests/mdns/run.sh; needs root)
#   7. our hub client records over the HomeKit Data Stream from HAP-NodeJS's HKSV camera
#      (tests/interop/hapnodejs/run.sh; a private network namespace, needs root)
#   8. a short run of every fuzz target (scripts/fuzz-smoke.sh: installs cargo-fuzz with
#      `cargo install --locked` if missing, builds fuzz/, 5 s per target)
# Prints one summary line per stage and exits non-zero if any stage failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
venv=target/test-venv
# Tests that cannot run here say so in this file (tests/skip/mod.rs); the summary lists them.
# Under CI every check must run: a skip fails the test instead.
export HKSV_SKIP_LOG=$root/target/skipped.log
mkdir -p target && rm -f "$HKSV_SKIP_LOG"
if [ "${CI:-}" = "true" ]; then export HKSV_FORBID_SKIP=1; fi
results=()
failed=0
passed=0

stage() {
  local name=$1
  shift
  echo "=== run-all: $name"
  local start=$SECONDS
  if "$@"; then
    results+=("PASS  $name ($((SECONDS - start)) s)")
    passed=$((passed + 1))
  else
    results+=("FAIL  $name ($((SECONDS - start)) s)")
    failed=$((failed + 1))
    return 1
  fi
}

make_venv() {
  # Recreated when the pinned requirements change.
  local stamp=$venv/.requirements
  if [ ! -x "$venv/bin/python" ] || ! cmp -s tests/interop/requirements.txt "$stamp"; then
    rm -rf "$venv"
    python3 -m venv "$venv" &&
      "$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/interop/requirements.txt &&
      cp tests/interop/requirements.txt "$stamp"
  fi &&
    "$venv/bin/python" -c 'import aiohomekit, zeroconf; print("venv: aiohomekit", __import__("importlib.metadata").metadata.version("aiohomekit"), "zeroconf", zeroconf.__version__)'
}

cargo_tests() {
  cargo test --workspace --locked &&
    cargo build --locked -p gst-plugin-hksv --example hksv_camera &&
    cargo build --locked -p hksv --example hksv_hub_record
}

# A full run writes about 2.6 GB next to the clone with CI's settings (.ci/run: debug build 1.8
# GB, fuzz build 0.7 GB, venv 0.1 GB) and about 6.6 GB without them (incremental caches and full
# debug information); say how much room there is, so that a run that fails with "No space left
# on device" is explained in its log.
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
echo "run-all: $((free_kb / 1024)) MB free on the disk of $root"
if [ "${free_kb:-0}" -lt $((4 * 1024 * 1024)) ]; then
  echo "run-all: warning: less than 4 GB free; the build may run out of space"
fi
stage "install dependencies" scripts/install-deps.sh || { printf '%s\n' "${results[@]}"; exit 1; }
stage "python venv (aiohomekit, zeroconf)" make_venv
venv_ok=$?
stage "cargo test --workspace" cargo_tests
cargo_ok=$?
if [ $venv_ok -eq 0 ] && [ $cargo_ok -eq 0 ]; then
  stage "interop: aiohomekit over 127.0.0.1" "$venv/bin/python" tests/interop/test_aiohomekit.py
  stage "interop: aiohomekit live view" "$venv/bin/python" tests/interop/test_aiohomekit_live.py
  stage "interop: 300 aiohomekit pairings" env VENV="$venv" scripts/interop-aiohomekit-pairing.sh 300
  stage "mdns: private network namespace" tests/mdns/run.sh
  stage "interop: hub client records from HAP-NodeJS" tests/interop/hapnodejs/run.sh
else
  results+=("SKIP  interop and mdns (venv or build failed)")
  failed=$((failed + 1))
fi
if [ $cargo_ok -eq 0 ]; then
  stage "fuzz: every target for 5 s" scripts/fuzz-smoke.sh
else
  results+=("SKIP  fuzz (build failed)")
  failed=$((failed + 1))
fi

skipped=0
if [ -s "$HKSV_SKIP_LOG" ]; then
  while IFS= read -r line; do results+=("SKIP  $line"); done <"$HKSV_SKIP_LOG"
  skipped=$(wc -l <"$HKSV_SKIP_LOG")
fi
echo "=== run-all: summary"
printf '%s\n' "${results[@]}"
echo "run-all: $passed passed, $failed failed, $skipped test(s) skipped"
[ $failed -eq 0 ]
