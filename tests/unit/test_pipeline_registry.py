"""The stage registry (codem_core.pipeline.stages.PIPELINE + registry.py), without Prefect.

One cache key per unit of work, made of what the stage depends on and nothing else; a run that
skips a stage keys its later stages on what an earlier run left in the store, exactly as if it
had run that stage itself; a missing upstream output is one line naming the stage to run.
"""

from __future__ import annotations

import json

import pytest

from codem_core.errors import ConfigError
from codem_core.io import sha256_text, stable_hash
from codem_core.pipeline.config import STAGES, load_pipeline_preset
from codem_core.pipeline.registry import PACKAGE_ROOT, Outputs, RunContext, cache_key, code_version
from codem_core.pipeline.stages import PIPELINE, evaluated_models, stage
from codem_core.storage import ArtifactStore, corpus_key, execution_summary_key, generations_key

LANGS = ["python", "go"]


def _cfg(**over):
    return load_pipeline_preset("tiny", {"corpora": ["go", "python"], "languages": LANGS, **over})


def test_the_pipeline_declares_every_switch_in_the_papers_order():
    assert [s.name for s in PIPELINE] == ["evolve", "import", "mix", "finetune", "generate", "execute", "report"]
    assert sorted({s.step for s in PIPELINE}) == sorted(STAGES)
    assert {s.name: s.pool for s in PIPELINE if s.pool == "gpu"} == {"finetune": "gpu", "generate": "gpu"}
    assert {s.axis for s in PIPELINE} == {"language", "corpus", "model", "run"}
    for s in PIPELINE:  # the code that keys each cache exists (a typo would key nothing)
        assert all((PACKAGE_ROOT / part).exists() for part in s.code), s.name
        assert s.load is not None or s is PIPELINE[-1]


def test_a_cache_key_changes_with_what_the_stage_uses_and_nothing_else():
    ft, cfg = stage("finetune"), _cfg()
    key = cache_key(ft, cfg, "go", {"corpus": "a" * 64})
    assert key.startswith("codem-finetune-") and key == cache_key(ft, _cfg(), "go", {"corpus": "a" * 64})
    assert (
        cache_key(ft, _cfg(generate={"max_new_tokens": 99}), "go", {"corpus": "a" * 64}) == key
    )  # another stage's setting
    assert cache_key(ft, _cfg(execute={"workers": 7}), "go", {"corpus": "a" * 64}) == key
    assert cache_key(ft, _cfg(train={"overrides": {"max_steps": 3}}), "go", {"corpus": "a" * 64}) != key
    assert cache_key(ft, cfg, "go", {"corpus": "b" * 64}) != key  # new corpus content
    assert cache_key(ft, cfg, "python", {"corpus": "a" * 64}) != key
    assert cache_key(stage("generate"), cfg, "go", {"corpus": "a" * 64}) != key
    ev = stage("evolve")  # the embedded teacher's threads change no answer
    assert cache_key(ev, _cfg(teacher={"n_threads": 2}), "go", {}) == cache_key(ev, cfg, "go", {})
    assert cache_key(ev, _cfg(evolve={"seed": 7}), "go", {}) != cache_key(ev, cfg, "go", {})


def test_sampling_keys_the_generate_stage_and_fan_out_keys_no_verdict():
    gen, ex, cfg = stage("generate"), stage("execute"), _cfg()
    inputs = {"model": "a" * 64}
    greedy = cache_key(gen, cfg, "base", inputs)
    sampled = {"n": 4, "temperature": 0.8}
    keys = {
        cache_key(gen, _cfg(generate=over), "base", inputs)
        for over in (sampled, {**sampled, "n": 5}, {**sampled, "temperature": 0.2}, {**sampled, "top_p": 0.95})
    } | {cache_key(gen, _cfg(generate={**sampled, "seed": 1}), "base", inputs)}
    assert len(keys) == 5 and greedy not in keys  # each sampling setting is new work
    # execute: chunks and workers move the programs, not a verdict; the samples' content keys it
    gens = {"generations": {"python": "b" * 64, "go": "c" * 64}}
    key = cache_key(ex, cfg, "base", gens)
    assert cache_key(ex, _cfg(execute={"chunks": 8, "workers": 3}), "base", gens) == key
    assert cache_key(ex, cfg, "base", {"generations": {"python": "b" * 64, "go": "d" * 64}}) != key
    assert ex.parts(cfg) == 1 and ex.parts(_cfg(execute={"chunks": 8})) == 8
    assert stage("finetune").parts(_cfg(execute={"chunks": 8})) == 1  # only a stage that declares chunks splits


