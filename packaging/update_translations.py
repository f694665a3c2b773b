#!/usr/bin/env python3
"""Extract the UI texts into the translation files and say what is left to translate.

    .venv/bin/python packaging/update_translations.py            # update every narrativ_*.ts
    .venv/bin/python packaging/update_translations.py --add de   # start narrativ_de.ts
    .venv/bin/python packaging/update_translations.py --check    # change nothing, only report

Runs ``pyside6-lupdate`` over every ``narrativ/**/*.py``. Existing translations are kept;
texts that vanished from the code are dropped (``-no-obsolete``), so the files never carry
dead weight. Exits with 1 while any message is unfinished: translate those in Qt Linguist
(``.venv/bin/pyside6-linguist resources/translations/narrativ_en.ts``) or in a text editor.
The ``.qm`` files the app loads are built from the ``.ts`` files by ``packaging/bootstrap.py``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "da_DK"
# The language written into new files; plural rules follow the language, not the territory.
DEFAULT_TERRITORY = {"en": "en_GB"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    finished: bool

    def describe(self) -> str:
        return f"[{self.context or '(no context)'}] {self.source!r}"


def tool(name: str) -> Path:
    """A Qt tool from the environment that runs this script, else from ``PATH``."""
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin"):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return candidate
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run this with the project's .venv Python.")
    return Path(found)


def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(path for path in (root / "narrativ").rglob("*.py") if path.is_file())


def translation_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return sorted(folder.glob("narrativ_*.ts"))


def language_of(ts_file: Path) -> str:
    return ts_file.stem.removeprefix("narrativ_")


def run_lupdate(ts_file: Path, root: Path = ROOT) -> None:
    """Merge the texts of the code into ``ts_file`` (created when missing)."""
    language = language_of(ts_file)
    with tempfile.TemporaryDirectory() as folder:
        # A list file keeps the command line short however many modules there are.
        listing = Path(folder) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files(root)) + "\n", "utf-8")
        subprocess.run(
            [
                str(tool("pyside6-lupdate")),
                "-silent",
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                DEFAULT_TERRITORY.get(language, language),
                f"@{listing}",
                "-ts",
                str(ts_file),
            ],
            check=True,
            cwd=root,
        )


def read_messages(ts_file: Path) -> list[Message]:
    messages: list[Message] = []
    # The files are the project's own, written by lupdate: no untrusted XML here.
    for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                kind, texts = "unfinished", [""]
            elif message.get("numerus") == "yes":
                kind = translation.get("type")
                texts = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                kind, texts = translation.get("type"), [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=message.get("numerus") == "yes",
                    # lupdate marks new and changed texts "unfinished"; "vanished" and
                    # "obsolete" ones are not shown by the app, so they count as unfinished
                    # too (-no-obsolete normally removes them).
                    finished=kind is None and all(t.strip() for t in texts),
                )
            )
    return messages


def updated_copy(ts_file: Path, folder: Path, root: Path = ROOT) -> Path:
    """``ts_file`` as lupdate would leave it, written into ``folder``; the original stays."""
    copy = folder / ts_file.name
    shutil.copy2(ts_file, copy)
    run_lupdate(copy, root)
    return copy


def report(ts_file: Path, messages: list[Message]) -> int:
    unfinished = [m for m in messages if not m.finished]
    print(f"{ts_file.name}: {len(messages)} messages, {len(unfinished)} unfinished")
    for message in unfinished:
        print(f"  unfinished: {message.describe()}")
    return len(unfinished)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--add", metavar="LANG", help="start a translation, e.g. 'de'")
    parser.add_argument(
        "--check", action="store_true", help="report on updated copies; change no file"
    )
    args = parser.parse_args(argv)

    files = translation_files()
    if args.add:
        new = TRANSLATIONS / f"narrativ_{args.add}.ts"
        if new.exists():
            sys.exit(f"{new.name} exists already; run without --add to update it.")
        TRANSLATIONS.mkdir(parents=True, exist_ok=True)
        files = sorted({*files, new})

    unfinished = 0
    with tempfile.TemporaryDirectory() as folder:
        for ts_file in files:
            target = Path(folder) / ts_file.name if args.check else ts_file
            if args.check and ts_file.exists():
                shutil.copy2(ts_file, target)
            run_lupdate(target)
            unfinished += report(ts_file, read_messages(target))
    return 1 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
