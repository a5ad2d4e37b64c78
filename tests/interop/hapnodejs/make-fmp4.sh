#!/usr/bin/env bash
# Makes a short fragmented-MP4 test recording for the HAP-NodeJS interop camera (camera.js):
# ftyp + moov, then fragments of one GOP each (4 s by default, the fragment length HKSV hubs
# select), each starting with an H.264 Main key frame, plus AAC-LC mono 32 kHz audio unless
# --no-audio (or no AAC encoder is available). The default 2000 kbit/s SMPTE pattern (with its
# noise area) gives fragments of about 1 MB, so HAP-NodeJS splits each into 4 HDS chunks.
#
# usage: make-fmp4.sh OUT.mp4 [--no-audio]
# env:   FMP4_SECONDS (20), FMP4_FRAGMENT_SECONDS (4), FMP4_KBPS (2000),
#        FMP4_WIDTH (640), FMP4_HEIGHT (360), FMP4_FPS (30)
#
# Uses gst-launch-1.0 (x264enc, mp4mux) if available, else ffmpeg (libx264); if neither is
# there and we are root, installs the GStreamer tools and plugins with apt-get.
# The result is checked with `node fmp4.js --check` (box layout, key frame at every fragment).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

out=${1:-}
if [ -z "$out" ] || [ "${out#-}" != "$out" ]; then
  echo "usage: $0 OUT.mp4 [--no-audio]" >&2
  exit 2
fi
audio=1
[ "${2:-}" = "--no-audio" ] && audio=0

secs=${FMP4_SECONDS:-20}
frag=${FMP4_FRAGMENT_SECONDS:-4}
kbps=${FMP4_KBPS:-2000}
w=${FMP4_WIDTH:-640}
h=${FMP4_HEIGHT:-360}
fps=${FMP4_FPS:-30}
frames=$((secs * fps))
rate=32000

have_gst_elements() {
  command -v gst-inspect-1.0 >/dev/null 2>&1 || return 1
  local e
  for e in "$@"; do gst-inspect-1.0 "$e" >/dev/null 2>&1 || return 1; done
}

if ! command -v gst-launch-1.0 >/dev/null 2>&1 && ! command -v ffmpeg >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "make-fmp4: neither gst-launch-1.0 nor ffmpeg found; installing GStreamer with apt-get" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good \
      gstreamer1.0-plugins-ugly gstreamer1.0-plugins-bad >&2
  else
    echo "make-fmp4: needs gst-launch-1.0 (with x264enc, mp4mux) or ffmpeg (with libx264)" >&2
    exit 1
  fi
fi

rm -f "$out"
if command -v gst-launch-1.0 >/dev/null 2>&1 && have_gst_elements videotestsrc x264enc h264parse mp4mux; then
  aenc=
  if [ "$audio" = 1 ]; then
    for e in voaacenc avenc_aac; do
      if have_gst_elements audiotestsrc aacparse "$e"; then aenc=$e; break; fi
    done
    [ -n "$aenc" ] || echo "make-fmp4: no GStreamer AAC encoder (voaacenc, avenc_aac): video only" >&2
  fi
  # mp4mux cuts fragments at the first key frame after fragment-duration; with a fixed GOP
  # (key-int-max, no scene-cut key frames) every fragment is one GOP starting with an IDR frame.
  video="videotestsrc num-buffers=$frames pattern=smpte ! video/x-raw,format=I420,width=$w,height=$h,framerate=$fps/1 \
    ! x264enc key-int-max=$((fps * frag)) bframes=0 bitrate=$kbps speed-preset=veryfast option-string=scenecut=0 \
    ! video/x-h264,profile=main ! h264parse ! mux."
  sound=
  if [ -n "$aenc" ]; then
    sound="audiotestsrc num-buffers=$((secs * 10)) samplesperbuffer=$((rate / 10)) wave=sine freq=440 volume=0.3 \
      ! audioconvert ! audioresample ! audio/x-raw,rate=$rate,channels=1 ! $aenc bitrate=32000 ! aacparse ! mux."
  fi
  # shellcheck disable=SC2086 # the pipeline description is split into words on purpose
  gst-launch-1.0 -q mp4mux name=mux fragment-duration=$((frag * 1000)) streamable=true ! filesink location="$out" \
    $video $sound >&2
  tool="gst-launch-1.0 (x264enc, mp4mux${aenc:+, $aenc})"
elif command -v ffmpeg >/dev/null 2>&1; then
  aargs=(-an)
  ainput=()
  if [ "$audio" = 1 ]; then
    ainput=(-f lavfi -i "sine=frequency=440:sample_rate=$rate")
    aargs=(-c:a aac -ac 1 -ar "$rate" -b:a 32k)
  fi
  ffmpeg -hide_banner -loglevel error -y -f lavfi -i "testsrc=size=${w}x${h}:rate=$fps" "${ainput[@]}" \
    -t "$secs" -c:v libx264 -profile:v main -pix_fmt yuv420p -g "$((fps * frag))" \
    -keyint_min "$((fps * frag))" -sc_threshold 0 -bf 0 -b:v "${kbps}k" "${aargs[@]}" \
    -movflags frag_keyframe+empty_moov+default_base_moof -f mp4 "$out"
  tool="ffmpeg (libx264)"
else
  echo "make-fmp4: gst-launch-1.0 lacks videotestsrc/x264enc/h264parse/mp4mux and ffmpeg is missing" >&2
  exit 1
fi

if ! node "$here/fmp4.js" --check "$out" >"$out.boxes.txt" 2>&1; then
  cat "$out.boxes.txt" >&2
  echo "make-fmp4: $out is not a usable HKSV fMP4" >&2
  exit 1
fi
echo "make-fmp4: wrote $out with $tool: $(tail -n 1 "$out.boxes.txt")" >&2
rm -f "$out.boxes.txt"
