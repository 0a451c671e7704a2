"""A churn generator: another client changing a tree fast, for tests and benchmarks.

It runs as its own process (`python benchmarks/churn.py` or via tests/reliability_helpers)
so it does not share the app's interpreter lock.
"""

from __future__ import annotations

import random
import time

from kazoo.client import KazooClient


def churn(
    hosts: str, parents: list[str], seconds: float, rate: float, *, seed: int = 1
) -> dict[str, int]:
    """Create, delete and set children of `parents` at about `rate` changes a second.

    One writer, pipelined (``*_async``, a window of requests in flight). Returns counts.
    """
    rng = random.Random(seed)
    client = KazooClient(hosts=hosts, timeout=10)
    client.start(timeout=15)
    counts = {"create": 0, "delete": 0, "set": 0, "errors": 0}
    try:
        live: dict[str, set[str]] = {p: set(client.get_children(p)) for p in parents}
        serial = 0
        start = time.monotonic()
        done = 0
        window: list = []
        while True:
            now = time.monotonic()
            if now - start >= seconds:
                break
            due = int((now - start) * rate)
            while done < due:
                parent = rng.choice(parents)
                kids = live[parent]
                roll = rng.random()
                if kids and roll < 0.4:
                    name = rng.choice(sorted(kids))
                    kids.discard(name)
                    window.append(client.delete_async(f"{parent}/{name}"))
                    counts["delete"] += 1
                elif kids and roll < 0.6:
                    name = rng.choice(sorted(kids))
                    window.append(client.set_async(f"{parent}/{name}", str(done).encode()))
                    counts["set"] += 1
                else:
                    serial += 1
                    name = f"n{serial}"
                    kids.add(name)
                    window.append(client.create_async(f"{parent}/{name}", b"x"))
                    counts["create"] += 1
                done += 1
                if len(window) >= 200:
                    for result in window:
                        try:
                            result.get(timeout=30)
                        except Exception:  # noqa: BLE001 - counted, the churn goes on
                            counts["errors"] += 1
                    window = []
            time.sleep(0.002)
        for result in window:
            try:
                result.get(timeout=30)
            except Exception:  # noqa: BLE001
                counts["errors"] += 1
    finally:
        client.stop()
        client.close()
    return counts
