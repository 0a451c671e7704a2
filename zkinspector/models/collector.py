"""Keeping Python's cycle collector from pausing the GUI thread.

A full collection visits every object the collector tracks and holds the GIL meanwhile,
so whichever thread triggers it, the GUI thread waits: with 100,000 tree rows alive that
is 80-100 ms, and 40-70 ms for the objects of the app itself. Objects that live long (the
app's own, after start-up; rows made in bulk, as they are made) are moved out of the
collector's reach with ``gc.freeze()``; what is garbage at that moment is collected first
(a short collection: only objects made since the last freeze are not frozen yet).

Frozen objects are still freed by reference counting, but a cycle among them is never
collected. So dropped tree rows break their parent/child links (``ZnodeTreeModel._forget``),
and at a reset of the tree (a connect) frozen objects are handed back to the collector
once (`recollect`): what died since, say the client of an earlier connection, is freed.
"""

from __future__ import annotations

import gc


def exempt_from_collector() -> None:
    """Collect the garbage of now, then freeze every object alive: collections skip them."""
    gc.collect()
    gc.freeze()


def recollect() -> None:
    """Unfreeze, collect and freeze again, if anything is frozen (one full collection)."""
    if gc.get_freeze_count():
        gc.unfreeze()
        exempt_from_collector()
