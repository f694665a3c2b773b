"""SQLite's and SQLCipher's integrity checks: a quick one at open, the full one right after.

The full check is ``PRAGMA quick_check`` and ``PRAGMA cipher_integrity_check`` (every row they
return is a problem; a sound database gives ``ok`` and nothing). It reads every page twice
and costs seconds on a big database. Measured on 100,000 narratives (170 MB, 41,535 pages of
4 KiB, HMAC-SHA512, the default 2,000-page cache; medians of a busy 2-core PC):

- ``quick_check`` 2.3 s: the b-tree walk 1.0-1.2 s (every page read through the pager,
  decrypted and its HMAC verified) and the full-text index's own check (FTS5's
  ``xIntegrity``, which ``quick_check`` runs since SQLite 3.44) 1.0 s;
- ``cipher_integrity_check`` 0.9 s: SQLCipher recomputes the HMAC of every page of the main
  file, one read each. It takes no arguments: it cannot be limited to some pages.
- A larger cache barely helps: quick_check's CPU time is 3.1-3.7 s from 8 MB to 256 MB of
  cache (it reads each page about once); the wall time gains 0.3-0.5 s only when the
  whole file fits, which the 250 MiB memory budget of the app does not allow.
- Not the key: the database key is raw (no PBKDF2 at open); the HMAC key is derived with
  2 iterations. Not the WAL: a clean close folds it into the file, so at open it holds a
  few frames (``quick_check`` reads them through the pager; ``cipher_integrity_check``
  reads only the main file).

So no honest form of both checks fits the 0.5 s the issue asks for at open. The decision:

1. **At open** (:func:`open_check`, 0.2-0.3 s at 100k): the key opens page 1 and the schema
   (the connection already proves that), the file is a whole number of pages and not shorter
   than the database says, and every page is compared with the record of the last *clean*
   full check: a CRC-32 of the whole page and the first bytes of its IV. SQLCipher writes
   every page with a fresh random IV, so a page whose IV is unchanged but whose bytes are
   not was changed by something other than SQLCipher: damage, reported at once. A page with
   a new IV was written since (a save); the full check verifies it. Problems the last full
   check found are reported again at every open until the file is replaced.
2. **Right after** (:func:`full_check`, in the background): both PRAGMAs on every page, as
   before. When they are clean, the page marks taken just before them become the new record
   (``<database>.checked``, owner-only; it holds checksums of encrypted pages, nothing that
   is not already readable in the file itself). When not, their problems are recorded.

Nothing here ever repairs, deletes or rewrites the database: damage is reported, and the way
out is a restore from a backup. A database error that means damage ("malformed", "not a
database") is returned as a problem, never raised, so a check that trips over a broken page
still says so.
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from array import array
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, exc

# How a check gets a connection: ``engine.connect``, or a read transaction of an open store
# (which refuses once the store is locked, so a late check never reconnects).
Connect = Callable[[], AbstractContextManager[Connection]]

RECORD_SUFFIX = ".checked"
DEFAULT_PAGE_SIZE = 4096  # SQLCipher 4's
RESERVE = 80  # SQLCipher 4: each page ends in a 16-byte IV and a 64-byte HMAC
IV_MARK = 8  # bytes of the IV kept per page: enough to tell a rewrite from a change
SALT = 16  # the first 16 bytes of the file: SQLCipher's salt, new for every database file
CHUNK_PAGES = 256  # read 1 MiB at a time: the scan never holds the file in memory
_MAGIC = b"narrativ-checked 1\n"
_DAMAGE = ("malformed", "not a database", "corrupt")


def record_path(database: Path) -> Path:
    """Where the result of the last full check of ``database`` is kept."""
    return database.with_name(database.name + RECORD_SUFFIX)


def _is_damage(error: exc.DBAPIError) -> bool:
    message = str(error.orig if error.orig is not None else error).lower()
    return any(word in message for word in _DAMAGE)


# -- the full check --------------------------------------------------------------------------


def _connect(source: Engine | Connect) -> Connect:
    return source.connect if isinstance(source, Engine) else source


def _pragma(connect: Connect, name: str) -> list[str]:
    with connect() as connection:
        try:
            return [str(row[0]) for row in connection.exec_driver_sql(f"PRAGMA {name}")]
        except exc.DBAPIError as error:
            if not _is_damage(error):
                raise
            return [str(error.orig if error.orig is not None else error)]


def integrity_problems(source: Engine | Connect) -> list[str]:
    """Empty when sound: ``quick_check`` says ok and every page's HMAC verifies."""
    connect = _connect(source)
    problems: list[str] = []
    quick = _pragma(connect, "quick_check")
    if quick != ["ok"]:
        problems.extend(f"quick_check: {line}" for line in quick)
    problems.extend(
        f"cipher_integrity_check: {line}" for line in _pragma(connect, "cipher_integrity_check")
    )
    return problems


