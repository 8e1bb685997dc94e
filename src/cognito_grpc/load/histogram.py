"""Latencies in microseconds, in an HdrHistogram (3 significant digits, 1 us to 1 hour)."""

from __future__ import annotations

from hdrh.histogram import HdrHistogram

LOWEST_US, HIGHEST_US, DIGITS = 1, 3_600_000_000, 3
PERCENTILES = (50.0, 75.0, 90.0, 95.0, 99.0, 99.9, 99.99)


class Latencies:
    def __init__(self) -> None:
        self.histogram = HdrHistogram(LOWEST_US, HIGHEST_US, DIGITS)

    def record(self, seconds: float) -> None:
        self.histogram.record_value(min(HIGHEST_US, max(LOWEST_US, round(seconds * 1e6))))

    @property
    def count(self) -> int:
        return self.histogram.get_total_count()

    def encode(self) -> bytes:
        """Compact bytes for another process (HdrHistogram's own encoding)."""
        return self.histogram.encode()

    @classmethod
    def decode(cls, data: bytes) -> "Latencies":
        latencies = cls()
        latencies.histogram.add(HdrHistogram.decode(data))
        return latencies

    def add(self, other: "Latencies") -> None:
        if other.count:
            self.histogram.add(other.histogram)

    def summary_ms(self) -> dict[str, float]:
        """min, mean, max and the PERCENTILES, in milliseconds (zeros when empty)."""
        if not self.count:
            return {"min": 0.0, "mean": 0.0, **{f"p{p:g}": 0.0 for p in PERCENTILES},
                    "max": 0.0}
        at = self.histogram.get_percentile_to_value_dict(list(PERCENTILES))
        return {"min": self.histogram.get_min_value() / 1e3,
                "mean": round(self.histogram.get_mean_value() / 1e3, 3),
                **{f"p{p:g}": at[p] / 1e3 for p in PERCENTILES},
                "max": self.histogram.get_max_value() / 1e3}

    def distribution_ms(self) -> list[tuple[float, float]]:
        """(percentile, latency ms) from 0 to 100, denser towards the tail, as HdrHistogram's
        percentile plots draw it: 1 - 1/2^k steps."""
        if not self.count:
            return []
        points, percentile = [], 0.0
        for step in range(0, 60):
            for i in range(5):  # five points per halving of what is left
                percentile = 100.0 * (1 - 0.5 ** (step + i / 5))
                points.append((round(percentile, 6),
                               self.histogram.get_value_at_percentile(percentile) / 1e3))
            if 100 - percentile < 100.0 / max(1, self.count):
                break
        points.append((100.0, self.histogram.get_max_value() / 1e3))
        return points
