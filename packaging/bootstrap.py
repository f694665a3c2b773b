#!/usr/bin/env python3
"""Set up Narrativ from a source checkout and start it or test it.

    python3 packaging/bootstrap.py start   # environment + demo database + the app
    python3 packaging/bootstrap.py test    # environment + the whole test suite

Needs only Python 3.11+. On Debian/Ubuntu it installs, with apt-get, what a bare machine
lacks: python3-venv, and the system libraries Qt needs (it asks sudo when not root); for
``test`` also PostgreSQL's server programs, for the tests against a throwaway server.
Everything else goes into ``.venv`` beside this checkout. Safe to run again: it does only
what is missing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".narrativ-installed"

# Shared libraries Qt loads, and the Debian packages that provide them (newest name first).
QT_LIBRARIES = {
    "libEGL.so.1": ["libegl1"],
    "libGL.so.1": ["libgl1"],
    "libOpenGL.so.0": ["libopengl0"],
    "libfontconfig.so.1": ["libfontconfig1"],
    "libfreetype.so.6": ["libfreetype6"],
    "libxkbcommon.so.0": ["libxkbcommon0"],
    "libxkbcommon-x11.so.0": ["libxkbcommon-x11-0"],
    "libdbus-1.so.3": ["libdbus-1-3"],
    "libglib-2.0.so.0": ["libglib2.0-0t64", "libglib2.0-0"],
    "libX11.so.6": ["libx11-6"],
    "libX11-xcb.so.1": ["libx11-xcb1"],
    "libxcb.so.1": ["libxcb1"],
    "libxcb-cursor.so.0": ["libxcb-cursor0"],
    "libxcb-icccm.so.4": ["libxcb-icccm4"],
    "libxcb-image.so.0": ["libxcb-image0"],
    "libxcb-keysyms.so.1": ["libxcb-keysyms1"],
    "libxcb-randr.so.0": ["libxcb-randr0"],
    "libxcb-render-util.so.0": ["libxcb-render-util0"],
    "libxcb-shape.so.0": ["libxcb-shape0"],
    "libxcb-xkb.so.1": ["libxcb-xkb1"],
    "libgssapi_krb5.so.2": ["libgssapi-krb5-2"],
}
# Loaded by Qt at run time (dlopen), so ldd does not list them.
RUNTIME_LIBRARIES = ["libxcb-cursor.so.0"]
FONT_PACKAGES = ["fonts-dejavu-core"]


def say(message: str) -> None:
    print(f"[narrativ] {message}", flush=True)


def run(*command: str | Path, env: dict[str, str] | None = None) -> None:
    subprocess.run([str(c) for c in command], check=True, cwd=ROOT, env=env)


def apt_install(packages: list[str]) -> None:
    if not packages:
        return
    if not shutil.which("apt-get"):
        sys.exit(
            "[narrativ] Install these system packages with your package manager, then run "
            "again: " + " ".join(packages)
        )
    prefix: list[str] = []
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            sys.exit("[narrativ] Run as root, or install: apt-get install " + " ".join(packages))
        prefix = ["sudo"]
    say("installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages],
        check=True,
        env=env,
    )


def apt_has(package: str) -> bool:
    if not shutil.which("apt-cache"):
        return False
    result = subprocess.run(
        ["apt-cache", "show", "--no-all-versions", package],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0 and bool(result.stdout.strip())


def ensure_venv() -> None:
    if PYTHON.exists():
        return
    say("creating .venv")
    made = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
    if made.returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        candidates = [f"python{version}-venv", "python3-venv"]
        apt_install([next((p for p in candidates if apt_has(p)), "python3-venv")])
        run(sys.executable, "-m", "venv", VENV)


def ensure_packages(extra: str) -> None:
    """pip install the project (editable) when pyproject.toml changed since last time."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extra.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    say("installing Python packages into .venv")
    run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    target = f".[{extra}]" if extra else "."
    run(PYTHON, "-m", "pip", "install", "--quiet", "--editable", target)
    STAMP.write_text(wanted)


