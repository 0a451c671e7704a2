"""Churn for tests and benchmarks: another client changing a tree fast, and a check
that the tree model then shows exactly what the server holds.

It runs as its own process (`python benchmarks/churn.py` or via tests/reliability/helpers.py)
so it does not share the app's interpreter lock.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable

from kazoo.client import KazooClient
from kazoo.exceptions import NoNodeError

from zkinspector.zk import paths


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


def tree_listing(model) -> dict[str, list[str]]:
    """Every loaded node of the model -> the names it shows under it (in order)."""
    out: dict[str, list[str]] = {}
    root = model.find("/")
    if root is None:
        return out
    stack = [root]
    while stack:
        node = stack.pop()
        if node.children is None:
            continue
        index = model.index_of_path(node.path)
        out[node.path] = [model.index(r, 0, index).data() for r in range(model.rowCount(index))]
        stack.extend(node.children)
    return out


def server_listing(client: KazooClient, node_paths: Iterable[str]) -> dict[str, list[str] | None]:
    """The server's children of each path, naturally sorted; None where the node is gone."""
    pending = [(p, client.get_children_async(p)) for p in node_paths]
    out: dict[str, list[str] | None] = {}
    for path, result in pending:
        try:
            out[path] = paths.natural_sorted(result.get(timeout=10))
        except NoNodeError:
            out[path] = None
    return out
