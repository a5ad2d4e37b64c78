#!/usr/bin/env python3
"""Compares the macroblock kinds of `examples/mbdump -v` with FFmpeg's decoder
(`ffmpeg -debug mb_type`), cell by cell, picture by picture.

Usage: scripts/mb-kinds-vs-ffmpeg.py CLIP.h264 [MBDUMP]
MBDUMP defaults to target/debug/examples/mbdump (`cargo build --example mbdump`).
Only for streams without B-frames (FFmpeg prints in output order, mbdump in decoding order).
Exits 1 on any mismatch.
"""
import re
import subprocess
import sys

clip = sys.argv[1]
mbdump = sys.argv[2] if len(sys.argv) > 2 else 'target/debug/examples/mbdump'

ours, grid = [], None
out = subprocess.run([mbdump, '-v', clip], capture_output=True, text=True).stdout
for line in out.splitlines():
    if line.startswith('pic '):
        grid = []
        ours.append(grid)
    elif line.startswith('  ') and not line.startswith('  error') and grid is not None:
        grid.append(line.strip())

log = subprocess.run(['ffmpeg', '-hide_banner', '-threads', '1', '-debug', 'mb_type', '-i', clip,
                      '-f', 'null', '-'], capture_output=True, text=True).stderr.splitlines()
# Stream probing decodes a few pictures with another decoder instance: keep the busiest one.
frames = {}
for line in log:
    m = re.match(r'\[h264 @ (0x[0-9a-f]+)\] New frame', line)
    if m:
        frames[m.group(1)] = frames.get(m.group(1), 0) + 1
main = max(frames, key=frames.get)
kind = {'S': 'S', '>': '>', 'i': 'I', 'I': 'I', 'P': 'P'}
theirs, grid = [], None
for line in log:
    prefix = f'[h264 @ {main}] '
    if not line.startswith(prefix):
        continue
    body = line[len(prefix):]
    if body.startswith('New frame'):
        grid = []
        theirs.append(grid)
    elif grid is not None and body and len(body) % 3 == 0 and all(c in kind for c in body[::3]):
        grid.append(''.join(kind[c] for c in body[::3]))

bad = [i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b]
print(f'{clip}: {len(ours)} pictures parsed, {len(theirs)} decoded by ffmpeg, '
      f'{min(len(ours), len(theirs))} compared, {len(bad)} differ'
      + (f' (first: picture {bad[0]})' if bad else ''))
sys.exit(1 if bad or len(ours) != len(theirs) else 0)
