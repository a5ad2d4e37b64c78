"""Reads the QR code that hksvsink prints (Unicode half blocks, two modules per character)
back with zbarimg (zbar-tools), an independent decoder, as a phone camera would."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

# Character -> (upper module dark, lower module dark).
HALF_BLOCKS = {" ": (0, 0), "█": (1, 1), "▀": (1, 0), "▄": (0, 1)}
PIXELS_PER_MODULE = 6


def banner_qr(banner: list[str]) -> list[str]:
    """The QR lines of the setup banner: between the 'Scan with' line and 'Setup URI:'."""
    start = next(i for i, line in enumerate(banner) if line.startswith("Scan with")) + 1
    end = next(i for i, line in enumerate(banner) if line.startswith("Setup URI:"))
    return banner[start:end]


def decode(qr_lines: list[str]) -> str:
    """Decodes the text QR code with zbarimg; returns the payload ('' if none was found)."""
    width = max(len(line) for line in qr_lines)
    rows: list[list[int]] = []
    for line in qr_lines:
        pairs = [HALF_BLOCKS[c] for c in line.ljust(width)]
        rows.append([top for top, _ in pairs])
        rows.append([bottom for _, bottom in pairs])
    s = PIXELS_PER_MODULE
    header = f"P2\n{width * s} {len(rows) * s}\n255\n"
    body = "".join(
        (" ".join("0" if dark else "255" for dark in row for _ in range(s)) + "\n") * s for row in rows
    )
    with tempfile.TemporaryDirectory() as tmp:
        image = Path(tmp) / "qr.pgm"
        image.write_text(header + body)
        out = subprocess.run(
            ["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True, timeout=30
        )
    return out.stdout.strip()
