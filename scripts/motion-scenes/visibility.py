#!/usr/bin/env python3
"""How much motion the encoder coded for each event, and what the detector found at each level.

The motion-vector detector can only see an object that the encoder gave motion vectors. At low
bit rates (a night scene in IR at 70-80 kbit/s), or for a dim or small object, x264 codes much
of it as skipped macroblocks (copied from the last picture) or as residual at a zero vector.
This script measures that per event: over the P pictures of the event, the mean number of
**moving macroblocks on the object's path**: inter macroblocks inside the box of a sprite that
is moving at that time and is one of the event's `motion_objects` (the box of `score-where.py`: feet at the path point, its height, a width
of WIDTH[kind] times the height, widened by MARGIN_PX) whose mean vector is at least
MIN_VECTOR_QPEL quarter samples long (|x| + |y|). It then prints the scorer's recall per level of
that figure, for events that begin in the first EARLY_S of their clip (the detector starts cold
with the clip) and for the others.

    visibility.py PATHS.json OUT_DIR SET_DIR [SET_DIR...] [--mbdump BIN] [-v]

PATHS.json comes from `paths.py`; OUT_DIR is where `evaluate.py --offline` wrote
SET-motion-vectors.json and its Annex-B cache (OUT_DIR/annexb/SET/CLIP.h264); BIN is the core
crate's `mbdump` example (default target/release/examples/mbdump; its `--grid` files are cached
in OUT_DIR/grid). The clips have no B pictures (x264 `zerolatency`), so picture `i` in decoding
order is at `i / fps`, as `motion_eval` counts. `-v` prints every event. python3 with numpy.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tests", "data", "motion-dev"))
import score  # noqa: E402

_spec = importlib.util.spec_from_file_location("score_where", os.path.join(HERE, "score-where.py"))
score_where = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_where)

MARGIN_PX = 8
MIN_VECTOR_QPEL = 4
EARLY_S = 3.0
LEVELS = [(0.0, 0.5), (0.5, 1.5), (1.5, 3.0), (3.0, float("inf"))]
KIND_INTER = 1


def moving_at(sprite, t):
    """True when the sprite's path moves at `t` (its key points differ around `t`)."""
    p = sprite["path"]
    for (t0, *a), (t1, *b) in zip(p, p[1:]):
        if t0 <= t <= t1:
            return a != b
    return False


def grid_of(mbdump, h264, cache, width, height):
    """Per picture: the slice types and the (kind, mv x, mv y) of every macroblock."""
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    if not os.path.exists(cache) or not os.path.exists(cache + ".txt"):
        out = subprocess.run([mbdump, "--grid", cache, h264], check=True, capture_output=True, text=True).stdout
        with open(cache + ".txt", "w") as f:
            f.write(out)
    with open(cache + ".txt") as f:
        types = [line.split()[2] for line in f if line.startswith("pic ")]
    cells = np.fromfile(cache, "<i2").reshape(-1, (height + 15) // 16, (width + 15) // 16, 5)
    return types, cells


def moving_mbs_on_path(clip, sprites, types, cells, start, end):
    """Mean moving macroblocks in the boxes of the moving sprites over the event's P pictures."""
    fps = float(clip["fps"])
    rows, cols = cells.shape[1], cells.shape[2]
    total, pictures = 0, 0
    for i in range(int(start * fps), min(int(end * fps) + 1, len(cells), len(types))):
        if not types[i].startswith("P"):
            continue
        t = i / fps
        mask = np.zeros((rows, cols), bool)
        for s in sprites:
            box = score_where.sprite_box(s, t) if moving_at(s, t) else None
            if box is None:
                continue
            x0, y0, x1, y1 = box
            c0, r0 = max(0, int((x0 - MARGIN_PX) // 16)), max(0, int((y0 - MARGIN_PX) // 16))
            c1, r1 = min(cols - 1, int((x1 + MARGIN_PX) // 16)), min(rows - 1, int((y1 + MARGIN_PX) // 16))
            mask[r0:r1 + 1, c0:c1 + 1] = True
        if not mask.any():
            continue
        picture = cells[i]
        moving = (picture[..., 0] == KIND_INTER) & (np.abs(picture[..., 1]) + np.abs(picture[..., 2]) >= MIN_VECTOR_QPEL)
        total += int((moving & mask).sum())
        pictures += 1
    return total / pictures if pictures else None


def main():
    argv = sys.argv[1:]
    verbose = "-v" in argv
    mbdump = os.path.join(REPO, "target", "release", "examples", "mbdump")
    if "--mbdump" in argv:
        mbdump = argv[argv.index("--mbdump") + 1]
        argv.remove(mbdump)
    args = [a for a in argv if not a.startswith("-")]
    if len(args) < 3:
        raise SystemExit(__doc__)
    paths, out_dir, sets = json.load(open(args[0])), args[1], args[2:]
    # (early, level) -> [events, found] per mode
    table = {}
    for set_dir in sets:
        name = os.path.basename(os.path.normpath(set_dir))
        gt = json.load(open(os.path.join(set_dir, "ground_truth.json")))
        dets = json.load(open(os.path.join(out_dir, "%s-motion-vectors.json" % name)))
        for clip in gt["clips"]:
            scene = paths.get(name, {}).get(clip.get("scene") or clip["name"].rsplit("_", 1)[0])
            if clip.get("hard_negative") or not scene:
                continue
            width, height = scene["size"]
            types, cells = grid_of(mbdump, os.path.join(out_dir, "annexb", name, clip["name"] + ".h264"),
                                   os.path.join(out_dir, "grid", name, clip["name"] + ".bin"), width, height)
            scored = score.score_clip(clip, dets.get(clip["name"], []), 30.0)
            for event in scored["event_details"]:
                start, end = event["event"]
                # The sprites of this event (`motion_objects` names them by label), else all.
                labels = {o[2] for o in clip.get("motion_objects", []) if o[0] < end and start < o[1]}
                sprites = [s for s in scene["sprites"] if s["label"] in labels] or scene["sprites"]
                level = moving_mbs_on_path(clip, sprites, types, cells, start, end)
                if level is None:
                    continue
                key = (start < EARLY_S, next(i for i, (lo, hi) in enumerate(LEVELS) if lo <= level < hi))
                cell = table.setdefault(key, {"vbr": [0, 0], "cbr": [0, 0]})[clip["encoder_mode"]]
                cell[0] += 1
                cell[1] += int(event["detected"])
                if verbose:
                    print("%-10s %-44s %6.2f-%6.2f %s moving MBs on the path per P picture %.2f"
                          % (name, clip["name"], start, end, "found " if event["detected"] else "missed", level))
    print("| moving MBs on the path per P picture | events beginning in the first %g s: VBR | CBR "
          "| later events: VBR | CBR |" % EARLY_S)
    print("|---|---|---|---|---|")
    for index, (lo, hi) in enumerate(LEVELS):
        label = "%g or more" % lo if hi == float("inf") else "%g to %g" % (lo, hi)
        cells_text = []
        for early in (True, False):
            for mode in ("vbr", "cbr"):
                n, found = table.get((early, index), {}).get(mode, [0, 0])
                cells_text.append("%d/%d" % (found, n) + (" = %.2f" % (found / n) if n else ""))
        print("| %s | %s |" % (label, " | ".join(cells_text)))


if __name__ == "__main__":
    main()
