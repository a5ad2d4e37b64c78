#!/usr/bin/env bash
# CPU cost of hapmotiondetect: the same 60 s 1080p30 H.264 clip through
#   filesrc ! h264parse ! fakesink                      (reference)
#   filesrc ! h264parse ! hapmotiondetect ! fakesink    (with the detector)
#   ... ! hapmotiondetect analysis-rate=0 ! ...           (every P picture analysed)
# in one run, several rounds interleaved; prints the median user+system CPU seconds of each and
# their ratio (targets: complexity at most 1.1, issue 4; motion-vectors at most 4 on the
# CABAC clip, issue 16).
#
# Usage: scripts/bench-motion.sh [-p PLUGIN_DIR] [-r ROUNDS] [-c CLIP] [-k KIND]
#   PLUGIN_DIR  folder with libgsthksv.so (default target/release, built if missing)
#   CLIP        Annex-B H.264 file (default per KIND, generated once)
#   KIND        ultrafast (default: target/bench-motion/1080p30-60s.h264, x264 ultrafast, i.e.
#               CAVLC without sub-partitions) or cabac (target/bench-motion/1080p30-30s-cabac.h264:
#               30 s, x264 veryfast Main profile with CABAC, CBR 4 Mbit/s, a still test card under
#               sensor-like noise, as a camera streams; issue 16's cost target is measured on it) or
#               cabac-grey (target/bench-motion/1080p30-30s-cabac-grey.h264: the same in grey, as an IR
#               camera streams at night, where motion-vectors also follows slow spots, spots.rs)
set -euo pipefail
cd "$(dirname "$0")/.."

plugin_dir=target/release
rounds=5
clip=
kind=ultrafast
while getopts "p:r:c:k:" opt; do
    case $opt in
        p) plugin_dir=$OPTARG ;;
        r) rounds=$OPTARG ;;
        c) clip=$OPTARG ;;
        k) kind=$OPTARG ;;
        *) echo "usage: $0 [-p PLUGIN_DIR] [-r ROUNDS] [-c CLIP] [-k ultrafast|cabac|cabac-grey]" >&2; exit 2 ;;
    esac
done

if [[ ! -f $plugin_dir/libgsthksv.so ]]; then
    [[ $plugin_dir == target/release ]] || { echo "no libgsthksv.so in $plugin_dir" >&2; exit 1; }
    cargo build --release -p gst-plugin-hksv
fi
case $plugin_dir in
    /*) plugin_path=$plugin_dir ;;
    *) plugin_path=$PWD/$plugin_dir ;;
esac
export GST_PLUGIN_PATH=$plugin_path${GST_PLUGIN_PATH:+:$GST_PLUGIN_PATH}

case $kind in
    ultrafast) clip=${clip:-target/bench-motion/1080p30-60s.h264} ;;
    cabac) clip=${clip:-target/bench-motion/1080p30-30s-cabac.h264} ;;
    cabac-grey) clip=${clip:-target/bench-motion/1080p30-30s-cabac-grey.h264} ;;
    *) echo "unknown kind $kind (ultrafast, cabac or cabac-grey)" >&2; exit 2 ;;
esac

# cabac-grey: the picture made grey before encoding (no chroma residual, like an IR camera).
grey=()
[[ $kind == cabac-grey ]] && grey=(! videoconvert ! video/x-raw,format=GRAY8 ! videoconvert)
if [[ ! -f $clip && $kind == cabac* ]]; then
    mkdir -p "$(dirname "$clip")"
    echo "generating $clip (30 s, 1920x1080 @ 30 fps, x264 veryfast Main/CABAC, CBR 4 Mbit/s, GOP 2 s)" >&2
    gst-launch-1.0 -q videotestsrc num-buffers=900 pattern=smpte \
        ! video/x-raw,width=1920,height=1080,framerate=30/1 ! compositor name=mix sink_1::alpha=0.06 \
        "${grey[@]}" ! video/x-raw,format=I420 \
        ! x264enc speed-preset=veryfast tune=zerolatency bitrate=4000 vbv-buf-capacity=1000 \
            key-int-max=60 option-string=nal-hrd=cbr:cabac=1:scenecut=0 \
        ! video/x-h264,profile=main,stream-format=byte-stream \
        ! filesink location="$clip" \
        videotestsrc num-buffers=900 pattern=snow ! video/x-raw,width=1920,height=1080,framerate=30/1 ! mix.
fi

if [[ ! -f $clip ]]; then
    mkdir -p "$(dirname "$clip")"
    # Sensor-like noise over a moving pattern keeps the encoder at its bit rate, like a camera.
    echo "generating $clip (60 s, 1920x1080 @ 30 fps, x264 main, CBR 4 Mbit/s, GOP 2 s)" >&2
    gst-launch-1.0 -q videotestsrc num-buffers=1800 pattern=snow \
        ! video/x-raw,width=1920,height=1080,framerate=30/1 \
        ! x264enc speed-preset=ultrafast tune=zerolatency bitrate=4000 vbv-buf-capacity=1000 \
            key-int-max=60 option-string=nal-hrd=cbr \
        ! video/x-h264,profile=main,stream-format=byte-stream \
        ! filesink location="$clip"
fi

# CPU seconds (user + system, from getrusage: microsecond resolution) of one gst-launch run.
cpu() {
    python3 - "$clip" "$@" <<'PY'
import resource, subprocess, sys
clip, extra = sys.argv[1], sys.argv[2:]
cmd = ["gst-launch-1.0", "-q", "filesrc", f"location={clip}", "!", "h264parse", "!", *extra, "fakesink", "sync=false"]
subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{r.ru_utime + r.ru_stime:.3f}")
PY
}

gst-inspect-1.0 hapmotiondetect >/dev/null || { echo "hapmotiondetect not found in $plugin_dir" >&2; exit 1; }
# The reference, the element with each algorithm, and decoding every picture (what a pixel-based
# detector needs before it can even start), all in one run, interleaved round by round.
ref=(); mv=(); mvall=(); cx=(); dec=()
for ((i = 0; i < rounds; i++)); do
    ref+=("$(cpu)")
    mv+=("$(cpu hapmotiondetect algorithm=motion-vectors !)")
    mvall+=("$(cpu hapmotiondetect algorithm=motion-vectors analysis-rate=0 !)")
    cx+=("$(cpu hapmotiondetect algorithm=complexity !)")
    dec+=("$(cpu avdec_h264 max-threads=1 !)")
done

median() { printf "%s\n" "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
r=$(median "${ref[@]}")
echo "clip: $clip ($(stat -c %s "$clip") bytes), $rounds rounds, median CPU seconds (user+sys)"
line() {
    local label=$1; shift
    local m; m=$(median "$@")
    awk -v l="$label" -v m="$m" -v r="$r" -v runs="$*" 'BEGIN { printf "%-58s %6.3f s  ratio %6.2f   (runs: %s)\n", l, m, m / r, runs }'
}
line "h264parse ! fakesink" "${ref[@]}"
line "h264parse ! hapmotiondetect (motion-vectors) ! fakesink" "${mv[@]}"
line "h264parse ! hapmotiondetect analysis-rate=0 ! fakesink" "${mvall[@]}"
line "h264parse ! hapmotiondetect algorithm=complexity ! fakesink" "${cx[@]}"
line "h264parse ! avdec_h264 max-threads=1 ! fakesink" "${dec[@]}"
echo "motion-vectors analyses about 8 P pictures per second by default (analysis-rate); analysis-rate=0 analyses every one"
echo "targets: complexity <= 1.1 (issue 4); motion-vectors <= 4 on the cabac clip (issue 16)"
