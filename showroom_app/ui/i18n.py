"""Interface languages: English source strings, zh_TW and zh_CN from Qt Linguist files.

``.ts`` sources live in ``resources/i18n``. Compiled ``.qm`` files are looked for next to
them (the installer builds them ahead of time) and otherwise compiled once with
``pyside6-lrelease`` into the cache folder, keyed by the source's hash, so a changed
translation is picked up without a stale binary ever being committed.

``SHOWROOM_PSEUDO=1`` installs a pseudo-translator that accents and lengthens every
string by about 40 %, to find clipped layouts and strings that escaped translation.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from showroom_app.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_TW", "zh_CN")
ENV_PSEUDO = "SHOWROOM_PSEUDO"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöƥʠŕšţûṽŵẋýžÀɃÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ",
)


def pseudo(text: str) -> str:
    """Accent letters (leaving {placeholders}, %1 and &mnemonics usable) and pad by 40 %."""
    if not text:
        return text
    out: list[str] = []
    depth = 0
    previous = ""
    for ch in text:
        if ch == "{":
            depth += 1
        if depth or ch in "%&" or previous == "%":  # keep {name}, %1, %n, %Ln, &mnemonics
            out.append(ch)
        else:
            out.append(ch.translate(_ACCENTS))
        previous = ch if previous != "%" or ch != "L" else "%"
        if ch == "}":
            depth = max(depth - 1, 0)
    pad = "~" * max(2, len(text) * 2 // 5)
    return f"{PSEUDO_OPEN}{''.join(out)}{pad}{PSEUDO_CLOSE}"


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    """Map the OS locale to one of ours: zh_TW for Traditional scripts, zh_CN for Simplified."""
    locale = QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        if locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
            QLocale.Country.Taiwan,
            QLocale.Country.HongKong,
            QLocale.Country.Macau,
        ):
            return "zh_TW"
        return "zh_CN"
    return "en"


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    try:
        import PySide6

        candidate = Path(PySide6.__file__).parent / (
            "lrelease.exe" if sys.platform == "win32" else "lrelease"
        )
        return str(candidate) if candidate.exists() else None
    except ImportError:  # pragma: no cover
        return None


def compile_ts(ts: Path, qm: Path) -> None:
    tool = _lrelease()
    if tool is None:
        raise FileNotFoundError("pyside6-lrelease was not found; install PySide6-Essentials")
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(".tmp.qm")
    subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(tmp)], check=True, capture_output=True, timeout=60
    )
    os.replace(tmp, qm)


def compiled_translation(lang: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` for ``lang``: shipped next to the source, or compiled into the cache."""
    ts = resources_dir() / "i18n" / f"showroom_{lang}.ts"
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    digest = hashlib.sha1(ts.read_bytes(), usedforsecurity=False).hexdigest()[:16]
    qm = cache_dir / "i18n" / f"showroom_{lang}.{digest}.qm"
    if not qm.exists():
        try:
            compile_ts(ts, qm)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s: %s", ts, exc)
            return None
    return qm


class Translations:
    """Owns the installed translators; switching language re-translates every open widget.

    The list of installed translators is shared by every instance, so applying a language
    always replaces whatever was installed before (one application, one language).
    """

    _installed: list[QTranslator] = []  # noqa: RUF012 - deliberately shared

    def __init__(self, cache_dir: Path) -> None:
        self._cache_dir = cache_dir
        self.language = "en"
        self.pseudo = os.environ.get(ENV_PSEUDO, "") not in ("", "0")

    def apply(self, lang: str) -> str:
        if lang not in LANGUAGES:
            lang = "en"
        app = QCoreApplication.instance()
        assert app is not None
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        if lang != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            frozen = resources_dir() / "i18n"
            for name, folder in (("qtbase", qt_dir), ("qtbase", str(frozen))):
                tr = QTranslator(app)
                if tr.load(f"{name}_{lang}", folder):
                    app.installTranslator(tr)
                    self._installed.append(tr)
                    break
        qm = compiled_translation(lang, self._cache_dir)  # English: plural forms only
        tr = QTranslator(app)
        if qm is not None and tr.load(str(qm)):
            app.installTranslator(tr)
            self._installed.append(tr)
        else:
            log.warning("no translation loaded for %s", lang)
        if self.pseudo:
            tr = PseudoTranslator(app)
            app.installTranslator(tr)
            self._installed.append(tr)
        self.language = lang
        QLocale.setDefault(QLocale(lang if lang != "en" else "en_US"))
        # deliver the LanguageChange events now, so every widget is re-translated before
        # the caller continues (Qt posts them to the widgets)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return lang