def missing_qt_libraries() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    probe = (
        "import pathlib, PySide6; q = pathlib.Path(PySide6.__file__).parent / 'Qt';"
        "print('\\n'.join(str(p) for p in [q/'lib'/'libQt6Gui.so.6', q/'lib'/'libQt6Widgets.so.6',"
        " q/'plugins'/'platforms'/'libqoffscreen.so', q/'plugins'/'platforms'/'libqxcb.so']"
        " if p.exists()))"
    )
    files = subprocess.run(
        [str(PYTHON), "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    missing: set[str] = set()
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    missing.update(name for name in RUNTIME_LIBRARIES if name not in known)
    for file in files:
        output = subprocess.run(["ldd", file], capture_output=True, text=True, check=False)
        for line in output.stdout.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
    return sorted(missing)


def ensure_system_libraries() -> None:
    missing = missing_qt_libraries()
    packages: list[str] = []
    for library in missing:
        candidates = QT_LIBRARIES.get(library)
        if candidates is None:
            say(f"warning: {library} is missing and no package is known for it")
            continue
        packages.append(next((p for p in candidates if apt_has(p)), candidates[-1]))
    fonts = Path("/usr/share/fonts")
    if sys.platform.startswith("linux") and not (fonts.is_dir() and any(fonts.rglob("*.ttf"))):
        packages += FONT_PACKAGES
    apt_install(sorted(set(packages)))


def build_translations() -> None:
    from_dir = ROOT / "resources" / "translations"
    sources = sorted(from_dir.glob("*.ts")) if from_dir.is_dir() else []
    lrelease = BIN / "pyside6-lrelease"
    for source in sources:
        target = source.with_suffix(".qm")
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        if lrelease.exists():
            run(lrelease, "-silent", source, "-qm", target)


def prepare(extra: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (runs under any system Python)
        sys.exit("[narrativ] Narrativ needs Python 3.11 or newer.")
    ensure_venv()
    ensure_packages(extra)
    ensure_system_libraries()
    build_translations()


def start(arguments: list[str]) -> int:
    prepare("")
    data_dir = ROOT / ".demo"
    database = data_dir / "demo.db"
    if not database.exists():
        data_dir.mkdir(exist_ok=True)
        run(BIN / "narrativ", "demo", "--db", database)
    else:
        say(f"demo database: {database} (delete the folder .demo for a fresh one)")
    app = subprocess.run([str(BIN / "narrativ"), "--db", str(database), *arguments], check=False)
    return app.returncode


# Validators the packaging tests use; without them those tests skip.
TEST_TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "objdump": "binutils",  # PyInstaller reads shared libraries with it (test_pyinstaller)
}
# The server tests start a throwaway PostgreSQL cluster (initdb, pg_ctl); Debian keeps those
# programs in /usr/lib/postgresql/<version>/bin, outside PATH.
POSTGRESQL_PACKAGE = "postgresql"


def has_postgresql_server() -> bool:
    if shutil.which("initdb"):
        return True
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


def test(arguments: list[str]) -> int:
    prepare("test")
    if sys.platform.startswith("linux"):
        missing = [package for tool, package in TEST_TOOLS.items() if not shutil.which(tool)]
        if not has_postgresql_server():
            missing.append(POSTGRESQL_PACKAGE)
        if missing and (os.geteuid() == 0 or shutil.which("sudo")) and shutil.which("apt-get"):
            apt_install(missing)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    say("ruff")
    lint = subprocess.run([str(BIN / "ruff"), "check", "."], cwd=ROOT, check=False)
    say("pytest")
    tests = subprocess.run(
        [str(PYTHON), "-m", "pytest", *arguments], cwd=ROOT, env=env, check=False
    )
    return tests.returncode or lint.returncode


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("start", "test"):
        print(__doc__)
        return 2
    command, arguments = sys.argv[1], sys.argv[2:]
    return start(arguments) if command == "start" else test(arguments)


if __name__ == "__main__":
    raise SystemExit(main())
