"""The controller's side of the live-view wire formats, written from the specifications for
the aiohomekit live-view test: TLV8 (reference §2.2, lists separated by `00 00`), and the
receiving half of SRTP and both halves of SRTCP with AES_CM_128_HMAC_SHA1_80 (RFC 3711 §3.4
SRTCP, §4.1.1 AES counter mode, §4.2.1 HMAC-SHA1 authentication, §4.3 key derivation with key
derivation rate 0), and the receiver report a controller sends (RFC 3550 §6.4.2)."""

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


class SrtcpContext:
    """SRTCP with AES_CM_128_HMAC_SHA1_80 (RFC 3711 §3.4): the first 8 bytes stay clear, the
    rest is encrypted, then the E flag with the 31-bit SRTCP index and the 10-byte tag."""

    TAG = 10

    def __init__(self, master_key: bytes, master_salt: bytes):
        self.key = derive(master_key, master_salt, 3, 16)
        self.auth = derive(master_key, master_salt, 4, 20)
        self.salt = derive(master_key, master_salt, 5, 14)
        self.index = 0

    def _crypt(self, packet: bytes, index: int) -> bytes:
        ssrc = struct.unpack_from(">I", packet, 4)[0]
        iv = (int.from_bytes(self.salt, "big") << 16) ^ (ssrc << 64) ^ (index << 16)
        body = packet[8:]
        stream = _aes_cm(self.key, iv, len(body))
        return packet[:8] + bytes(a ^ b for a, b in zip(body, stream))

    def protect(self, packet: bytes) -> bytes:
        """An RTCP compound packet made SRTCP, with the next index."""
        index = self.index
        self.index = (self.index + 1) & 0x7FFF_FFFF
        body = self._crypt(packet, index) + struct.pack(">I", 0x8000_0000 | index)
        return body + hmac.new(self.auth, body, hashlib.sha1).digest()[: self.TAG]

    def unprotect(self, packet: bytes) -> bytes:
        """The clear RTCP of an SRTCP packet; raises ValueError when the tag is wrong."""
        if len(packet) < 8 + 4 + self.TAG:
            raise ValueError("too short for SRTCP")
        body, tag = packet[: -self.TAG], packet[-self.TAG :]
        if not hmac.compare_digest(tag, hmac.new(self.auth, body, hashlib.sha1).digest()[: self.TAG]):
            raise ValueError("authentication tag does not match")
        e_index = struct.unpack(">I", body[-4:])[0]
        rtcp = body[:-4]
        return self._crypt(rtcp, e_index & 0x7FFF_FFFF) if e_index & 0x8000_0000 else rtcp


def receiver_report(ssrc: int, source: int, highest_seq: int) -> bytes:
    """An RTCP receiver report (RFC 3550 §6.4.2) from `ssrc` with one block about `source`."""
    block = struct.pack(">IIIIII", source, 0, highest_seq, 0, 0, 0)
    return struct.pack(">BBHI", 0x81, 201, (8 + len(block)) // 4 - 1, ssrc) + block
