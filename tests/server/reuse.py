"""Run another module's test functions again here, where other fixtures apply.

The functions are reused as they are; a test that does not apply is replaced by a stub
that skips with the reason. A mark is never put on the original function, which would
change the original test too.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from types import ModuleType

import pytest


def _skipped(reason: str) -> Callable[[], None]:
    @pytest.mark.skip(reason=reason)
    def test() -> None:
        raise AssertionError("skipped")

    return test


def reused_tests(module: ModuleType, suffix: str, skip: dict[str, str]) -> dict[str, object]:
    """``{name + suffix: test}`` for every test function defined in ``module``."""
    found: dict[str, object] = {}
    for name, function in inspect.getmembers(module, inspect.isfunction):
        if name.startswith("test_") and function.__module__ == module.__name__:
            found[f"{name}{suffix}"] = _skipped(skip[name]) if name in skip else function
    return found
