from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from narrativ.vault.sealing import SealError, public_bytes, seal, seal_to, unseal, unseal_with


def test_sealed_secret_opens_only_with_its_key_and_context() -> None:
    box = seal(b"k" * 32, b"database key", b"ctx-1")
    assert unseal(b"k" * 32, box, b"ctx-1") == b"database key"
    with pytest.raises(SealError):
        unseal(b"x" * 32, box, b"ctx-1")
    with pytest.raises(SealError):
        unseal(b"k" * 32, box, b"ctx-2")  # moved to another slot: refused


def test_sealed_to_public_key_opens_with_private_key_only() -> None:
    owner, stranger = X25519PrivateKey.generate(), X25519PrivateKey.generate()
    box = seal_to(public_bytes(owner.public_key()), b"secret", b"ctx")
    assert unseal_with(owner, box, b"ctx") == b"secret"
    with pytest.raises(SealError):
        unseal_with(stranger, box, b"ctx")
