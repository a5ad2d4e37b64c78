#!/usr/bin/env bash
# Benchmark of HomeKit Secure Video recording through hksvsink, on loopback, in one run:
#   1. open → first mediaFragment: median (and min/max) of 20 recordings opened by our hub
#      client (examples/hksv_hub_record.rs) against a live camera (a 1080p30 4 Mbps clip
#      played in real time into hksvsink, 4 s prebuffer, 4 s GOP);
#   2. CPU seconds (user+sys of the camera process) for the 60 s clip through the whole
#      recording path — prebuffer ring, fMP4 mux, HDS encryption, sending to a hub that drains
#      it, one recording open from the start to the end — beside GStreamer's
#      `mp4mux fragment-duration=4000` alone on the same input, and their ratio;
#   3. peak RSS of the camera process with an 8 s prebuffer, beside mp4mux's.
# Both pipelines parse the same MPEG-TS clip (H.264 + AAC-LC) and play it in real time
# (identity sync=true), as a camera delivers it.
#
# Phases 2 and 3 run RUNS times (default 3); the median run by CPU seconds is printed.
#
# Usage: scripts/bench-recording.sh   (from the repository root; builds the release examples)
#        RUNS=5 scripts/bench-recording.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench-recording"
mkdir -p "$work"
clip=$("$root/scripts/bench-clip.sh")

(cd "$root" && cargo build --locked --release -q -p gst-plugin-hksv --example hksv_camera \
  && cargo build --locked --release -q -p hksv --example hksv_hub_record)
camera_bin="$root/target/release/examples/hksv_camera"
hub_bin="$root/target/release/examples/hksv_hub_record"
code=031-45-154
port=${PORT:-52917}
runs=${RUNS:-3}

source_desc="filesrc location=$clip ! tsdemux name=d d. ! queue ! h264parse ! video/x-h264,alignment=au ! identity sync=true"
tail_desc="d. ! queue ! aacparse ! audio/mpeg,stream-format=raw ! identity sync=true ! hksv.audio"

# Starts the camera with prebuffer $1 ms; sets $camera_pid. Commands go through a fifo.
start_camera() {
  rm -rf "$work/state" "$work/cmd" && mkdir -p "$work/state" && mkfifo "$work/cmd"
  HKSV_CAMERA_SOURCE="$source_desc" HKSV_CAMERA_TAIL="$tail_desc" \
    /usr/bin/time -o "$work/camera-time.txt" -f "%U %S %M" "$camera_bin" \
    bind-address=127.0.0.1 port=$port advertise=false setup-code=$code \
    state-dir="$work/state" prebuffer-length="$1" <"$work/cmd" >"$work/camera.log" 2>&1 &
  camera_pid=$!
  exec 3>"$work/cmd"
  for _ in $(seq 100); do grep -q "HKSV-CAMERA started" "$work/camera.log" && break; sleep 0.1; done
  echo "motion on" >&3
}

stop_camera() {
  echo quit >&3 || true
  exec 3>&-
  wait "$camera_pid" || true
}

echo "bench-recording: 1/3 open → first fragment, 20 opens (live, 4 s prebuffer)" >&2
start_camera 4000
sleep 6
"$hub_bin" --addr 127.0.0.1:$port --code $code --out "$work/opens.mp4" --fragments 1 --opens 20 --timeout 20 >"$work/opens.json"
stop_camera
open_stats=$(python3 -c 'import json,sys,statistics as s; t=json.load(open(sys.argv[1]))["opens_to_first_fragment_ms"]; print(f"{s.median(t):.1f} {min(t):.1f} {max(t):.1f} {len(t)}")' "$work/opens.json")

echo "bench-recording: 2/3 60 s clip through the recording path (8 s prebuffer, $runs runs)" >&2
# Prints "cpu_seconds peak_rss_kib" of a /usr/bin/time output file.
cpu_rss() { awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$1"; }
# The median run by CPU seconds of lines "cpu rss".
median() { sort -g | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'; }

: >"$work/camera-runs.txt"
for run in $(seq "$runs"); do
  start_camera 8000
  sleep 1
  "$hub_bin" --addr 127.0.0.1:$port --code $code --out "$work/full.mp4" --fragments 0 --timeout 120 --audio >"$work/hub.json"
  wait "$camera_pid" || true
  exec 3>&-
  cpu_rss "$work/camera-time.txt" >>"$work/camera-runs.txt"
done
read -r ours crss < <(median <"$work/camera-runs.txt")

echo "bench-recording: 3/3 mp4mux fragment-duration=4000 alone ($runs runs)" >&2
: >"$work/mp4mux-runs.txt"
for run in $(seq "$runs"); do
  /usr/bin/time -o "$work/mp4mux-time.txt" -f "%U %S %M" gst-launch-1.0 -q filesrc location="$clip" ! tsdemux name=d \
    d. ! queue ! h264parse ! identity sync=true ! mp4mux name=m fragment-duration=4000 ! fakesink \
    d. ! queue ! aacparse ! identity sync=true ! m. >/dev/null
  cpu_rss "$work/mp4mux-time.txt" >>"$work/mp4mux-runs.txt"
done
read -r peer mrss < <(median <"$work/mp4mux-runs.txt")

python3 - "$open_stats" "$ours" "$crss" "$peer" "$mrss" "$work/hub.json" "$runs" <<'PY'
import json, sys
med, lo, hi, n = map(float, sys.argv[1].split())
ours, crss, peer, mrss = map(float, sys.argv[2:6])
hub = json.load(open(sys.argv[6]))
runs = sys.argv[7]
print(f"{'measure':46} {'hksvsink recording':>20} {'mp4mux alone':>14} {'ratio':>7}")
print(f"{'open -> first mediaFragment, median of 20 (ms)':46} {med:>20.1f} {'':>14} {'':>7}   (min {lo:.1f}, max {hi:.1f}, {int(n)} opens)")
print(f"{'CPU seconds, 60 s 1080p30 4 Mbps + AAC (median of ' + runs + ')':46} {ours:>20.2f} {peer:>14.2f} {ours/peer:>7.2f}")
print(f"{'peak RSS (MiB), 8 s prebuffer':46} {crss/1024:>20.1f} {mrss/1024:>14.1f} {crss/mrss:>7.2f}")
print(f"recording received by the hub: {hub['fragments']} fragments, {hub['bytes']} bytes, end {hub['end']}")
PY