def full_check(
    source: Engine | Connect, database: Path, marks: PageMarks | None = None
) -> list[str]:
    """Both PRAGMAs; the outcome is recorded for the next :func:`open_check`.

    ``marks`` are the pages as :func:`open_check` found them; without them the file is
    scanned first. Either way they are taken *before* the PRAGMAs read the pages, so the
    record never vouches for a page the PRAGMAs did not see.
    """
    database = Path(database)
    connect = _connect(source)
    if marks is None:
        marks = page_marks(database, _page_size(connect))
    problems = integrity_problems(connect)
    write_record(database, problems, marks)
    return problems


# -- page marks --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageMarks:
    """What a page looked like: a CRC-32 of all its bytes and the start of its IV."""

    page_size: int
    salt: bytes
    crcs: array[int]
    ivs: bytes

    @property
    def pages(self) -> int:
        return len(self.crcs)

    def iv(self, index: int) -> bytes:
        return self.ivs[index * IV_MARK : (index + 1) * IV_MARK]


def _fill(file: object, view: memoryview) -> int:
    """Read until ``view`` is full or the file ends; the number of bytes read."""
    got = 0
    while got < len(view):
        n = file.readinto(view[got:])  # type: ignore[attr-defined]
        if not n:
            break
        got += n
    return got


def page_marks(database: Path, page_size: int) -> PageMarks:
    """Scan the main file page by page (1 MiB at a time). A last partial page is left out:
    :func:`open_check` reports it."""
    crcs: array[int] = array("I")
    ivs = bytearray()
    salt = b""
    buffer = bytearray(page_size * CHUNK_PAGES)
    view = memoryview(buffer)
    iv_at = page_size - RESERVE
    crc32 = zlib.crc32
    with open(database, "rb", buffering=0) as file:
        while True:
            got = _fill(file, view)
            if not salt:
                salt = bytes(buffer[:SALT])
            for start in range(0, got - got % page_size, page_size):
                crcs.append(crc32(view[start : start + page_size]))
                ivs += view[start + iv_at : start + iv_at + IV_MARK]
            if got < len(buffer):
                break
    return PageMarks(page_size, salt, crcs, bytes(ivs))


