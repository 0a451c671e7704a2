"""Every text of the sources has a finished European Portuguese translation (and English
plural forms), the placeholders survive translation, and the .qm catalogues are current.

The check runs ``lupdate`` over zkinspector/ into temporary copies of the committed .ts
files, so a text added anywhere since the last ``make translations`` is caught here.
To fix a failure: ``make translations``, translate the texts named (pyside6-linguist
or any text editor), ``make translations`` again, commit the .ts and .qm files.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TR_DIR = ROOT / "resources" / "translations"
SOURCES = sorted(str(p) for p in (ROOT / "zkinspector").rglob("*.py"))
PLACEHOLDER = re.compile(r"%L?n|%\d|%[sd]|\{[^{}]*\}")
#: Brazilian words with a different European Portuguese one (ficheiro, ligação, ...).
BRAZILIAN = re.compile(
    r"\b(arquivos?|conex(ão|ões)|deletar|deletad[oa]s?|salvar|salv[oa]s?|configura(ção|ções)|"
    r"usuári[oa]s?|senhas?|telas?|excluir|exclu[íi]d[oa]s?|registro|contêiner)\b",
    re.IGNORECASE,
)


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    path = str(found) if found.exists() else shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not found (it comes with PySide6-Essentials)")
    return path


def _lupdate(ts: Path, tmp_path: Path, *extra: str) -> ET.Element:
    """The committed .ts brought up to date with the sources, in a temporary copy."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    cmd = [_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *extra]
    subprocess.run([*cmd, *SOURCES, "-ts", str(copy)], check=True, capture_output=True)
    return ET.parse(copy).getroot()


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _problems(root: ET.Element, forms_wanted: int) -> list[str]:
    problems = []
    for context, message in _messages(root):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"{where} (unfinished)")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != forms_wanted or not all(forms):
                problems.append(f"{where} (needs {forms_wanted} plural forms)")
        elif not (translation.text or "").strip():
            problems.append(f"{where} (empty)")
    return problems


def test_every_text_has_a_finished_portuguese_translation(tmp_path):
    root = _lupdate(TR_DIR / "zkinspector_pt_PT.ts", tmp_path)
    problems = _problems(root, forms_wanted=2)
    assert not problems, "untranslated (run make translations, then translate):\n" + "\n".join(
        problems
    )


def test_every_plural_text_has_its_english_forms(tmp_path):
    root = _lupdate(TR_DIR / "zkinspector_en.ts", tmp_path, "-pluralonly")
    problems = _problems(root, forms_wanted=2)
    assert not problems, "English plural forms missing:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", ["zkinspector_pt_PT.ts", "zkinspector_en.ts", "qtbase_pt_PT.ts"])
def test_translations_keep_placeholders_and_are_european(name):
    problems = []
    for context, message in _messages(ET.parse(TR_DIR / name).getroot()):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(PLACEHOLDER.findall(source))
        # The singular form may say "this node" instead of "%n node".
        last = sorted(PLACEHOLDER.findall(texts[-1]))
        if last != wanted:
            problems.append(f"{context}: {source!r} -> {texts[-1]!r}: placeholders {wanted}")
        for text in texts:
            if name.endswith("pt_PT.ts") and BRAZILIAN.search(text):
                problems.append(f"{context}: {text!r} uses a Brazilian word")
    assert not problems, "\n".join(problems)


def test_catalogues_are_built_from_the_current_sources(tmp_path):
    """The committed .qm files are what lrelease makes of the committed .ts files."""
    for ts in sorted(TR_DIR.glob("*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
            check=True,
            capture_output=True,
        )
        shipped = ts.with_suffix(".qm")
        assert shipped.exists() and shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is out of date: run make translations"
        )


def _call_name(node: ast.Call) -> str:
    """ "translate" for translate(...) and QCoreApplication.translate(...), "tr" for any
    .tr(...); other names otherwise (str.translate is not ours)."""
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if func.attr == "translate":
            return "translate" if getattr(owner, "id", "") == "QCoreApplication" else ""
        return func.attr
    return ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


#: On a translate() line whose text is a variable: its texts are marked elsewhere.
MARKED = "texts marked with QT_TRANSLATE_NOOP"


def test_every_translated_text_is_one_lupdate_can_find():
    """lupdate skips, without a word, a text it cannot read from the call itself: a
    wrapper (``_tr(text)``), a context or text in a variable, or a plural through
    ``translate()`` (it marks plurals only for ``tr()``). Such texts would never be
    translated, and the checks above would not see them."""
    problems = []
    for source in SOURCES:
        text = Path(source).read_text(encoding="utf-8")
        tree = ast.parse(text)
        marked = {i + 1 for i, line in enumerate(text.splitlines()) if MARKED in line}
        where = Path(source).relative_to(ROOT)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name, args = _call_name(node), node.args
            if name == "translate" and args and node.lineno not in marked:
                if len(args) < 2 or not (_literal(args[0]) and _literal(args[1])):
                    problems.append(f"{where}:{node.lineno}: translate() without literals")
                elif len(args) > 3:
                    problems.append(f"{where}:{node.lineno}: a plural needs tr(), not translate()")
            elif name == "tr" and (not args or not _literal(args[0])):
                problems.append(f"{where}:{node.lineno}: tr() of a text that is not a literal")
    assert not problems, "\n".join(problems)


def test_no_class_that_others_inherit_translates_with_its_own_tr():
    """PySide looks a ``self.tr`` text up under the class of ``self``: a text of a base
    class asked by a subclass is never found, and its plural forms are lost. Such texts
    go through ``translate("Base", ...)``, plurals through a small class of their own
    (as RecipeCounts)."""
    trees = {source: ast.parse(Path(source).read_text(encoding="utf-8")) for source in SOURCES}
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    inherited = {getattr(b, "id", getattr(b, "attr", "")) for c in classes for b in c.bases}
    problems = [
        f"{cls.name}:{call.lineno}"
        for cls in classes
        if cls.name in inherited
        for call in ast.walk(cls)
        if isinstance(call, ast.Call) and _call_name(call) == "tr"
    ]
    assert not problems, "tr() in a class others inherit from:\n" + "\n".join(problems)


def test_counts_asked_by_subclasses_are_in_portuguese():
    from PySide6.QtCore import QCoreApplication, QTranslator

    from zkinspector.models.transfer import COUNTS
    from zkinspector.ui.plan_dialog import COUNTS as PLAN_COUNTS

    app = QCoreApplication.instance() or QCoreApplication([])
    translator = QTranslator()
    assert translator.load(str(TR_DIR / "zkinspector_pt_PT.qm"))
    app.installTranslator(translator)
    try:
        assert COUNTS.not_written(3) == "3 nós não escritos."
        assert COUNTS.not_written(1) == "1 nó não escrito."
        assert PLAN_COUNTS.conflicts(2).startswith("2 nós já existem")
    finally:
        app.removeTranslator(translator)
