#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks to build gst-hksv and run its tests:
# GStreamer development files and plugins, ffmpeg/ffprobe (MP4 checks), meson/ninja, Python venv
# support, iproute2 (network namespaces for the mDNS test), zbar-tools (reads back the printed
# setup QR code in the interop test), node and npm (HAP-NodeJS, the third-party HKSV camera
# our hub client records from), curl. Installs only what is missing.
set -euo pipefail
pkgs=(
  build-essential pkg-config
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
  gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly gstreamer1.0-libav
  ffmpeg meson ninja-build python3 python3-venv iproute2 util-linux zbar-tools curl
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from elsewhere than Debian (a newer one); only install Debian's when absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "install-deps: cargo is missing; install Rust (rustup, 1.92 or newer) first" >&2
  exit 1
fi
