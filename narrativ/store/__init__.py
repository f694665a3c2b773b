"""Storage: typed models over an SQLCipher file, migrations, full-text search, copies."""

from narrativ.store.store import KeyMismatch, Store, open_store

__all__ = ["KeyMismatch", "Store", "open_store"]
