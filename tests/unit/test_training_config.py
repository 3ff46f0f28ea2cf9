"""Presets, corpus formats, memory-fit check, model specs: the fast failures and the paper's numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codem_core.errors import CodemError, ConfigError, DataError
from codem_core.training.corpus import load_corpus
from codem_core.training.presets import PRESET_DIR, available_presets, load_preset, parse_set_options


def test_paper_preset_matches_the_paper():
    cfg = load_preset("paper")
    assert cfg.base_model == "bigcode/starcoderbase-7b"
    assert (cfg.per_device_train_batch_size, cfg.gradient_accumulation_steps) == (2, 4)
    assert cfg.learning_rate == 2e-5 and cfg.lr_scheduler_type == "cosine" and cfg.warmup_steps == 30
    assert cfg.precision == "fp16" and cfg.deepspeed == "zero2"
    assert (cfg.num_train_epochs, cfg.max_length) == (3, 2048)  # WizardCoder's, the paper is silent
    ds = cfg.deepspeed_config()
    assert ds["zero_optimization"]["stage"] == 2 and "optimizer" not in ds  # no fused_adam JIT


def test_every_preset_is_headed_by_the_command_that_runs_it():
    assert {"paper", "demo", "tiny"} <= set(available_presets())
    for name in available_presets():
        first = (PRESET_DIR / f"{name}.yaml").read_text().splitlines()[0]
        assert first.startswith("# codem train ") and f"--preset {name}" in first
        load_preset(name)


def test_overrides_and_bad_presets():
    cfg = load_preset("tiny", {"lora": True, "packing": True, "max_steps": 7})
    assert cfg.lora is not None and cfg.lora.r == 16 and cfg.packing and cfg.max_steps == 7
    assert load_preset("demo", {"lora": False}).lora is None
    with pytest.raises(ConfigError, match="unknown preset 'nope'"):
        load_preset("nope")
    with pytest.raises(ConfigError, match="learning_rate"):
        load_preset("tiny", {"learning_rate": -1})
    with pytest.raises(ConfigError, match="bogus"):
        load_preset("tiny", {"bogus": 1})
    with pytest.raises(ConfigError, match="deepspeed config 'zero9' not found"):
        load_preset("tiny", {"deepspeed": "zero9"}).deepspeed_config()
    with pytest.raises(ConfigError, match="packing_mode") as exc:
        load_preset("tiny", {"packing": True, "packing_mode": "rows"})
    assert "\n" not in str(exc.value)
    with pytest.raises(ConfigError, match="packing_attention"):
        load_preset("tiny", {"packing": True, "packing_attention": "dense"})
    assert parse_set_options(["warmup_steps=5", "lr_scheduler_type=linear"]) == {
        "warmup_steps": 5,
        "lr_scheduler_type": "linear",
    }
    with pytest.raises(ConfigError):
        parse_set_options(["novalue"])


ROWS = [{"instruction": f"task {i}", "response": f"answer {i}", "language": "go", "seed_id": str(i)} for i in range(5)]


def _write(path: Path, rows) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_corpus_containers_give_the_same_hash(tmp_path):
    f = _write(tmp_path / "one" / "corpus.jsonl", ROWS)
    folder = _write(tmp_path / "many" / "go.jsonl", ROWS).parent
    a, b = load_corpus(f), load_corpus(folder)
    assert len(a) == len(b) == 5 and a.sha256 == b.sha256 and a.languages == {"go": 5}
    datasets = pytest.importorskip("datasets")
    datasets.Dataset.from_list(ROWS).save_to_disk(str(tmp_path / "saved"))
    c = load_corpus(tmp_path / "saved")
    assert c.sha256 == a.sha256
    changed = load_corpus(_write(tmp_path / "x.jsonl", ROWS[:4] + [{**ROWS[4], "response": "other"}]))
    assert changed.sha256 != a.sha256


def test_corpus_language_from_file_name_and_filter(tmp_path):
    rows = [{k: v for k, v in r.items() if k != "language"} for r in ROWS]
    _write(tmp_path / "c" / "java.jsonl", rows)
    _write(tmp_path / "c" / "python.jsonl", rows[:2])
    corpus = load_corpus(tmp_path / "c")
    assert corpus.languages == {"java": 5, "python": 2}
    assert len(load_corpus(tmp_path / "c", ["python"])) == 2


def test_corpus_in_the_wrong_format_fails_with_one_line(tmp_path):
    bad = _write(tmp_path / "bad.jsonl", [{"prompt": "x", "completion": "y"}])
    with pytest.raises(DataError) as exc:
        load_corpus(bad)
    assert "bad.jsonl:1" in str(exc.value) and "lacks instruction and response" in str(exc.value)
    assert "\n" not in str(exc.value)
    (tmp_path / "broken.jsonl").write_text('{"instruction": "a", "response": "b"}\n{oops\n')
    with pytest.raises(DataError, match="broken.jsonl:2: malformed JSON"):
        load_corpus(tmp_path / "broken.jsonl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="no .jsonl files"):
        load_corpus(tmp_path / "empty")
    with pytest.raises(DataError, match="does not exist"):
        load_corpus(tmp_path / "missing")
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(DataError, match="expected a .jsonl file"):
        load_corpus(tmp_path / "data.csv")


# memory: tests/unit/test_training_memory.py


# ----------------------------------------------------------------------------- model specs


def test_model_specs_fail_fast(tmp_path, monkeypatch):
    from codem_core.training.models import ModelNotFoundError, resolve_model

    with pytest.raises(ModelNotFoundError, match="no such model folder"):
        resolve_model(str(tmp_path / "nope"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelNotFoundError, match="no config.json"):
        resolve_model(str(tmp_path / "empty"))
    with pytest.raises(ModelNotFoundError, match="no such GGUF"):
        resolve_model(str(tmp_path / "m.gguf"))
    with pytest.raises(ModelNotFoundError, match="not a folder"):
        resolve_model("just-a-word")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotFoundError, match="not in the local hub cache"):
        resolve_model("bigcode/surely-not-cached-model-xyz")
    assert issubclass(ModelNotFoundError, CodemError)


def test_run_key_ignores_packing_settings_unless_packing():
    """Runs keyed before packing_mode/packing_attention existed keep their key (no spurious 'different run')."""
    from types import SimpleNamespace

    from codem_core.io import stable_hash
    from codem_core.training.trainer import run_key

    corpus = SimpleNamespace(sha256="c" * 64)
    model = SimpleNamespace(spec="tiny-gptbigcode", kind="builtin", source={"x": 1})
    plain = load_preset("tiny")
    # the fields that existed before packing_mode/packing_attention (and before nproc, report_to and the hub settings)
    old_fields = {
        "packing_mode",
        "packing_attention",
        "nproc",
        "report_to",
        "push_to_hub",
        "push_corpus_to_hub",
        "hub_private",
        "fused_lm_head",
        "revision",
        "revisions",
        "attention",
        "saves_per_run",
        "save_minutes",
    }
    before = stable_hash(
        {
            "config": plain.model_dump(exclude=old_fields),
            "corpus": corpus.sha256,
            "base": {"spec": model.spec, "kind": model.kind, "source": model.source},
        }
    )
    assert run_key(plain, corpus, model) == before
    assert run_key(load_preset("tiny", {"packing_mode": "micro_batch"}), corpus, model) == before
    # launching, tracking and publishing do not change what is learnt; the process count does (global batch)
    assert (
        run_key(load_preset("tiny", {"nproc": 1, "report_to": "tensorboard", "push_to_hub": "me/m"}), corpus, model)
        == before
    )
    assert run_key(load_preset("tiny", {"fused_lm_head": True}), corpus, model) != before
    assert run_key(plain, corpus, model, world_size=2) not in (before, run_key(plain, corpus, model, world_size=4))
    packed = run_key(load_preset("tiny", {"packing": True}), corpus, model)
    assert packed != before
    assert run_key(load_preset("tiny", {"packing": True, "packing_mode": "micro_batch"}), corpus, model) != packed


# ----------------------------------------------------------------------------- processes and tracking


def test_process_count_and_tracking_settings():
    assert load_preset("paper").nproc == "auto" and load_preset("tiny").report_to == []
    assert load_preset("tiny", {"nproc": 2}).nproc == 2
    for bad in (0, -1, "many"):
        with pytest.raises(ConfigError, match="nproc"):
            load_preset("tiny", {"nproc": bad})
    assert load_preset("tiny", {"report_to": "none"}).report_to == []
    assert load_preset("tiny", {"report_to": "tensorboard, mlflow"}).report_to == ["tensorboard", "mlflow"]


def test_report_to_must_name_an_installed_tracker():
    pytest.importorskip("transformers")
    from transformers.integrations import get_available_reporting_integrations

    from codem_core.training.tracking import check_report_to

    check_report_to([])
    with pytest.raises(ConfigError, match="unknown tracker 'tensorbored'") as exc:
        check_report_to(["tensorbored"])
    assert "\n" not in str(exc.value)
    missing = [n for n in ("wandb", "mlflow", "comet_ml") if n not in get_available_reporting_integrations()]
    if missing:
        with pytest.raises(ConfigError, match=f"report_to: {missing[0]} is not installed"):
            check_report_to([missing[0]])


def test_auto_processes_are_one_per_gpu_when_there_are_several(monkeypatch):
    from codem_core.training import launch

    for gpus, expected in ((0, 1), (1, 1), (8, 8)):
        monkeypatch.setattr(launch, "gpu_count", lambda g=gpus: g)
        assert launch.plan_processes("auto") == expected
    assert launch.plan_processes(3) == 3  # explicit: N processes even on a CPU (gloo)


def test_a_rank_knows_it_was_launched(monkeypatch):
    from codem_core.training.launch import child_environment, launched_rank

    for var in ("RANK", "LOCAL_RANK", "WORLD_SIZE", "TORCHELASTIC_RUN_ID", "CODEM_TRAIN_WORKER"):
        monkeypatch.delenv(var, raising=False)
    assert launched_rank() is None
    monkeypatch.setenv("WORLD_SIZE", "1")  # a single DeepSpeed process declares itself rank 0 of 1: not launched
    monkeypatch.setenv("RANK", "0")
    assert launched_rank() is None
    monkeypatch.setenv("TORCHELASTIC_RUN_ID", "x")  # torchrun's rank
    monkeypatch.setenv("WORLD_SIZE", "4")
    monkeypatch.setenv("RANK", "3")
    monkeypatch.setenv("LOCAL_RANK", "1")
    assert launched_rank() == (3, 1, 4)
    env = child_environment({"X": "1"})
    assert env["X"] == "1" and not {"RANK", "WORLD_SIZE", "TORCHELASTIC_RUN_ID"} & set(env)
