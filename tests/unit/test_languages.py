"""Languages as plugins: every language's spec is complete, and what codem derives from the specs
(defaults, loader tables, engine order, stop rules, cleaning markers, install list) is what users
rely on."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from codem_core import languages as L
from codem_core.errors import UnknownLanguageError

ROOT = Path(__file__).resolve().parents[2]
PAPER_EVAL = ("python", "javascript", "typescript", "c", "cpp", "java", "go")
PAPER_TRAIN = (*PAPER_EVAL, "html")


def test_paper_languages_stay_the_default():
    assert L.EVAL_LANGUAGES == PAPER_EVAL
    assert L.TRAIN_LANGUAGES == PAPER_TRAIN
    assert L.parse_languages("all", evaluable_only=True) == list(PAPER_EVAL)
    assert L.parse_languages(None, evaluable_only=True) == list(PAPER_EVAL)
    assert L.parse_languages("all") == list(PAPER_TRAIN)
    # the paper's 7 come first, then the extra evaluation languages
    assert L.EVALUABLE_LANGUAGES[: len(PAPER_EVAL)] == PAPER_EVAL


def test_extra_evaluation_languages_only_when_named():
    extra = [k for k in L.EVALUABLE_LANGUAGES if k not in PAPER_EVAL]
    for key in extra:
        spec = L.LANGUAGES[key]
        assert not spec.in_paper and not spec.train
        assert L.parse_languages(f"python,{key}", evaluable_only=True) == ["python", key]
        assert key not in L.parse_languages("all", evaluable_only=True)


def test_names_resolve_uniquely():
    owners: dict[str, str] = {}
    for spec in L.LANGUAGES.values():
        for name in {spec.key, spec.display.lower(), spec.task_prefix.lower(), *spec.fence_tags}:
            assert owners.setdefault(name, spec.key) == spec.key, f"{name!r} names both {owners[name]} and {spec.key}"
            assert L.get_language(name.upper()).key == spec.key
    with pytest.raises(UnknownLanguageError, match="unknown language 'cobol'"):
        L.get_language("cobol")
    with pytest.raises(UnknownLanguageError, match="HTML has no evaluation benchmark"):
        L.parse_languages("html", evaluable_only=True)


@pytest.mark.parametrize("key", [k for k, s in L.LANGUAGES.items() if s.evaluable])
def test_evaluable_spec_is_complete(key):
    spec = L.LANGUAGES[key]
    assert spec.benchmark is not None and spec.adapter and spec.extractor and spec.lexer and spec.stops
    assert spec.adapter_class().language == key
    assert spec.benchmark.entry_pattern is None or re.compile(spec.benchmark.entry_pattern)
    assert spec.benchmark.local_relpath or spec.benchmark.shipped
    for pattern in (spec.stops.definition, spec.stops.main or "", *spec.cleaning.markers):
        re.compile(pattern)
    assert spec.stops.block in ("brace", "indent")
    assert spec.lexer.family in ("python", "c") or callable(L.resolve(spec.lexer.family))
    assert spec.schedule_weight > 0 and spec.apt_packages


def test_derived_tables_follow_the_specs():
    from codem_core.benchmarks import SOURCES
    from codem_core.evolution import cleaning
    from codem_core.execution import engine
    from codem_core.execution.adapters import ADAPTERS
    from codem_core.inference import stops
    from codem_core.inference.extraction import STOP_SEQUENCES

    evaluable = set(L.EVALUABLE_LANGUAGES)
    assert set(SOURCES) == evaluable and set(ADAPTERS) == evaluable and set(STOP_SEQUENCES) == evaluable
    assert stops.BRACE_LANGUAGES | stops.INDENT_LANGUAGES == evaluable
    assert set(cleaning._MARKERS_RE) == set(L.LANGUAGES)  # every language, HTML included, has markers
    # heaviest first: the JVM and C++ before the interpreted languages
    order = sorted(PAPER_EVAL, key=engine._schedule_key)
    assert order == ["java", "cpp", "go", "c", "typescript", "javascript", "python"]


def _script_array(name: str) -> list[str]:
    text = (ROOT / "scripts" / "install-toolchains.sh").read_text()
    m = re.search(rf"^{name}=\((.*?)\)", text, re.M | re.S)
    assert m, f"{name} not found in install-toolchains.sh"
    return shlex.split(m.group(1), comments=True)


def test_install_script_installs_every_spec_package():
    """scripts/install-toolchains.sh is the one place that installs (make install, the executor
    image): it must list what every language's spec says its toolchain needs."""
    apt, npm = set(_script_array("APT_PACKAGES")), set(_script_array("NPM_PACKAGES"))
    for spec in L.LANGUAGES.values():
        assert set(spec.apt_packages) <= apt, f"{spec.key}: {set(spec.apt_packages) - apt} missing from APT_PACKAGES"
        assert set(spec.npm_packages) <= npm, f"{spec.key}: {set(spec.npm_packages) - npm} missing from NPM_PACKAGES"


def test_packages_command_prints_the_spec_lists():
    def run(*args: str) -> subprocess.CompletedProcess:
        argv = [sys.executable, "-m", "codem_core.languages", *args]
        return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)

    out = run("packages", "--npm").stdout.split()
    assert out == list(dict.fromkeys(p for s in L.LANGUAGES.values() for p in s.npm_packages))
    bad = run("packages", "--pip")
    assert bad.returncode == 2 and "usage" in bad.stderr
