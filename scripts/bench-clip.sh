#!/usr/bin/env bash
# Makes (once) the benchmarks' input and prints its path: 60 s of 1080p30 H.264 at ~4 Mbps with a
# fixed 4 s GOP, and AAC-LC 32 kHz mono, in MPEG-TS, under target/bench-clip/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/target/bench-clip"
clip="$work/clip-1080p30-4mbps-gop4s-aac.ts"
mkdir -p "$work"
if [ ! -f "$clip" ]; then
  echo "generating the 60 s test clip (once)..." >&2
  # Noisy pattern so that 4 Mbps is really spent; scenecut off so that the GOP stays 4 s
  # (field notes pitfall 6).
  gst-launch-1.0 -q \
    videotestsrc num-buffers=1800 pattern=snow ! video/x-raw,width=1920,height=1080,framerate=30/1 ! \
    x264enc bitrate=4000 key-int-max=120 bframes=0 speed-preset=ultrafast \
      option-string="scenecut=0:min-keyint=120" ! h264parse ! queue ! mpegtsmux name=m ! \
    filesink location="$clip.part" \
    audiotestsrc num-buffers=1875 samplesperbuffer=1024 ! audio/x-raw,rate=32000,channels=1 ! \
    avenc_aac bitrate=64000 ! aacparse ! queue ! m. >&2
  mv "$clip.part" "$clip"
fi
echo "$clip"
