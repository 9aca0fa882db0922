"""UUIDv7 identifiers: time ordered, unique across offices without coordination."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def new_id() -> str:
    """A UUIDv7 (RFC 9562) string; monotonic within this process."""
    global _last_ms, _last_rand
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            rand = (_last_rand + 1) & ((1 << 74) - 1)
            if rand == 0:  # counter overflow inside one millisecond: move the clock on
                ms += 1
                rand = int.from_bytes(os.urandom(10), "big") >> 6
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 6  # 74 random bits
        _last_ms, _last_rand = ms, rand
    rand_a = rand >> 62  # 12 bits
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def id_timestamp_ms(value: str) -> int:
    """Milliseconds since the epoch encoded in a UUIDv7."""
    return uuid.UUID(value).int >> 80