def test_code_version_follows_the_stages_sources(tmp_path, monkeypatch):
    from codem_core.pipeline import registry

    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text("x = 1\n")
    monkeypatch.setattr(registry, "PACKAGE_ROOT", tmp_path)
    code_version.cache_clear()
    before = code_version(("pkg",))
    (tmp_path / "pkg" / "a.py").write_text("x = 2\n")
    code_version.cache_clear()
    assert code_version(("pkg",)) != before
    code_version.cache_clear()


def _store_with_an_earlier_run(tmp_path) -> tuple[ArtifactStore, dict]:
    """What a train+generate+execute run leaves for go (model, generations, summaries); base generated too."""
    store = ArtifactStore(tmp_path / "store")
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    (model_dir / "config.json").write_text('{"model_type": "gpt_bigcode"}')
    manifest = store.upload_dir(model_dir, "models/go")
    shas: dict = {"model": stable_hash(manifest), "gen": {}, "sum": {}}
    for m in ("base", "codem-go"):
        for lang in LANGS:
            text = json.dumps({"task_id": f"{lang}/0", "completion": m}) + "\n"
            store.write_text(generations_key(m, lang), text)
            shas["gen"][(m, lang)] = sha256_text(text)
    summary = json.dumps({"model": "codem-go", "language": "go"})
    store.write_text(execution_summary_key("codem-go", "go"), summary)
    shas["sum"][("codem-go", "go")] = sha256_text(summary)
    return store, shas


def test_a_run_that_skips_stages_keys_its_work_on_what_the_store_holds(tmp_path):
    store, shas = _store_with_an_earlier_run(tmp_path)
    out = Outputs(RunContext(cfg=_cfg(), store=store, steps=("generate", "execute", "report")), PIPELINE)
    assert evaluated_models(out) == ["base", "codem-go"]  # base + the stored model
    gen = stage("generate").plan(out)
    assert gen["base"]["model"] is None and gen["codem-go"]["model"] == shas["model"]
    assert gen["base"]["benchmarks"] == gen["codem-go"]["benchmarks"] and len(gen["base"]["benchmarks"]) == 64
    ex = stage("execute").plan(out)  # this run did not generate: the stored generations' hashes
    assert ex["codem-go"]["generations"] == {lang: shas["gen"][("codem-go", lang)] for lang in LANGS}
    rep = stage("report").plan(out)  # only the summaries that exist
    assert rep == {"tiny": {"summaries": {"codem-go": {"go": shas["sum"][("codem-go", "go")]}}}}


def test_results_of_this_run_and_results_loaded_back_key_the_same_work(tmp_path):
    store, shas = _store_with_an_earlier_run(tmp_path)
    cfg = _cfg()
    loaded = Outputs(RunContext(cfg=cfg, store=store, steps=("generate",)), PIPELINE)
    ran = Outputs(RunContext(cfg=cfg, store=store, steps=("train", "generate")), PIPELINE)
    ran["finetune"] = {
        "go": {"corpus": "go", "model": "codem-go", "sha256": shas["model"], "metrics": {"loss": 1.0}},
        "python": {"corpus": "python", "model": "codem-python", "sha256": None, "skipped": "empty corpus"},
    }
    gen = stage("generate")
    assert gen.plan(ran) == gen.plan(loaded)  # an empty corpus's skipped fine-tune adds no model
    assert [cache_key(gen, cfg, m, i) for m, i in gen.plan(ran).items()] == [
        cache_key(gen, cfg, m, i) for m, i in gen.plan(loaded).items()
    ]


def test_the_models_asked_for_replace_base_plus_stored(tmp_path):
    store, _ = _store_with_an_earlier_run(tmp_path)
    out = Outputs(RunContext(cfg=_cfg(), store=store, steps=("execute",), models=("go",)), PIPELINE)
    assert evaluated_models(out) == ["codem-go"]


@pytest.mark.parametrize(
    "steps, missing",
    [
        (("train",), "no corpus 'python' in .*: run the evolve stage first"),
        (("execute",), "no generations of 'base' in .*: run the generate stage first"),
    ],
)
def test_a_missing_upstream_output_is_one_line_naming_the_stage_to_run(tmp_path, steps, missing):
    store = ArtifactStore(tmp_path / "store")
    store.write_text(corpus_key("go"), '{"instruction": "x", "output": "y"}\n')
    out = Outputs(RunContext(cfg=_cfg(), store=store, steps=steps), PIPELINE)
    name = {"train": "finetune", "execute": "execute"}[steps[0]]
    with pytest.raises(ConfigError, match=missing) as err:
        stage(name).plan(out)
    assert "\n" not in str(err.value)
