"""Fill ``.ts`` entries from a table of translations (a one-shot helper for developers).

    python scripts/ts_fill.py TABLE.tsv

TABLE.tsv has the columns ``context<TAB>source<TAB>zh_TW<TAB>zh_CN`` (context ``*`` matches
any context). Numerus entries take ``singular|plural`` for English. Only unfinished
entries are filled, so hand-polished translations are never overwritten.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "showroom_app" / "resources" / "i18n"
COLUMNS = {"zh_TW": 2, "zh_CN": 3, "en": 4}


def fill(table: Path) -> int:
    rows: dict[tuple[str, str], list[str]] = {}
    with open(table, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                rows[(row[0], row[1].replace("\\n", "\n"))] = row
    missing = 0
    for lang, col in COLUMNS.items():
        ts = I18N / f"showroom_{lang}.ts"
        if not ts.exists():
            continue
        tree = ET.parse(ts)
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                tr = msg.find("translation")
                assert tr is not None
                if tr.get("type") != "unfinished":
                    continue
                row = rows.get((name, source)) or rows.get(("*", source))
                if row is None or len(row) <= col or not row[col]:
                    missing += 1
                    print(f"{lang}: no translation for [{name}] {source!r}")
                    continue
                text = row[col].replace("\\n", "\n")
                if msg.get("numerus") == "yes":
                    for form in list(tr):
                        tr.remove(form)
                    for part in text.split("|"):
                        ET.SubElement(tr, "numerusform").text = part
                else:
                    tr.text = text
                del tr.attrib["type"]
        ET.indent(tree, space="    ")
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        content = ts.read_text(encoding="utf-8").replace(
            "<?xml version='1.0' encoding='utf-8'?>",
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
            1,
        )
        ts.write_text(content, encoding="utf-8")
    return missing


if __name__ == "__main__":
    sys.exit(1 if fill(Path(sys.argv[1])) else 0)
