"""The controller's side of the live-view wire formats, written from the specifications for
the aiohomekit live-view test: TLV8 (reference §2.2, lists separated by `00 00`), and the
receiving half of SRTP with AES_CM_128_HMAC_SHA1_80 (RFC 3711 §4.1.1 AES counter mode,
§4.2.1 HMAC-SHA1 authentication, §4.3 key derivation with key derivation rate 0)."""

from __future__ import annotations

import hashlib
import hmac
import struct

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def tlv_decode(data: bytes) -> list[tuple[int, bytes]]:
    """The items of a TLV8 value in order; fragments of one item (255-byte pieces of the same
    type) are joined, separators stay as `(0, b"")`."""
    items: list[tuple[int, bytes]] = []
    i = 0
    last_full = False
    while i < len(data):
        if i + 2 > len(data):
            raise ValueError(f"TLV8 item header cut at byte {i}")
        kind, length = data[i], data[i + 1]
        value = data[i + 2 : i + 2 + length]
        if len(value) != length:
            raise ValueError(f"TLV8 item {kind} claims {length} bytes, has {len(value)}")
        if last_full and items and items[-1][0] == kind:
            items[-1] = (kind, items[-1][1] + value)
        else:
            items.append((kind, value))
        last_full = length == 255
        i += 2 + length
    return items


def tlv_first(items: list[tuple[int, bytes]], kind: int) -> bytes | None:
    """The value of the first item of type `kind`."""
    return next((v for k, v in items if k == kind), None)


def tlv_all(items: list[tuple[int, bytes]], kind: int) -> list[bytes]:
    """The values of every item of type `kind` (the elements of a list)."""
    return [v for k, v in items if k == kind]


def tlv_encode(items: list[tuple[int, bytes]]) -> bytes:
    """TLV8 bytes of `items`; values longer than 255 bytes are fragmented."""
    out = bytearray()
    for kind, value in items:
        if not value:
            out += bytes([kind, 0])
        for start in range(0, len(value), 255):
            piece = value[start : start + 255]
            out += bytes([kind, len(piece)]) + piece
    return bytes(out)


def _aes_cm(key: bytes, iv: int, length: int) -> bytes:
    """`length` bytes of AES counter-mode keystream starting at the 128-bit counter `iv`."""
    encryptor = Cipher(algorithms.AES(key), modes.CTR(iv.to_bytes(16, "big"))).encryptor()
    return encryptor.update(bytes(length)) + encryptor.finalize()


def derive(master_key: bytes, master_salt: bytes, label: int, length: int) -> bytes:
    """A session key (RFC 3711 §4.3.1, key derivation rate 0): AES-CM of the master key at
    IV = (master_salt XOR label << 48) << 16."""
    x = int.from_bytes(master_salt, "big") ^ (label << 48)
    return _aes_cm(master_key, x << 16, length)


class SrtpReceiver:
    """Authenticates and decrypts SRTP packets protected with one master key and salt."""

    TAG = 10

    def __init__(self, master_key: bytes, master_salt: bytes):
        self.key = derive(master_key, master_salt, 0, 16)
        self.auth = derive(master_key, master_salt, 1, 20)
        self.salt = derive(master_key, master_salt, 2, 14)

    def unprotect(self, packet: bytes, roc: int = 0) -> tuple[bytes, bytes]:
        """The RTP header and the clear payload; raises ValueError when the tag is wrong."""
        if len(packet) < 12 + self.TAG:
            raise ValueError("too short for SRTP")
        body, tag = packet[: -self.TAG], packet[-self.TAG :]
        expected = hmac.new(self.auth, body + struct.pack(">I", roc), hashlib.sha1).digest()[: self.TAG]
        if not hmac.compare_digest(tag, expected):
            raise ValueError("authentication tag does not match")
        csrc_count = body[0] & 0x0F
        header_len = 12 + 4 * csrc_count
        if body[0] & 0x10:  # header extension
            words = struct.unpack_from(">H", body, header_len + 2)[0]
            header_len += 4 + 4 * words
        seq = struct.unpack_from(">H", body, 2)[0]
        ssrc = struct.unpack_from(">I", body, 8)[0]
        index = (roc << 16) | seq
        iv = (int.from_bytes(self.salt, "big") << 16) ^ (ssrc << 64) ^ (index << 16)
        payload = body[header_len:]
        stream = _aes_cm(self.key, iv, len(payload))
        return body[:header_len], bytes(a ^ b for a, b in zip(payload, stream))
