#!/usr/bin/env bash
# Benchmark: remux one 60 s 1080p30 H.264 (~4 Mbps, fixed 4 s GOP) + AAC-LC clip to fragmented
# MP4 with
#   1. hksvfmp4mux (fragment-duration=4000),
#   2. GStreamer's mp4mux fragment-duration=4000,
#   3. ffmpeg -c copy -movflags frag_keyframe+empty_moov+default_base_moof,
# and print CPU seconds (user+sys of the whole process), peak RSS and the ratios against
# hksvfmp4mux. Each muxer runs RUNS times (default 3); the median CPU run is reported.
#
# The clip is generated once by scripts/bench-clip.sh.
# The plugin comes from target/release (built here if missing); set PLUGIN_DIR to use another.
#
# Usage: scripts/bench-fmp4mux.sh            (from the repository root)
#        RUNS=5 scripts/bench-fmp4mux.sh
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench-fmp4mux"
plugin_dir=${PLUGIN_DIR:-$root/target/release}
runs=${RUNS:-3}
mkdir -p "$work"

if [ ! -f "$plugin_dir/libgsthksv.so" ]; then
  echo "building the release plugin..." >&2
  (cd "$root" && cargo build --release -p gst-plugin-hksv)
fi

# A private registry, warmed up before any timing, so no run pays for a plugin scan.
export GST_REGISTRY="$work/registry.bin"
export GST_PLUGIN_PATH="$plugin_dir"
gst-inspect-1.0 hksvfmp4mux >/dev/null

clip=$("$root/scripts/bench-clip.sh")

# Both GStreamer pipelines demux and parse the same way; each muxer gets its natural input
# (hksvfmp4mux takes the byte-stream as it comes, mp4mux needs avc from h264parse).
declare -A cmd
cmd[hksvfmp4mux]="gst-launch-1.0 -q filesrc location=$clip ! tsdemux name=d \
  d. ! queue ! h264parse ! video/x-h264,alignment=au ! hksvfmp4mux name=mux fragment-duration=4000 ! \
  filesink location=$work/out-hksvfmp4mux.mp4 \
  d. ! queue ! aacparse ! audio/mpeg,stream-format=raw ! mux.audio"
cmd[mp4mux]="gst-launch-1.0 -q filesrc location=$clip ! tsdemux name=d \
  d. ! queue ! h264parse ! mp4mux name=mux fragment-duration=4000 ! \
  filesink location=$work/out-mp4mux.mp4 \
  d. ! queue ! aacparse ! mux."
# ffmpeg needs its ADTS-to-raw bitstream filter where GStreamer uses aacparse.
cmd[ffmpeg]="ffmpeg -v error -y -i $clip -c copy -bsf:a aac_adtstoasc \
  -movflags frag_keyframe+empty_moov+default_base_moof -f mp4 $work/out-ffmpeg.mp4"

# Prints "cpu_seconds peak_rss_kib" of one run of $1.
measure() {
  if ! /usr/bin/time -o "$work/time.txt" -f "%U %S %M" bash -c "exec $1" >/dev/null 2>"$work/stderr.log"; then
    echo "failed: $1" >&2
    cat "$work/stderr.log" >&2
    exit 1
  fi
  awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$work/time.txt"
}

declare -A cpu rss
for name in hksvfmp4mux mp4mux ffmpeg; do
  results=()
  for _ in $(seq "$runs"); do
    results+=("$(measure "${cmd[$name]}")")
  done
  median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  cpu[$name]=${median% *}
  rss[$name]=${median#* }
done

frames() {
  ffprobe -v error -count_frames -select_streams v:0 -show_entries stream=nb_read_frames -of csv=p=0 "$1"
}

echo
echo "clip: $(du -h "$clip" | cut -f1) $clip, $runs runs each, median CPU"
printf '| %-12s | %9s | %13s | %16s | %13s | %7s |\n' muxer "CPU s" "peak RSS MiB" "CPU hksv / this" "output MiB" frames
printf '|%s|%s|%s|%s|%s|%s|\n' "--------------" "-----------" "---------------" "------------------" "---------------" "---------"
for name in hksvfmp4mux mp4mux ffmpeg; do
  out="$work/out-$name.mp4"
  printf '| %-12s | %9s | %13.1f | %16.2f | %13.1f | %7s |\n' "$name" "${cpu[$name]}" \
    "$(awk "BEGIN { print ${rss[$name]} / 1024 }")" \
    "$(awk "BEGIN { print ${cpu[hksvfmp4mux]} / ${cpu[$name]} }")" \
    "$(awk "BEGIN { print $(stat -c %s "$out") / 1048576 }")" "$(frames "$out")"
done
