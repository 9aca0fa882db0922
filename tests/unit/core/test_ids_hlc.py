import uuid

from neiqin.core.hlc import HybridClock, Timestamp
from neiqin.core.ids import id_timestamp_ms, new_id


def test_uuid7_shape_and_order():
    ids = [new_id() for _ in range(5000)]
    assert len(set(ids)) == 5000
    assert ids == sorted(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
    assert id_timestamp_ms(ids[-1]) >= id_timestamp_ms(ids[0])


def test_hlc_monotonic_even_if_wall_clock_goes_back():
    times = iter([1000, 1000, 900, 900, 1100])
    clock = HybridClock("a", now_ms=lambda: next(times))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5


def test_hlc_observe_moves_past_remote():
    clock = HybridClock("a", now_ms=lambda: 1000)
    clock.observe(Timestamp(5000, 7, "b").encode())
    assert Timestamp.decode(clock.now()) > Timestamp(5000, 7, "b")
