"""``self.tr`` looks strings up under the class of the object at run time, while lupdate
files them under the class they are written in: a class whose own code calls ``self.tr``
and that another class inherits from shows its texts untranslated in the subclass
(checked with PySide6 6.12). Such classes use ``QCoreApplication.translate("Class", …)``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "showroom_app" / "ui"


def _classes() -> dict[str, tuple[str, list[str], int]]:
    found: dict[str, tuple[str, list[str], int]] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = [ast.unparse(b).split(".")[-1] for b in node.bases]
                calls = sum(
                    1
                    for n in ast.walk(node)
                    if isinstance(n, ast.Attribute)
                    and n.attr == "tr"
                    and isinstance(n.value, ast.Name)
                    and n.value.id == "self"
                )
                found[node.name] = (str(path.relative_to(UI)), bases, calls)
    return found


def test_no_inherited_class_translates_with_self_tr() -> None:
    classes = _classes()
    assert len(classes) > 50  # the walk really found the interface
    children: dict[str, list[str]] = defaultdict(list)
    for name, (_path, bases, _calls) in classes.items():
        for base in bases:
            children[base].append(name)
    offenders = [
        f"{path}: {name} (inherited by {', '.join(children[name])})"
        for name, (path, _bases, calls) in classes.items()
        if calls and children.get(name)
    ]
    assert offenders == []
