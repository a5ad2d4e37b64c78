#!/usr/bin/env bash
# Long fuzz runs (not a CI stage): each target in turn for N minutes (default 10), one at a
# time, keeping what libFuzzer finds in fuzz/corpus-work/<target>/ (not committed) so that
# later runs start from it. Prints executions and crashes per target; crashing inputs go to
# fuzz/artifacts/<target>/ and become regression tests in the core crate.
#   scripts/fuzz-long.sh [MINUTES [TARGET...]]
#   nice -n 10 scripts/fuzz-long.sh 2 tlv8 pairing
set -euo pipefail
source "$(dirname "$0")/fuzz-lib.sh"
minutes=${1:-10}
shift || true

fuzz_install
fuzz_build
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(fuzz_targets)
fi
logs="$fuzz_root/fuzz/corpus-work/logs"
mkdir -p "$logs"
failed=0
for target in "${targets[@]}"; do
  if ! fuzz_run "$target" "$fuzz_root/fuzz/corpus-work/$target" "$logs/$target.log" \
    -max_total_time=$((minutes * 60)); then
    failed=$((failed + 1))
  fi
done
echo "fuzz-long: ${#targets[@]} targets, $minutes min each, $failed with crashes"
[ "$failed" -eq 0 ]
