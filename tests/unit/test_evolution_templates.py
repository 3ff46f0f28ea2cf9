"""Templates are data files; their hash enters the cache key; placeholders are safe with code."""

import shutil

import pytest

from codem_core.errors import ConfigError
from codem_core.evolution.cache import cache_key
from codem_core.evolution.templates import TEMPLATE_DIR, load_template_file, load_templates
from codem_core.io import sha256_file


def test_packaged_templates_load_with_file_hashes():
    t = load_templates()
    assert set(t) == {"depth", "breadth", "answer"}
    assert set(t["depth"].operations) == {"add_constraints", "deepen", "concretize", "reasoning_steps"}
    assert t["depth"].sha256 == sha256_file(TEMPLATE_DIR / "depth.yaml")
    assert len(t["depth"].hash) == 16


def test_render_keeps_braces_in_seed_code():
    t = load_templates()["depth"]
    seed = "def f(d):\n    return {k: v for k, v in d.items()}  # {language} stays"
    msgs = t.messages(method=t.operations["deepen"], language="Go", seed=seed)
    user = msgs[-1]["content"]
    assert seed in user and "solution is written in Go" in user and "{method}" not in user


def test_missing_placeholder_value_is_an_error():
    with pytest.raises(ConfigError, match="placeholder"):
        load_templates()["answer"].messages(instruction="x")  # no language/fence


def test_editing_a_template_changes_its_hash_and_the_cache_key(tmp_path):
    folder = tmp_path / "tpl"
    shutil.copytree(TEMPLATE_DIR, folder)
    before = load_template_file(folder / "depth.yaml")
    (folder / "depth.yaml").write_text((folder / "depth.yaml").read_text().replace("a bit harder", "much harder"))
    after = load_template_file(folder / "depth.yaml")
    assert before.sha256 != after.sha256
    msgs = [{"role": "user", "content": "same"}]
    assert cache_key("m", {"t": 0}, msgs, before.sha256) != cache_key("m", {"t": 0}, msgs, after.sha256)


def test_bad_template_folder(tmp_path):
    (tmp_path / "depth.yaml").write_text("kind: depth\ntemplate: x\noperations: {a: b}\n")
    with pytest.raises(ConfigError, match="lacks breadth.yaml"):
        load_templates(tmp_path)


def test_compact_set_for_small_teachers():
    compact, evol = load_templates("compact"), load_templates("evol-instruct")
    assert evol == load_templates()  # the default is Evol-Instruct's
    assert set(compact["depth"].operations) == set(evol["depth"].operations)  # same seeded draw of operations
    assert compact["depth"].sha256 != evol["depth"].sha256
    user = compact["depth"].messages(method=compact["depth"].operations["deepen"], language="Go", seed="Sum a list.")[
        -1
    ]["content"]
    assert "Sum a list." in user and "solved in Go" in user and "#" not in user  # no scaffolding to copy
    with pytest.raises(ConfigError, match="not a packaged set"):
        load_templates("no-such-set")
