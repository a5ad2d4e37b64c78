#!/usr/bin/env bash
# README command 1: run a HomeKit camera.
#
#   pipelines/camera.sh                     # built-in live test picture (videotestsrc + x264enc)
#   pipelines/camera.sh rtsp://cam/stream   # an H.264 RTSP camera, passed through untouched
#
# Installs missing system packages, builds the plugin, prints the setup code and a QR code,
# then serves until Ctrl-C. Pair it in the Home app: Add Accessory, scan the QR code.
# Identity and pairings persist in the state directory, so a restart keeps the pairing.
#
# Environment (all optional):
#   HKSV_NAME        accessory name                 (default "GStreamer Camera")
#   HKSV_CATEGORY    camera | doorbell              (default camera)
#   HKSV_SETUP_CODE  XXX-XX-XXX                     (default: generated once, kept in the state)
#   HKSV_PORT        HAP TCP port, 0 = any          (default 0)
#   HKSV_BIND        listen address                 (default ::, IPv6 and IPv4; 0.0.0.0 without IPv6)
#   HKSV_INTERFACE   mDNS interface, e.g. eth0      (default: all)
#   HKSV_STATE_DIR   state directory                (default $XDG_STATE_HOME/gst-hksv/<name>)
#   HKSV_PROFILE     cargo profile: debug | release (default debug)
#   HKSV_IGNORE_ZONES  where motion is ignored, x,y,w,h[;...] in fractions of the picture,
#                    e.g. "0.85,0.66,0.15,0.2" (a flag in the lower right; default: none)
#   GST_DEBUG        e.g. hksvsink:5 to see every HAP step
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

"$root/scripts/install-deps.sh"

profile=${HKSV_PROFILE:-debug}
case $profile in
  release) cargo build --locked --release -p gst-plugin-hksv --manifest-path "$root/Cargo.toml" ;;
  debug) cargo build --locked -p gst-plugin-hksv --manifest-path "$root/Cargo.toml" ;;
  *) echo "camera.sh: HKSV_PROFILE must be debug or release" >&2; exit 2 ;;
esac
target=$(cd "$root" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
export GST_PLUGIN_PATH="$target/$profile${GST_PLUGIN_PATH:+:$GST_PLUGIN_PATH}"

name=${HKSV_NAME:-GStreamer Camera}
sink=(hksvsink "accessory-name=$name" "category=${HKSV_CATEGORY:-camera}"
  "port=${HKSV_PORT:-0}" "bind-address=${HKSV_BIND:-::}")
[ -n "${HKSV_SETUP_CODE:-}" ] && sink+=("setup-code=$HKSV_SETUP_CODE")
[ -n "${HKSV_INTERFACE:-}" ] && sink+=("mdns-interface=$HKSV_INTERFACE")
[ -n "${HKSV_STATE_DIR:-}" ] && sink+=("state-dir=$HKSV_STATE_DIR")

if [ $# -ge 1 ]; then
  # The camera's own H.264, not re-encoded.
  src=(rtspsrc "location=$1" latency=200 protocols=tcp ! rtph264depay ! h264parse config-interval=-1)
else
  # A live 720p30 test picture with a clock, one keyframe every 4 s (HKSV fragment length).
  src=(videotestsrc is-live=true pattern=smpte
    ! video/x-raw,width=1280,height=720,framerate=30/1
    ! clockoverlay "time-format=%Y-%m-%d %H:%M:%S"
    ! x264enc tune=zerolatency speed-preset=veryfast bitrate=2000 key-int-max=120
    ! video/x-h264,profile=main ! h264parse)
fi

# hapmotiondetect reads the H.264 headers and drives the MotionSensor (no decoding).
motion=(hapmotiondetect)
[ -n "${HKSV_IGNORE_ZONES:-}" ] && motion+=("ignore-zones=$HKSV_IGNORE_ZONES")
echo "camera.sh: gst-launch-1.0 ${src[*]} ! ${motion[*]} ! ${sink[*]}"
exec gst-launch-1.0 -e "${src[@]}" ! "${motion[@]}" ! "${sink[@]}"
