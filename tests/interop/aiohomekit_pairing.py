#!/usr/bin/env python3
"""Drive our accessory pairing state machines with aiohomekit's controller code.

Runs N pair-setups (M1-M6) and pair-verifies (M1-M4) of aiohomekit's protocol generators
against `examples/pairing_stdio.rs`, with fresh SRP and Ed25519 keys each run, and checks that
both sides derive the same session key. Counts the runs where the SRP secret S or the public
key A had a leading zero byte (where byte-form disagreements would break pairing).

Usage: aiohomekit_pairing.py PATH/TO/pairing_stdio [RUNS]
"""

import subprocess
import sys
import time
import uuid

from aiohomekit.crypto import srp as aio_srp
from aiohomekit.protocol import (
    get_session_keys,
    perform_pair_setup_part1,
    perform_pair_setup_part2,
)
from aiohomekit.protocol.tlv import TLV

CODE = "518-08-582"


class Bridge:
    def __init__(self, binary):
        self.proc = subprocess.Popen(
            [binary, CODE], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def call(self, command, body=b""):
        self.proc.stdin.write(f"{command} {bytes(body).hex()}\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline().split()
        if not line:
            raise RuntimeError("bridge exited")
        return line

    def drive(self, command, generator):
        """Runs an aiohomekit protocol generator against `command`; returns its result."""
        request, expected = next(generator)
        extra = None
        while True:
            reply = self.call(command, TLV.encode_list(request))
            if len(reply) > 1:
                extra = reply[1]
            response = TLV.decode_bytes(bytes.fromhex(reply[0]), expected)
            try:
                request, expected = generator.send(response)
            except StopIteration as done:
                return done.value, extra


def main():
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    bridge = Bridge(binary)
    s_leading_zero = a_leading_zero = 0
    # Record S and A of every SRP client aiohomekit creates.
    created = []
    original_init = aio_srp.SrpClient.__init__

    def recording_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        created.append(self)

    aio_srp.SrpClient.__init__ = recording_init
    started = time.monotonic()
    for run in range(runs):
        assert bridge.call("reset") == ["ok"]
        (salt, public_key), _ = bridge.drive("setup", perform_pair_setup_part1())
        pairing, _ = bridge.drive(
            "setup",
            perform_pair_setup_part2(CODE, str(uuid.uuid4()).upper(), salt, public_key),
        )
        client = created[-1]
        if client.get_shared_secret() < 1 << (8 * 383):
            s_leading_zero += 1
        if client.A < 1 << (8 * 383):
            a_leading_zero += 1
        (_, derive), accessory_key = bridge.drive("verify", get_session_keys(pairing))
        ours = derive(b"Control-Salt", b"Control-Read-Encryption-Key").hex()
        if ours != accessory_key:
            raise SystemExit(f"run {run}: session keys differ")
    elapsed = time.monotonic() - started
    print(
        f"aiohomekit: {runs} pair-setups + pair-verifies OK in {elapsed:.1f} s; "
        f"S with leading zero: {s_leading_zero}, A with leading zero: {a_leading_zero}"
    )


if __name__ == "__main__":
    main()
