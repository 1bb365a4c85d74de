"""Translations: every message of the .ts is translated (also after extracting the current sources), the .qm builds."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from routine_builder.ui import i18n

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "tools" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_every_message_is_translated(tools) -> None:
    ts = tools.ts_file("en")
    messages = _messages(ts)
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None, source
        assert translation.get("type") is None, f"{translation.get('type')}: {source!r}"
        forms = list(translation.iter("numerusform")) or [translation]
        assert all((form.text or "").strip() for form in forms), source
        if "{" in (source or ""):  # placeholders survive translation
            for form in forms:
                assert sorted(_placeholders(source)) == sorted(_placeholders(form.text)), source
    assert tools.untranslated("en") == []


def _placeholders(text: str) -> list[str]:
    return re.findall(r"\{[^{}]*\}", text)


def test_the_ts_covers_the_current_sources(tools, tmp_path: Path, monkeypatch) -> None:
    """Extract the strings of today's sources into a copy of the .ts: nothing may be left untranslated."""
    copy = tmp_path / "routine_builder_en.ts"
    shutil.copy(tools.ts_file("en"), copy)
    files = [str(p) for p in tools.sources()]
    subprocess.run([tools.tool("pyside6-lupdate"), "-silent", "-no-obsolete", *files, "-ts", str(copy)], check=True)
    monkeypatch.setattr(tools, "ts_file", lambda _language: copy)
    missing = tools.untranslated("en")
    assert missing == [], f"run 'python tools/i18n.py update' and translate: {missing[:10]}"


def test_the_qm_builds_and_translates(qapp, tools, tmp_path: Path) -> None:
    expanded = tmp_path / "expanded.ts"
    expanded.write_bytes(tools.with_helper_contexts(tools.ts_file("en")))
    qm = tmp_path / "routine_builder_en.qm"
    subprocess.run([tools.tool("pyside6-lrelease"), "-silent", str(expanded), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("SettingsDialog", "Inställningar") == "Settings"
    # strings passed through a helper such as tr = lambda t: translate("Actions", t) are found in that context
    helpers = tools.helper_contexts(tools.ts_file("en"))
    for (context, source), runtime_contexts in helpers.items():
        assert runtime_contexts, f"cannot tell which context {context!r}: {source!r} is looked up in"
        for runtime_context in runtime_contexts:
            assert translator.translate(runtime_context, source), (runtime_context, source)


def test_install_and_switch_back(qapp) -> None:
    if not i18n.app_translation_file("en").is_file():
        pytest.fail("the .qm is not built; run 'python tools/i18n.py build' (part of the install step)")
    locale = QLocale()
    try:
        assert i18n.install_translators(qapp, "en")
        assert QCoreApplication.translate("ExportDialog", "&Exportera") == "&Export"
        assert QLocale().language() == QLocale.Language.English
        i18n.apply_language(qapp, "sv")
        assert QCoreApplication.translate("ExportDialog", "&Exportera") == "&Exportera"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"  # Qt's own, in Swedish
        assert QCoreApplication.translate("QPlatformTheme", "OK") == "OK"  # corrected: Qt's Swedish says "Ok"
        assert len(qapp.findChildren(QTranslator)) == 2  # Qt's Swedish and its one correction
    finally:
        i18n.install_translators(qapp, "sv")
        QLocale.setDefault(locale)
