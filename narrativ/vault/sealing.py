"""Authenticated encryption of small secrets: AES-256-GCM, and sealing to an X25519 public key.

Each key slot holds an X25519 key pair. The private half is sealed under the slot's password;
the database key is sealed to the public half. That lets a leader re-key the database and
hand the new key to every remaining colleague without knowing their passwords.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

NONCE_BYTES = 12


class SealError(Exception):
    """The sealed box did not open: wrong key or altered data."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    return base64.b64decode(str(text), validate=True)


@dataclass(frozen=True)
class SealedBox:
    nonce: bytes
    ciphertext: bytes
    ephemeral_public: bytes | None = None

    def to_json(self) -> dict[str, str]:
        data = {"nonce": b64(self.nonce), "ciphertext": b64(self.ciphertext)}
        if self.ephemeral_public is not None:
            data["ephemeral_public"] = b64(self.ephemeral_public)
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> SealedBox:
        ephemeral = data.get("ephemeral_public")
        return cls(
            nonce=unb64(data["nonce"]),
            ciphertext=unb64(data["ciphertext"]),
            ephemeral_public=unb64(ephemeral) if ephemeral is not None else None,
        )


def seal(key: bytes, plaintext: bytes, context: bytes) -> SealedBox:
    nonce = os.urandom(NONCE_BYTES)
    return SealedBox(nonce, AESGCM(key).encrypt(nonce, plaintext, context))


def unseal(key: bytes, box: SealedBox, context: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(box.nonce, box.ciphertext, context)
    except InvalidTag as error:
        raise SealError from error


def _shared_key(private: X25519PrivateKey, peer: X25519PublicKey, context: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=context).derive(private.exchange(peer))


def public_bytes(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def seal_to(recipient_public: bytes, plaintext: bytes, context: bytes) -> SealedBox:
    ephemeral = X25519PrivateKey.generate()
    key = _shared_key(ephemeral, X25519PublicKey.from_public_bytes(recipient_public), context)
    box = seal(key, plaintext, context)
    return SealedBox(box.nonce, box.ciphertext, public_bytes(ephemeral.public_key()))


def unseal_with(private: X25519PrivateKey, box: SealedBox, context: bytes) -> bytes:
    if box.ephemeral_public is None:
        raise SealError("not sealed to a public key")
    try:
        peer = X25519PublicKey.from_public_bytes(box.ephemeral_public)
    except ValueError as error:
        raise SealError from error
    return unseal(_shared_key(private, peer, context), box, context)
