#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) from the repository's
test vectors and protocol examples: small valid inputs the fuzzers start from.

Run from anywhere: `python3 scripts/fuzz-seeds.py`. Files are named by content hash, so
re-running is idempotent; the fuzzers' own finds are never written here (the fuzz scripts give
libFuzzer a scratch corpus first and this one read-only second).
"""

import base64
import hashlib
import json
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
H264 = ROOT / "src" / "h264" / "testdata"

# The example selection of reference §11.4 (as in src/recording/selection/tests.rs).
POSITRON = bytes([
    0x01, 0x1D, 0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00, 0x02, 0x08, 0x01, 0, 0, 0, 0, 0, 0, 0,
    0x03, 0x0B, 0x01, 0x01, 0x00, 0x02, 0x06, 0x01, 0x04, 0xA0, 0x0F, 0x00, 0x00,
    0x02, 0x24, 0x01, 0x01, 0x00, 0x02, 0x12, 0x01, 0x01, 0x01, 0x02, 0x01, 0x01,
    0x03, 0x04, 0xD0, 0x07, 0x00, 0x00, 0x04, 0x04, 0xA0, 0x0F, 0x00, 0x00,
    0x03, 0x0B, 0x01, 0x02, 0x80, 0x07, 0x02, 0x02, 0x38, 0x04, 0x03, 0x01, 0x18,
    0x03, 0x14, 0x01, 0x01, 0x01, 0x02, 0x0F, 0x01, 0x01, 0x01, 0x02, 0x01, 0x00,
    0x03, 0x01, 0x01, 0x04, 0x04, 0x20, 0x00, 0x00, 0x00,
])
CONTROLLER = b"00000000-0000-4000-8000-000000000001"


def tlv(*items):
    """TLV8 items (type, bytes), values over 255 bytes fragmented."""
    out = bytearray()
    for ty, value in items:
        if not value:
            out += bytes([ty, 0])
        for i in range(0, len(value), 255):
            chunk = value[i:i + 255]
            out += bytes([ty, len(chunk)]) + chunk
    return bytes(out)


def opack(value):
    """The OPACK subset the HDS messages use (reference §12.4)."""
    if value is True:
        return b"\x01"
    if value is False:
        return b"\x02"
    if value is None:
        return b"\x04"
    if isinstance(value, int):
        if -1 <= value <= 39:
            return bytes([0x08 + value]) if value >= 0 else b"\x07"
        return b"\x33" + struct.pack("<q", value)
    if isinstance(value, str):
        raw = value.encode()
        return (bytes([0x40 + len(raw)]) if len(raw) <= 32 else bytes([0x61, len(raw)])) + raw
    if isinstance(value, bytes):
        return (bytes([0x70 + len(value)]) if len(value) <= 32 else bytes([0x91, len(value)])) + value
    if isinstance(value, list):
        return bytes([0xD0 + len(value)]) + b"".join(opack(v) for v in value)
    if isinstance(value, dict):
        return bytes([0xE0 + len(value)]) + b"".join(opack(k) + opack(v) for k, v in value.items())
    raise TypeError(value)


def hds(header, body):
    h = opack(header)
    return bytes([len(h)]) + h + opack(body)


def nals(data):
    """NAL units of an Annex-B stream."""
    out, i, start = [], 0, None
    while i + 3 <= len(data):
        if data[i:i + 3] == b"\x00\x00\x01":
            if start is not None:
                out.append(data[start:i].rstrip(b"\x00"))
            i += 3
            start = i
        else:
            i += 1
    if start is not None:
        out.append(data[start:])
    return out


def http(method, path, body=b"", headers=()):
    head = f"{method} {path} HTTP/1.1\r\nHost: cam.local\r\n"
    for name, value in headers:
        head += f"{name}: {value}\r\n"
    if body:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


def seeds():
    m1_setup = tlv((6, b"\x01"), (0, b"\x00"))
    m1_verify = tlv((6, b"\x01"), (3, bytes(range(32))))
    add = tlv((6, b"\x01"), (0, b"\x03"), (1, b"B"), (3, bytes(32)), (11, b"\x01"))
    remove = tlv((6, b"\x01"), (0, b"\x04"), (1, CONTROLLER))
    listing = tlv((6, b"\x01"), (0, b"\x05"))
    sub = tlv((1, CONTROLLER), (3, bytes(32)), (10, bytes(64)))
    yield "tlv8", [m1_setup, m1_verify, add, remove, POSITRON, sub,
                   tlv((1, b"A"), (0xFF, b""), (1, b"B")),
                   tlv((1, bytes(300)), (2, b"\x05")),
                   tlv((0x13, b"\x10"), (6, b"\x05"))]

    write = json.dumps({"characteristics": [{"aid": 1, "iid": 9, "value": True, "r": True}]})
    yield "http_request", [
        b"\x80" + http("GET", "/accessories"),
        b"\x40" + http("PUT", "/characteristics", write.encode(),
                       [("Content-Type", "application/hap+json")]),
        b"\x10" + http("POST", "/pair-verify", m1_verify,
                       [("Content-Type", "application/pairing+tlv8")])
        + http("GET", "/characteristics?id=1.2,1.3&ev=1&meta=1"),
        b"\xc0" + http("POST", "/prepare", b'{"ttl":1000,"pid":42}'),
    ]

    b64 = base64.b64encode(POSITRON).decode()
    bodies = []
    for iid in range(1, 80, 3):
        for value in (True, 1, 50, "name", b64):
            bodies.append({"characteristics": [{"aid": 1, "iid": iid, "value": value}]})
    bodies.append({"characteristics": [{"aid": 1, "iid": 10, "ev": True},
                                       {"aid": 1, "iid": 11, "ev": 1, "r": True}], "pid": 7})
    writes = [bytes([flags]) + json.dumps(b).encode()
              for i, b in enumerate(bodies) for flags in [i % 16]]
    writes.append(b"\x0fid=1.2,1.3,1.40&meta=1&perms=1&type=1&ev=1")
    yield "characteristic_write", writes

    def framed(*parts):
        return b"".join(struct.pack("<HB", len(body), kind) + body for kind, body in parts)

    signed = b"\x01" + CONTROLLER
    yield "pairing", [
        b"\x00" + framed((0, m1_setup), (1, m1_verify), (2, listing), (2, add), (2, remove)),
        b"\x00" + framed((0, tlv((6, b"\x03"), (3, bytes(384)), (4, bytes(64))))),
        b"\x00" + framed((0, tlv((6, b"\x05"), (5, bytes(80))))),
        b"\x01" + signed, b"\x01" + b"\x00" + sub,
        b"\x02" + signed, b"\x02" + b"\x00" + sub,
        b"\x03" + bytes([len(listing)]) + listing + bytes([len(add)]) + add
        + bytes([len(remove)]) + remove,
    ]

    request = http("GET", "/accessories")
    yield "session_frame", [
        b"\x01\x80\x00" + request, b"\x03\x40\x10" + request,
        b"\x01\x00\x00" + bytes(1100),
        b"\x00\x00\x00" + struct.pack("<H", 5) + b"hello" + bytes(16),
    ]

    hello = hds({"protocol": "control", "request": "hello", "id": 1}, {})
    open_msg = hds({"protocol": "dataSend", "request": "open", "id": 2},
                   {"target": "controller", "type": "ipcamera.recording", "streamId": 1})
    ack = hds({"protocol": "dataSend", "event": "ack"}, {"streamId": 1, "endOfStream": True})
    data = hds({"protocol": "dataSend", "event": "data"},
               {"streamId": 1, "packets": [{"data": bytes(40), "metadata": {
                   "dataType": "mediaFragment", "dataSequenceNumber": 1,
                   "isLastDataChunk": True, "dataChunkSequenceNumber": 1}}]})
    close = hds({"protocol": "dataSend", "event": "close"}, {"streamId": 1, "reason": 0})
    response = hds({"protocol": "control", "response": "hello", "id": 1, "status": 0}, {})
    yield "hds_message", [hello, open_msg, ack, data, close, response]
    yield "hds_frame", [b"\x01\x80\x00" + hello, b"\x03\x20\x30" + open_msg,
                        b"\x00\x00\x00\x01\x00\x00\x05" + bytes(21)]

    streams = sorted(H264.glob("*.h264")) + sorted((H264 / "cavlc").glob("*.h264"))
    sps = [n for s in streams for n in nals(s.read_bytes()) if n and n[0] & 0x1F == 7]
    yield "recording_config", [b"\x00" + POSITRON] + [
        bytes([1, 5, 1, 30, 1]) + sps[0], bytes([1, 0x81, 2, 0, 0]) + sps[-1]]

    # Live view (§10.4, §10.5): a SetupEndpoints request and response, a start, an RTCP
    # receiver report and an RTP packet.
    sid = bytes(range(16))
    srtp = tlv((1, b"\x00"), (2, bytes(range(16))), (3, bytes(range(14))))
    address = tlv((1, b"\x00"), (2, b"127.0.0.1"), (3, struct.pack("<H", 50000)),
                  (4, struct.pack("<H", 50002)))
    request = tlv((1, sid), (3, address), (4, srtp), (5, srtp))
    response = tlv((1, sid), (2, b"\x00"), (3, address), (4, srtp), (5, srtp),
                   (6, struct.pack("<I", 1234)), (7, struct.pack("<I", 5678)))
    rtp_params = tlv((1, b"\x63"), (2, struct.pack("<I", 42)), (3, struct.pack("<H", 299)),
                     (4, struct.pack("<f", 0.5)), (5, struct.pack("<H", 1378)))
    video = tlv((1, b"\x00"), (2, tlv((1, b"\x01"), (2, b"\x02"), (3, b"\x00"))),
                (3, tlv((1, struct.pack("<H", 1280)), (2, struct.pack("<H", 720)), (3, b"\x1e"))),
                (4, rtp_params))
    start = tlv((1, tlv((1, sid), (2, b"\x01"))), (2, video))
    receiver_report = struct.pack(">BBHI", 0x80, 201, 1, 42) + bytes(4)
    rtp = struct.pack(">BBHII", 0x80, 99, 1, 0, 42) + bytes(30)
    yield "live_config", [b"\x00" + request, b"\x01" + response, b"\x02" + start,
                          b"\x03" + receiver_report, b"\x04" + rtp]

    headers, small = [], []
    for stream in streams:
        data = stream.read_bytes()
        units = nals(data)
        # Parameter sets and the first slices: enough to reach every header parser.
        head = b"".join(b"\x00\x00\x00\x01" + n for n in units[:6])
        headers.append(b"\x00" + head)
        headers.append(b"\x07" + b"".join(struct.pack(">I", len(n)) + n for n in units[:6]))
        small.append(b"".join(b"\x00\x00\x00\x01" + n for n in units[:12])[:16384])
    yield "h264_headers", headers
    yield "h264_macroblocks", small


def main():
    total = 0
    for target, inputs in seeds():
        folder = CORPUS / target
        folder.mkdir(parents=True, exist_ok=True)
        for data in inputs:
            name = hashlib.sha1(data).hexdigest()
            (folder / name).write_bytes(data)
            total += len(data)
        print(f"{target}: {len(inputs)} seeds")
    print(f"{total} bytes")


if __name__ == "__main__":
    main()
