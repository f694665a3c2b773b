"""Recovery codes: 30 characters from an alphabet without look-alikes, printed in groups."""

from __future__ import annotations

import secrets

# Crockford's base32: no I, L, O or U, so a code copied by hand from paper reads back right.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 6
GROUP_LENGTH = 5  # 6 × 5 characters × 5 bits = 150 bits


def new_recovery_code() -> str:
    chars = [secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH)]
    return "-".join(
        "".join(chars[i : i + GROUP_LENGTH]) for i in range(0, len(chars), GROUP_LENGTH)
    )


def normalise_recovery_code(text: str) -> str:
    """Accept what a person types: any case, spaces or dashes, O for 0 and I/L for 1."""
    cleaned = text.upper().translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    chars = [c for c in cleaned if c in ALPHABET]
    return "-".join(
        "".join(chars[i : i + GROUP_LENGTH]) for i in range(0, len(chars), GROUP_LENGTH)
    )
