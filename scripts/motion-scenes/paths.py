#!/usr/bin/env python3
"""Where the moving objects of the scenes are: the key points of every sprite (time, feet x,
y and height in picture pixels, linear in between), read from the scene definitions of
`scenes.py` without their pictures (every picture is replaced by a flat grey one, which
changes no path), so that it runs from a clone of the project alone.

    paths.py OUT.json [PART ...]      (default: every part)

Writes `{part: {scene: {"size": [w, h], "sprites": [{"label", "kind", "path", "park"}]}}}`.
`score-where.py` uses it to check that a detection was made where an object was. python3
with numpy and Pillow (the generator's own requirements).
"""
from __future__ import annotations

import json
import os
import sys

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render as r  # noqa: E402

_open = Image.open


def _grey(fp, *args, **kwargs):
    """A picture that is not on this machine is a flat grey one."""
    if isinstance(fp, (str, os.PathLike)) and not os.path.exists(fp):
        return Image.new("RGB", (1600, 1000), (120, 120, 120))
    return _open(fp, *args, **kwargs)


Image.open = _grey
r.open_picture = lambda name: Image.new("RGB", (1600, 1000), (120, 120, 120))
r.load_landscape = lambda *args, size=None, **kwargs: np.full(((size or (r.W, r.H))[1], (size or (r.W, r.H))[0], 3),
                                                              120.0, np.float32)
import scenes  # noqa: E402

# heldout62 turns the pictures of its package into PNGs on first use: nothing to turn.
scenes._h62_pictures = lambda: None


def part_paths(part):
    out = {}
    for fn, seed in scenes.PARTS[part]:
        size = getattr(fn, "size", (640, 360))
        r.set_size(*size)
        sc = fn(np.random.default_rng(seed))
        out[sc.name] = {"size": list(size), "sprites": [
            {"label": s.label, "kind": s.kind, "park": bool(s.park),
             "path": [[float(v) for v in p] for p in s.path]} for s in sc.sprites]}
    return out


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    parts = sys.argv[2:] or list(scenes.PARTS)
    json.dump({p: part_paths(p) for p in parts}, open(sys.argv[1], "w"), indent=0)


if __name__ == "__main__":
    main()
