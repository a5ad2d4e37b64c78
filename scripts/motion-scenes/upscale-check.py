#!/usr/bin/env python3
"""Scales the 1280x720 hard-negative clips of held-out parts to 1920x1080, encodes them again
as a camera's main stream would be (x264 veryfast, Main profile, CABAC, CBR 4 Mbit/s, the clip's
GOP, no B pictures, one encoder thread so that the bytes are the same on every run) and runs the core crate's detector on them (`motion_eval`): no part is shot
at 1080p, and the size a region must reach depends on the picture size (`REGION_SIZE_EXPONENT`
in `src/motion/vectors.rs`). Prints each clip's detections and how many clips fire.

    upscale-check.py SET_DIR [SET_DIR...] [--bin target/release/examples/motion_eval]
                     [--out /tmp/motion-upscale] [--mode vbr]

A check of the threshold on scaled pictures, not of footage shot at 1080p. Needs ffmpeg with
libx264; python3 standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--bin", default=os.path.join(REPO, "target", "release", "examples", "motion_eval"))
    ap.add_argument("--out", default="/tmp/motion-upscale")
    ap.add_argument("--mode", default="vbr", help="encoder mode of the source clips (vbr, cbr or all)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    args = [a.bin]
    for set_dir in a.sets:
        gt = json.load(open(os.path.join(set_dir, "ground_truth.json")))
        for c in gt["clips"]:
            if not c.get("hard_negative") or c.get("width") != 1280:
                continue
            if a.mode != "all" and c.get("encoder_mode") != a.mode:
                continue
            out = os.path.join(a.out, c["name"] + ".h264")
            if not os.path.exists(out):
                subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", os.path.join(set_dir, c["file"]),
                                "-vf", "scale=1920:1080:flags=bicubic", "-c:v", "libx264", "-threads", "1", "-preset", "veryfast",
                                "-tune", "zerolatency", "-profile:v", "main", "-b:v", "4M", "-maxrate", "4M",
                                "-bufsize", "4M", "-g", str(c["gop"]), "-keyint_min", str(c["gop"]), "-bf", "0",
                                "-x264-params", "scenecut=0:nal-hrd=cbr", "-f", "h264", out], check=True)
            args.append("%s:%s:%s" % (c["fps"], c["name"], out))
    lines = subprocess.run(args, capture_output=True, text=True, check=True).stdout.splitlines()
    firing = 0
    for line in lines:
        name, *ivs = line.split()
        firing += bool(ivs)
        print("%-45s %s" % (name, " ".join(ivs) or "-"))
    print("%d of %d hard-negative clips fire at 1920x1080" % (firing, len(lines)))


if __name__ == "__main__":
    main()
