"""Decrypt every page of an SQLCipher 4 file (and its WAL) to look for text that should be gone.

SQLite's freed pages and old WAL frames are not reachable with SQL, so a test that wants to
know whether a name is *gone from the file* must read the pages themselves. SQLCipher 4
defaults: 4096-byte pages, each ending in a 16-byte IV and a 64-byte HMAC; page 1 starts with
the 16-byte salt. Pages are AES-256-CBC with the raw database key.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    body = page[start : PAGE - RESERVE]
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(database: Path, key: bytes) -> Iterator[bytes]:
    raw = database.read_bytes()
    for number, offset in enumerate(range(0, len(raw) - PAGE + 1, PAGE), start=1):
        yield _decrypt(raw[offset : offset + PAGE], key, first=number == 1)
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        data = wal.read_bytes()
        position = WAL_HEADER
        while position + FRAME_HEADER + PAGE <= len(data):
            page_number = int.from_bytes(data[position : position + 4], "big")
            frame = data[position + FRAME_HEADER : position + FRAME_HEADER + PAGE]
            yield _decrypt(frame, key, first=page_number == 1)
            position += FRAME_HEADER + PAGE
