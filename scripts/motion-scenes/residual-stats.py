#!/usr/bin/env python3
"""Residual of the travelling regions of `motion-vectors`: how many non-zero transform
coefficients per macroblock the small regions that travel carry, in hard-negative clips and
during true events (the measurement behind `MIN_RESIDUAL_SHARE`, src/motion/vectors.rs).

    residual-stats.py MOTION_EVAL SET_DIR [SET_DIR...] [-o CACHE]

MOTION_EVAL is `target/release/examples/motion_eval`; each SET_DIR holds `ground_truth.json`
and `clips/` (as `evaluate.py` takes). Runs every clip with `--trace`, takes the regions whose
track travels (2-8 macroblocks), and prints, for the pictures of hard-negative clips and for
those within an event (-0.5 s / +2 s), the share with fewer than 0.5, 1 and 2 coefficients per
macroblock and with less than the picture's mean. python3 standard library and ffmpeg.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evaluate import annexb  # noqa: E402

REGION = re.compile(r"^  region size=(\d+) .*residual=([\d.]+) coeffs=([\d.]+) centroid=\(([\d.]+),([\d.]+)\)")
BLOB = re.compile(r"^  blob size=(\d+) at \(([\d.]+),([\d.]+)\) .*travels=(\w+)")
PICTURE = re.compile(r"^t=(\d+\.\d+) moving=")


def regions(binary, fps, path):
    """(time, coefficients per macroblock, share of the picture's mean) of each travelling region."""
    err = subprocess.run([binary, "--trace", "%s:x:%s" % (fps, path)], capture_output=True, text=True,
                         check=True).stderr
    out, regs, blobs = [], [], []
    for line in err.splitlines():
        if m := REGION.match(line):
            regs.append(m.groups())
        elif m := BLOB.match(line):
            blobs.append(m.groups())
        elif m := PICTURE.match(line):
            t = float(m.group(1))
            for size, x, y, travels in blobs:
                if travels != "true" or not 2 <= int(size) <= 8:
                    continue
                for rsize, share, coeffs, rx, ry in regs:
                    if rsize == size and abs(float(rx) - float(x)) < 0.05 and abs(float(ry) - float(y)) < 0.05:
                        out.append((t, float(coeffs), float(share)))
            regs, blobs = [], []
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("binary")
    ap.add_argument("sets", nargs="+")
    ap.add_argument("-o", "--out", default="/tmp/motion-eval")
    a = ap.parse_args()
    groups = {"hard negatives": [], "events": []}
    for set_dir in a.sets:
        gt = json.load(open(os.path.join(set_dir, "ground_truth.json")))
        cache = os.path.join(a.out, "annexb", os.path.basename(os.path.normpath(set_dir)))
        os.makedirs(cache, exist_ok=True)
        for clip in gt["clips"]:
            path = annexb(os.path.join(set_dir, clip["file"]), cache)
            events = clip.get("motion") or []
            for t, coeffs, share in regions(a.binary, clip["fps"], path):
                if clip.get("hard_negative"):
                    groups["hard negatives"].append((coeffs, share))
                elif any(s - 0.5 <= t <= e + 2.0 for s, e in events):
                    groups["events"].append((coeffs, share))
    print("| pictures of | travelling regions (2-8 MBs) | < 0.5 coeff/MB | < 1 | < 2 | < the picture's mean |")
    print("|---|---|---|---|---|---|")
    for name, rows in groups.items():
        n = max(1, len(rows))
        cells = ["%.0f %%" % (100.0 * sum(1 for c, _ in rows if c < x) / n) for x in (0.5, 1.0, 2.0)]
        cells.append("%.0f %%" % (100.0 * sum(1 for _, s in rows if s < 1.0) / n))
        print("| %s | %d | %s |" % (name, len(rows), " | ".join(cells)))


if __name__ == "__main__":
    main()
