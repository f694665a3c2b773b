"""Danish counts in command output: "1 narrativ", "2 narrativer"."""

from __future__ import annotations


def count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
