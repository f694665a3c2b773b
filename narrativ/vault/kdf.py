"""Password → key-encryption key with Argon2id; the parameters travel with each slot."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

# 64 MiB and three passes: about 0.2 s on an ordinary office PC, which is what a person
# waits at the unlock screen, while every guess costs an attacker the same.
DEFAULT_TIME_COST = 3
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_PARALLELISM = 2
MINIMUM_MEMORY_KIB = 64 * 1024
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    time_cost: int = DEFAULT_TIME_COST
    memory_kib: int = DEFAULT_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=os.urandom(SALT_BYTES))

    def to_json(self) -> dict[str, object]:
        return {
            "algorithm": "argon2id",
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("algorithm") != "argon2id":
            raise ValueError("unknown key derivation")
        params = cls(
            salt=base64.b64decode(str(data["salt"]), validate=True),
            time_cost=int(data["time_cost"]),  # type: ignore[call-overload]
            memory_kib=int(data["memory_kib"]),  # type: ignore[call-overload]
            parallelism=int(data["parallelism"]),  # type: ignore[call-overload]
        )
        # A tampered file must not be able to weaken the derivation to nothing.
        if params.memory_kib < MINIMUM_MEMORY_KIB or params.time_cost < 1:
            raise ValueError("key derivation parameters below the minimum")
        if len(params.salt) < SALT_BYTES:
            raise ValueError("salt too short")
        return params


def derive_key(secret: str, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