def _page(database: Path, number: int, page_size: int) -> tuple[int, bytes]:
    """One page read again: its CRC-32 and IV mark."""
    fd = os.open(database, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        data = os.pread(fd, page_size, (number - 1) * page_size)
    finally:
        os.close(fd)
    iv_at = page_size - RESERVE
    return zlib.crc32(data), data[iv_at : iv_at + IV_MARK]


# -- the record of the last full check --------------------------------------------------------


@dataclass(frozen=True)
class FullCheckRecord:
    checked_at: datetime
    problems: list[str]
    salt: bytes  # of the file checked: a record of another file is ignored
    marks: PageMarks | None  # only when the check was clean


def write_record(database: Path, problems: list[str], marks: PageMarks) -> None:
    """Replace the record atomically (owner-only temp file, fsync, rename). The page marks
    are kept only when there were no problems: nothing damaged is ever vouched for."""
    clean = not problems
    header = {
        "checked_at": datetime.now(UTC).isoformat(),
        "problems": problems,
        "page_size": marks.page_size,
        "pages": marks.pages if clean else 0,
        "salt": marks.salt.hex(),
    }
    body = b""
    if clean:
        crcs = array("I", marks.crcs)
        if sys.byteorder == "big":
            crcs.byteswap()
        body = crcs.tobytes() + marks.ivs
    data = _MAGIC + json.dumps(header).encode("utf-8") + b"\n" + body
    target = record_path(database)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def read_record(database: Path) -> FullCheckRecord | None:
    """The last full check's record, or None when there is none (or it is unreadable: then
    every page simply counts as not verified yet)."""
    try:
        data = record_path(database).read_bytes()
        if not data.startswith(_MAGIC):
            return None
        end = data.index(b"\n", len(_MAGIC))
        header = json.loads(data[len(_MAGIC) : end])
        checked_at = datetime.fromisoformat(header["checked_at"])
        problems = [str(p) for p in header["problems"]]
        pages = int(header["pages"])
        salt = bytes.fromhex(header["salt"])
        body = data[end + 1 :]
        marks = None
        if pages:
            if len(body) != pages * (4 + IV_MARK):
                return None
            crcs = array("I")
            crcs.frombytes(body[: 4 * pages])
            if sys.byteorder == "big":
                crcs.byteswap()
            marks = PageMarks(int(header["page_size"]), salt, crcs, body[4 * pages :])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return FullCheckRecord(checked_at, problems, salt, marks)


# -- the check at open ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenCheck:
    problems: list[str]
    unchanged_pages: int  # the same bytes as when the last clean full check read them
    changed_pages: int  # written since (or never fully checked): the full check reads them
    last_full_check: datetime | None
    marks: PageMarks | None  # for :func:`full_check`


def _page_size(connect: Connect) -> int:
    with connect() as connection:
        return int(connection.exec_driver_sql("PRAGMA page_size").scalar() or 4096)


def open_check(source: Engine | Connect, database: Path) -> OpenCheck:
    """The part of the checks that runs at open, within a fraction of a second (see above)."""
    database = Path(database)
    problems: list[str] = []
    page_size, page_count = DEFAULT_PAGE_SIZE, 0
    try:
        with _connect(source)() as connection:
            page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar() or 0)
            page_count = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    except exc.DBAPIError as error:
        if not _is_damage(error):
            raise
        problems.append(f"open: {error.orig if error.orig is not None else error}")
    size = database.stat().st_size
    if size % page_size:
        problems.append(f"file: {size} bytes is not a whole number of {page_size}-byte pages")
    wal = database.with_name(database.name + "-wal")
    wal_frames = wal.exists() and wal.stat().st_size > 32
    if size // page_size < page_count and not wal_frames:
        problems.append(f"file: cut short, {size // page_size} of {page_count} pages")
    marks = page_marks(database, page_size)
    record = read_record(database)
    if record is None or record.salt != marks.salt:
        # No full check yet, or it was of another file (a restored backup): nothing to
        # compare with; the full check reads every page.
        return OpenCheck(problems, 0, marks.pages, None, marks)
    when = record.checked_at.strftime("%Y-%m-%d %H:%M")
    problems.extend(f"full check of {when}: {problem}" for problem in record.problems)
    unchanged = 0
    if record.marks is not None and record.marks.page_size == page_size:
        suspects: list[int] = []
        before = record.marks
        common = min(before.pages, marks.pages)
        same = before.crcs[:common] == marks.crcs[:common]
        if same and before.ivs[: common * IV_MARK] == marks.ivs[: common * IV_MARK]:
            candidates = range(0)  # nothing written since: every page as it was
            unchanged = common
        else:
            candidates = range(common)
        for index in candidates:
            if before.iv(index) != marks.iv(index):
                continue  # rewritten by SQLCipher since
            if before.crcs[index] == marks.crcs[index]:
                unchanged += 1
            else:
                suspects.append(index)
        for index in suspects:
            # Read once more: a page another connection was writing at that moment has a
            # new IV by now, and is not damage.
            crc, iv = _page(database, index + 1, page_size)
            if iv == before.iv(index) and crc != before.crcs[index]:
                problems.append(
                    f"page {index + 1}: changed since the full check of {when}, but not by "
                    "SQLCipher (its IV is the same): damaged"
                )
            else:
                unchanged += crc == before.crcs[index]
    return OpenCheck(problems, unchanged, marks.pages - unchanged, record.checked_at, marks)
