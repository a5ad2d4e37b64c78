#!/usr/bin/env bash
# Interop test: gst-hksv's hub client records from a third-party HKSV camera (HAP-NodeJS).
#
#   1. npm ci (pinned hap-nodejs, into tests/interop/hapnodejs/node_modules) if missing/stale
#   2. make-fmp4.sh: a 20 s H.264+AAC fragmented MP4 (4 s fragments) in a temp dir
#   3. camera.js --self-test: HAP-NodeJS's recording code driven in-process (no network)
#   4. inside ONE private network namespace (only `lo`, multicast on; HAP-NodeJS always
#      advertises over mDNS, so nothing may run on a real interface):
#        node camera.js on 127.0.0.1:$PORT, wait for READY (30 s), then
#        "$HUB" --addr 127.0.0.1:$PORT --code 031-45-154 --out $TMP/recording.mp4 --fragments 3 --timeout 40
#   5. ffprobe: the recording is H.264 with decodable frames
#
# usage: tests/interop/hapnodejs/run.sh                 full test (needs the hub binary)
#        tests/interop/hapnodejs/run.sh --camera-only   steps 1-4 without the hub: checks that
#            the camera starts in the namespace, prints READY and answers pair-setup M1
# env:   HUB        hub client binary (default: <repo>/target/debug/examples/hksv_hub_record,
#                   or $CARGO_TARGET_DIR/debug/examples/hksv_hub_record)
#        PORT       HAP port inside the namespace (default 51826)
#        KEEP_TMP=1 keep the temp dir (logs, fMP4, recording); VERBOSE=1 always print the camera log
#        DEBUG      HAP-NodeJS debug namespaces for the camera log
#                   (default HAP-NodeJS:Camera:*,HAP-NodeJS:DataStream:*,HAP-NodeJS:HAPServer,HAP-NodeJS:Accessory)
# Needs root (unshare -n), node >= 18 with npm, ip (iproute2), curl, ffprobe, and
# gst-launch-1.0 (x264enc, mp4mux) or ffmpeg. Exits non-zero on any failure.
set -euo pipefail
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
PORT=${PORT:-51826}
CODE=031-45-154

# ---------------------------------------------------------------- inside the namespace
if [ "${1:-}" = "--in-namespace" ]; then
  mode=$2
  ip link set lo up
  ip link set lo multicast on
  ip route add 224.0.0.0/4 dev lo
  ip -6 route add ff00::/8 dev lo table local 2>/dev/null || true
  links=$(ip -brief link | awk '{print $1}' | tr '\n' ' ')
  if [ "$links" != "lo " ]; then
    echo "hapnodejs: refusing to run: the namespace has interfaces other than lo: $links" >&2
    exit 1
  fi
  echo "hapnodejs: private network namespace: $(ip -brief link | tr -s ' ' | tr '\n' ';')"

  node_pid=
  stop_camera() {
    if [ -n "$node_pid" ] && kill -0 "$node_pid" 2>/dev/null; then
      kill -TERM "$node_pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$node_pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$node_pid" 2>/dev/null || true
      wait "$node_pid" 2>/dev/null || true
    fi
    node_pid=
  }
  trap stop_camera EXIT

  node "$here/camera.js" --port "$PORT" --pincode "$CODE" --storage "$TMP/storage" \
    --fmp4 "$TMP/test.mp4" --name "HAP-NodeJS Interop Camera" \
    >"$TMP/camera.out" 2>"$TMP/camera.log" &
  node_pid=$!
  ready=
  for _ in $(seq 1 300); do
    if grep -q '^READY port=' "$TMP/camera.out" 2>/dev/null; then ready=1; break; fi
    if ! kill -0 "$node_pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  if [ -z "$ready" ]; then
    echo "hapnodejs: FAIL: the camera did not print READY within 30 s" >&2
    exit 1
  fi
  echo "hapnodejs: camera $(cat "$TMP/camera.out") (pid $node_pid)"

  if [ "$mode" = camera-only ]; then
    # pair-setup M1: kTLVType_Method=0 (pair setup), kTLVType_State=1
    printf '\000\001\000\006\001\001' >"$TMP/m1.tlv"
    status=$(curl -s -o "$TMP/m2.tlv" -w '%{http_code} %{content_type}' -X POST \
      -H 'Content-Type: application/pairing+tlv8' --data-binary @"$TMP/m1.tlv" \
      "http://127.0.0.1:$PORT/pair-setup")
    m2=$(od -An -tx1 -N3 "$TMP/m2.tlv" | tr -d ' \n')
    echo "hapnodejs: POST /pair-setup M1 -> HTTP $status, $(wc -c <"$TMP/m2.tlv") bytes, starts $m2"
    if [ "$status" != "200 application/pairing+tlv8" ] || [ "$m2" != 060102 ]; then
      echo "hapnodejs: FAIL: expected HTTP 200 application/pairing+tlv8 with kTLVType_State=2 (06 01 02)" >&2
      exit 1
    fi
    echo "hapnodejs: listening sockets: $(ss -ltn | awk 'NR > 1 {print $4}' | tr '\n' ' ')"
    exit 0
  fi

  echo "hapnodejs: running $HUB --addr 127.0.0.1:$PORT --code $CODE --out $TMP/recording.mp4 --fragments 3 --timeout 40"
  set +e
  timeout --kill-after=5 90 "$HUB" --addr "127.0.0.1:$PORT" --code "$CODE" --out "$TMP/recording.mp4" \
    --fragments 3 --timeout 40 2>&1 | tee "$TMP/hub.log"
  hub_rc=${PIPESTATUS[0]}
  set -e
  sleep 0.5 # let the camera log the close/ack of the stream
  stop_camera
  echo "$hub_rc" >"$TMP/hub.rc"
  if [ "$hub_rc" -ne 0 ]; then
    echo "hapnodejs: FAIL: the hub client exited with status $hub_rc" >&2
    exit 1
  fi
  exit 0
