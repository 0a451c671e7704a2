"""Hypothesis profiles: "ci" (100 examples, the default) and "long" (10,000).

Pick one with the HYPOTHESIS_PROFILE environment variable; tests/conftest.py imports this.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=100, deadline=None)
settings.register_profile(
    "long",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
