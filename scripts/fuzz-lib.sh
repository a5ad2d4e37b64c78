# Shared by scripts/fuzz-smoke.sh and scripts/fuzz-long.sh (sourced, not run).
#
# cargo-fuzz drives libFuzzer through `-Z` rustc flags (sanitizer, coverage instrumentation),
# which only nightly accepts; RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them, so no
# nightly is needed. The default sanitizer is none: the core crate has no `unsafe` code, and
# without AddressSanitizer the targets build faster and run 2-3 times more executions per
# second. FUZZ_SANITIZER=address turns it back on (it works here too). Builds are cargo-fuzz's
# default: release with debug assertions and overflow checks.

fuzz_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fuzz_sanitizer=${FUZZ_SANITIZER:-none}
export RUSTC_BOOTSTRAP=1
# The pinned cargo-fuzz; `cargo install --locked` builds it in about a minute of CPU.
fuzz_cargo_fuzz_version=0.13.2

fuzz_install() {
  if cargo fuzz --version 2>/dev/null | grep -q " $fuzz_cargo_fuzz_version\$"; then
    return 0
  fi
  echo "fuzz: installing cargo-fuzz $fuzz_cargo_fuzz_version"
  cargo install --locked --version "$fuzz_cargo_fuzz_version" cargo-fuzz
}

fuzz_targets() {
  (cd "$fuzz_root/fuzz" && cargo fuzz list)
}

fuzz_build() {
  (cd "$fuzz_root/fuzz" && cargo fuzz build --sanitizer "$fuzz_sanitizer" "$@")
}

# fuzz_run TARGET WORK_CORPUS LOG LIBFUZZER_ARGS...: runs TARGET from WORK_CORPUS (written) and
# fuzz/corpus/TARGET (the committed seeds, read only), prints one line
# "TARGET: N executions in S s (R/s), K crashes" and returns non-zero on a crash.
fuzz_run() {
  local target=$1 work=$2 log=$3
  shift 3
  mkdir -p "$work" "$fuzz_root/fuzz/artifacts/$target"
  local status=0
  (cd "$fuzz_root/fuzz" && cargo fuzz run --sanitizer "$fuzz_sanitizer" "$target" \
    "$work" "corpus/$target" -- -print_final_stats=1 -timeout=30 -rss_limit_mb=2048 "$@") \
    >"$log" 2>&1 || status=$?
  local execs seconds crashes
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  seconds=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  crashes=$(grep -c '^artifact_prefix=.*Test unit written to' "$log" || true)
  if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    crashes=1
  fi
  local rate=""
  if [ -n "$seconds" ] && [ "$seconds" -gt 0 ] && [ -n "$execs" ]; then
    rate=" ($((execs / seconds))/s)"
  fi
  echo "$target: ${execs:-?} executions in ${seconds:-?} s$rate, $crashes crashes"
  if [ "$status" -ne 0 ]; then
    grep -E 'panicked at|^SUMMARY|Test unit written to|ERROR: libFuzzer' "$log" | head -5 | sed 's/^/    /'
    echo "    full log: $log"
  fi
  return "$status"
}