fi

# ---------------------------------------------------------------- outside
mode=hub
case "${1:-}" in
  "") ;;
  --camera-only) mode=camera-only ;;
  *) echo "usage: $0 [--camera-only]" >&2; exit 2 ;;
esac

if [ "$mode" = hub ]; then
  default_hub=$root/target/debug/examples/hksv_hub_record
  [ -n "${CARGO_TARGET_DIR:-}" ] && default_hub=$CARGO_TARGET_DIR/debug/examples/hksv_hub_record
  HUB=${HUB:-$default_hub}
  case "$HUB" in
    /*) ;;
    *) if [ -e "$HUB" ]; then HUB=$(pwd)/$HUB; else HUB=$root/$HUB; fi ;;
  esac
  if [ ! -x "$HUB" ]; then
    echo "hapnodejs: FAIL: the hub client binary $HUB does not exist (or is not executable)." >&2
    echo "hapnodejs: build it first (cargo build --example hksv_hub_record) or point HUB at it;" >&2
    echo "hapnodejs: '$0 --camera-only' checks the camera side alone." >&2
    exit 1
  fi
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "hapnodejs: FAIL: needs root for a private network namespace (unshare -n)" >&2
  exit 1
fi
for tool in node npm ip unshare curl ffprobe; do
  command -v "$tool" >/dev/null 2>&1 || { echo "hapnodejs: FAIL: $tool not found" >&2; exit 1; }
done
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
  echo "hapnodejs: FAIL: node $(node --version) is too old (hap-nodejs needs 18, 20 or 22)" >&2
  exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/hksv-hapnodejs.XXXXXX")
export TMP
ok=0
cleanup() {
  local rc=$?
  if [ "$ok" != 1 ] || [ "${VERBOSE:-0}" = 1 ]; then
    if [ -s "$TMP/camera.log" ]; then
      echo "----- camera.js stderr ($TMP/camera.log) -----" >&2
      cat "$TMP/camera.log" >&2
      echo "----- end of camera.js stderr -----" >&2
    fi
  fi
  if [ "${KEEP_TMP:-0}" = 1 ] || [ "$ok" != 1 ]; then
    echo "hapnodejs: kept $TMP" >&2
  else
    rm -rf "$TMP"
  fi
  exit "$rc"
}
trap cleanup EXIT

# 1. npm ci when node_modules is missing or older than package-lock.json
cd "$here"
pinned=$(node -p 'require("./package-lock.json").packages["node_modules/hap-nodejs"].version')
installed=$(node -p 'try { require("./node_modules/hap-nodejs/package.json").version } catch (e) { "" }')
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] ||
  [ "$installed" != "$pinned" ]; then
  echo "hapnodejs: npm ci (hap-nodejs $pinned)"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "hapnodejs: hap-nodejs $(node -p 'require("./node_modules/hap-nodejs/package.json").version'), node $(node --version)"

# 2. the test recording
"$here/make-fmp4.sh" "$TMP/test.mp4"

# 3. in-process self-test of the camera's recording path (no network)
if ! node "$here/camera.js" --storage "$TMP/selftest-storage" --fmp4 "$TMP/test.mp4" \
  --self-test "$TMP/selftest.mp4" 2>"$TMP/selftest.log"; then
  cat "$TMP/selftest.log" >&2
  echo "hapnodejs: FAIL: camera.js --self-test" >&2
  exit 1
fi
echo "hapnodejs: camera self-test: $(grep -c 'self-test: PASS' "$TMP/selftest.log") checks passed"

# 4. camera (+ hub) inside one private network namespace
export PORT
[ "$mode" = hub ] && export HUB
export DEBUG=${DEBUG-HAP-NodeJS:Camera:*,HAP-NodeJS:DataStream:*,HAP-NodeJS:HAPServer,HAP-NodeJS:Accessory}
if ! unshare --net -- "$self" --in-namespace "$mode"; then
  echo "hapnodejs: FAIL (see the logs below)" >&2
  exit 1
fi

if [ "$mode" = camera-only ]; then
  ok=1
  echo "hapnodejs: PASS (camera only): npm ci, fMP4, self-test, READY in the namespace, pair-setup M1 answered"
  exit 0
fi

# 5. the recording
rec=$TMP/recording.mp4
if [ ! -s "$rec" ]; then
  echo "hapnodejs: FAIL: the hub wrote no recording ($rec)" >&2
  exit 1
fi
probe=$(ffprobe -v error -count_frames -select_streams v:0 \
  -show_entries stream=nb_read_frames,codec_name -of json "$rec")
codec=$(node -e 'const s = JSON.parse(process.argv[1]).streams || []; console.log(s.length ? s[0].codec_name : "none")' "$probe")
frames=$(node -e 'const s = JSON.parse(process.argv[1]).streams || []; console.log(s.length ? Number(s[0].nb_read_frames) || 0 : 0)' "$probe")
layout=$(node "$here/fmp4.js" "$rec" 2>&1 | tail -n 1 || true)
streams=$(grep -c 'delegate.handleRecordingStreamRequest' "$TMP/camera.log" || true)
fragments=$(grep -c 'yield fragment #' "$TMP/camera.log" || true)
ending=$(grep -E 'delegate\.(closeRecordingStream|acknowledgeStream)' "$TMP/camera.log" | sed 's/^\[[^]]*\] //' | tail -n 1 || true)
echo "hapnodejs: summary:"
echo "  selected:  $(grep 'delegate.updateRecordingConfiguration' "$TMP/camera.log" | tail -n 1 | sed 's/^.*updateRecordingConfiguration//' || true)"
echo "  camera:    $streams recording stream(s), $fragments fragment(s) yielded; ended by: ${ending:-<nothing logged>}"
echo "  recording: $rec, $(wc -c <"$rec") bytes; $layout"
echo "  ffprobe:   video codec $codec, $frames decodable frames"
if [ "$codec" != h264 ] || [ "$frames" -le 0 ]; then
  echo "hapnodejs: FAIL: expected an H.264 video stream with decodable frames: $probe" >&2
  exit 1
fi
ok=1
echo "hapnodejs: PASS: the hub recorded $frames H.264 frames from HAP-NodeJS $pinned"
