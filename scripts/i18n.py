"""Translation workflow for developers and the installer build.

    python scripts/i18n.py update   # re-scan the sources into resources/i18n/*.ts (lupdate)
    python scripts/i18n.py build    # compile *.ts into *.qm next to them (lrelease)
    python scripts/i18n.py check    # fail when any entry is unfinished or missing

The application itself compiles missing ``.qm`` files on first use (into the cache
folder), so ``build`` is only needed for frozen builds.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "showroom_app"
I18N = PACKAGE / "resources" / "i18n"
LANGS = ("zh_TW", "zh_CN", "en")  # en: plural forms only ("1 day" / "3 days")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    candidate = Path(PySide6.__file__).parent / name
    if candidate.exists():
        return str(candidate)
    raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")


def source_files() -> list[Path]:
    """Every module that may hold user-visible text (the UI, and domain and service messages
    marked with ``QT_TRANSLATE_NOOP``)."""
    files = [
        f for part in ("ui", "domain", "services") for f in sorted((PACKAGE / part).rglob("*.py"))
    ]
    return [f for f in files if "__pycache__" not in f.parts]


def run_lupdate(ts_files: list[Path], *, no_obsolete: bool = True) -> None:
    args = [_tool("lupdate"), "-locations", "none", "-source-language", "en"]
    if no_obsolete:
        args.append("-no-obsolete")
    files = [str(f.relative_to(ROOT)) for f in source_files()]
    for ts in ts_files:
        lang = ts.stem.split("_", 1)[1]
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [*args, *extra, "-target-language", lang, *files, "-ts", str(ts)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=300,
        )


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out: dict[tuple[str, str], ET.Element] = {}
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def unfinished(ts: Path) -> list[tuple[str, str]]:
    bad = []
    for key, msg in messages(ts).items():
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            bad.append(key)
            continue
        forms = tr.findall("numerusform")
        text = "".join(f.text or "" for f in forms) if forms else (tr.text or "")
        if not text.strip():
            bad.append(key)
    return bad


def missing_from_sources() -> dict[str, list[tuple[str, str]]]:
    """Source strings the code has but a committed ``.ts`` lacks (or leaves unfinished)."""
    result: dict[str, list[tuple[str, str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            committed = I18N / f"showroom_{lang}.ts"
            scratch = Path(tmp) / committed.name
            shutil.copyfile(committed, scratch)
            run_lupdate([scratch])
            result[lang] = unfinished(scratch)
    return result


def build() -> None:
    for lang in LANGS:
        ts = I18N / f"showroom_{lang}.ts"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            timeout=120,
        )
        print(f"built {ts.with_suffix('.qm').relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=("update", "build", "check"))
    args = parser.parse_args()
    if args.action == "update":
        I18N.mkdir(parents=True, exist_ok=True)
        run_lupdate([I18N / f"showroom_{lang}.ts" for lang in LANGS])
        for lang in LANGS:
            print(f"{lang}: {len(unfinished(I18N / f'showroom_{lang}.ts'))} unfinished")
        return 0
    if args.action == "build":
        build()
        return 0
    problems = missing_from_sources()
    for lang, items in problems.items():
        for ctx, src in items:
            print(f"{lang}: [{ctx}] {src!r} is not translated")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
