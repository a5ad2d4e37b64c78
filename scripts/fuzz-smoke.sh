#!/usr/bin/env bash
# Short fuzz run of every target in fuzz/ (a stage of tests/run-all.sh): installs cargo-fuzz if
# missing, builds all targets, runs each for FUZZ_SECONDS (default 5) seconds from its seed
# corpus (scratch corpus in a temporary folder), prints executions and crashes per target and
# fails if any target crashed. Crashing inputs are kept in fuzz/artifacts/<target>/.
#   scripts/fuzz-smoke.sh [TARGET...]
set -euo pipefail
source "$(dirname "$0")/fuzz-lib.sh"
seconds=${FUZZ_SECONDS:-5}

fuzz_install
fuzz_build
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(fuzz_targets)
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
for target in "${targets[@]}"; do
  if ! fuzz_run "$target" "$scratch/$target" "$scratch/$target.log" -max_total_time="$seconds"; then
    failed=$((failed + 1))
    cp "$scratch/$target.log" "$fuzz_root/fuzz/artifacts/$target/smoke.log"
    echo "    log kept in fuzz/artifacts/$target/smoke.log"
  fi
done
echo "fuzz-smoke: $((${#targets[@]} - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
