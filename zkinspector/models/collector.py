"""Keeping Python's cycle collector from pausing the GUI thread.

A full collection visits every object the collector tracks and holds the GIL meanwhile,
so whichever thread triggers it, the GUI thread waits: with 100,000 tree rows alive that
is 80-100 ms, and 40-70 ms for the objects of the app itself. Objects that live long (the
app's own, after start-up; rows made in bulk, as they are made) are moved out of the
collector's reach with ``gc.freeze()``. Frozen objects are still freed by reference
counting; a cycle among them is never collected, so what is frozen must not be left in
cycles when dropped (``ZnodeTreeModel._forget`` breaks the parent/child links of rows).
"""

from __future__ import annotations

import gc


def exempt_from_collector() -> None:
    """Freeze every object alive now: later collections skip them (cheap, O(1))."""
    gc.freeze()
