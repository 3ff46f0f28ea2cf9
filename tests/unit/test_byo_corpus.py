"""Bring-your-own corpora and hub data sets: file formats, hub specs through a local mirror (no network),
one-line errors, the corpus hash, the seeds' hub source, and the pipeline settings that name them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codem_core.errors import ConfigError, DataError
from codem_core.hub import load_hub_rows, parse_hub_spec
from codem_core.training.corpus import load_corpus

ROWS = [
    {
        "instruction": "Write a Python function that adds two numbers.",
        "input": "",
        "output": "def add(a, b):\n    return a + b\n",
    },
    {"instruction": "Sort a list.", "input": "[3, 1, 2]", "output": "sorted([3, 1, 2])"},
]
CODEALPACA_2K = Path("/work/shared/data/codealpaca/code_alpaca_2k.json")


@pytest.fixture()
def mirror(tmp_path, monkeypatch):
    """CODEM_HUB_MIRROR pointing at an empty folder (settings are memoised: cleared around the test)."""
    from codem_core.config import get_settings

    root = tmp_path / "mirror"
    root.mkdir()
    monkeypatch.setenv("CODEM_HUB_MIRROR", str(root))
    monkeypatch.setenv("CODEM_OFFLINE", "1")
    get_settings.cache_clear()
    yield root
    get_settings.cache_clear()


def test_json_list_and_jsonl_give_the_same_corpus(tmp_path):
    as_json = tmp_path / "c.json"
    as_json.write_text(json.dumps(ROWS))
    as_jsonl = tmp_path / "c.jsonl"
    as_jsonl.write_text(
        "".join(
            json.dumps(
                {"instruction": r["instruction"] + (f"\n{r['input']}" if r["input"] else ""), "response": r["output"]}
            )
            + "\n"
            for r in ROWS
        )
    )
    a, b = load_corpus(as_json), load_corpus(as_jsonl)
    assert a.rows[1]["instruction"] == "Sort a list.\n[3, 1, 2]" and a.rows[1]["response"] == "sorted([3, 1, 2])"
    assert a.sha256 == b.sha256 and len(a.sha256) == 64  # the pairs, not the container
    again = tmp_path / "again.jsonl"  # normalised rows written out read back as the same corpus
    again.write_text("".join(json.dumps(r) + "\n" for r in a.rows))
    assert load_corpus(again).sha256 == a.sha256 and "input" not in a.rows[1] and "output" not in a.rows[1]
    assert a.summary()["source"] == {"kind": "file"} and a.summary()["rows"] == 2


@pytest.mark.parametrize(
    "content,needle",
    [
        ('[{"instruction": "x"}]', "c.json:1: not a codem corpus row: lacks response (has instruction)"),
        ('[{"prompt": "x", "completion": "y"}]', "lacks instruction and response (has completion, prompt)"),
        ('[{"instruction": "x", "output": "   "}]', "c.json:1: empty response"),
        ('[{"instruction": "", "response": "y"}]', "c.json:1: empty instruction"),
        ("[]", "no rows"),
        ('[{"instruction": "x", "response": "y"}, 3]', "item 1 of the JSON list is a int"),
        ('{"instruction": "x", "response": "y"}\n{"instr', "c.json:2: malformed JSON"),
    ],
)
def test_bad_corpora_fail_with_one_line(tmp_path, content, needle):
    f = tmp_path / "c.json"
    f.write_text(content)
    with pytest.raises(DataError) as err:
        load_corpus(f)
    assert needle in str(err.value) and "\n" not in str(err.value)


@pytest.mark.parametrize(
    "spec,repo,path,split",
    [
        ("hub:sahil2801/CodeAlpaca-20k", "sahil2801/CodeAlpaca-20k", None, "train"),
        ("hub:Daoguang/CodeM-Multilinugal-Data:Python", "Daoguang/CodeM-Multilinugal-Data", None, "Python"),
        (
            "hub:Daoguang/CodeM-Multilinugal-Data/python.json",
            "Daoguang/CodeM-Multilinugal-Data",
            "python.json",
            "train",
        ),
        ("hub:o/n/data/part-1.parquet:test", "o/n", "data/part-1.parquet", "test"),
    ],
)
def test_hub_specs(spec, repo, path, split):
    h = parse_hub_spec(spec)
    assert (h.repo, h.path, h.split) == (repo, path, split) and str(parse_hub_spec(str(h))) == str(h)


@pytest.mark.parametrize("spec", ["hub:", "hub:justaname", "hub:o/n/readme.md", "hub:o/n:bad split", "hub:/n"])
def test_bad_hub_specs(spec):
    with pytest.raises(DataError, match="bad hub data set"):
        parse_hub_spec(spec)


def test_hub_corpus_from_the_mirror_file_and_saved_dataset(mirror):
    import datasets

    repo = mirror / "Daoguang" / "CodeM-Multilinugal-Data"
    repo.mkdir(parents=True)
    (repo / "python.json").write_text(json.dumps(ROWS))
    c = load_corpus("hub:Daoguang/CodeM-Multilinugal-Data/python.json")
    assert len(c) == 2 and c.source["kind"] == "hub" and c.source["from"] == "mirror"
    assert c.source["mirror_path"] == str(repo / "python.json") and c.files == [
        "hub:Daoguang/CodeM-Multilinugal-Data/python.json"
    ]
    # a save_to_disk copy with named splits, the hub's own layout for this data set
    saved = mirror / "o" / "saved"
    datasets.DatasetDict(
        {"Python": datasets.Dataset.from_list(ROWS), "Go": datasets.Dataset.from_list(ROWS[:1])}
    ).save_to_disk(saved)
    assert len(load_corpus("hub:o/saved:Go")) == 1 and len(load_corpus("hub:o/saved:Python")) == 2
    with pytest.raises(DataError, match="no split 'train'"):
        load_corpus("hub:o/saved")
    # not in the mirror, hub off: one line saying what was tried
    with pytest.raises(DataError) as err:
        load_hub_rows("hub:someone/missing")
    assert "not in mirror" in str(err.value) and "CODEM_OFFLINE" in str(err.value)


def test_hub_without_mirror_offline_is_one_line(monkeypatch):
    from codem_core.config import get_settings

    monkeypatch.delenv("CODEM_HUB_MIRROR", raising=False)
    monkeypatch.setenv("CODEM_OFFLINE", "1")
    get_settings.cache_clear()
    try:
        with pytest.raises(DataError, match="CODEM_HUB_MIRROR unset"):
            load_corpus("hub:Daoguang/CodeM-Multilinugal-Data/python.json")
    finally:
        get_settings.cache_clear()


@pytest.mark.skipif(not CODEALPACA_2K.is_file(), reason="the shared CodeAlpaca data is not here")
def test_paper_seeds_come_from_the_hub_id(mirror):
    """seeds: hub reads sahil2801/CodeAlpaca-20k (here a datasets-saved stand-in in the mirror, built from the
    shared 2K file), and the filter's counts add up to the rows read."""
    import datasets

    from codem_core.evolution.seeds import FILTER_COUNTS, load_seed_pool

    rows = json.loads(CODEALPACA_2K.read_text())
    datasets.DatasetDict({"train": datasets.Dataset.from_list(rows)}).save_to_disk(
        mirror / "sahil2801" / "CodeAlpaca-20k"
    )
    pool = load_seed_pool("hub")
    assert pool.source == "sahil2801/CodeAlpaca-20k" and pool.rows_read == len(rows) == 2017
    assert sum(pool.counts[k] for k in FILTER_COUNTS) == pool.rows_read
    assert pool.counts["explicit"] + pool.counts["implicit"] == len(pool.seeds)
    assert pool.counts["other_language"] > 0 and pool.counts["not_python"] > 0
    info = pool.info(10, 10, 42, False)
    assert info["filter"] == pool.counts and info["python_related"] == len(pool.seeds)


def test_pipeline_settings_for_outside_corpora(tmp_path):
    from codem_core.pipeline.config import load_pipeline_preset
    from codem_core.pipeline.stages import check_corpora_from

    f = tmp_path / "py.json"
    f.write_text(json.dumps(ROWS))
    cfg = load_pipeline_preset("tiny", {"corpora": ["python", "java", "mixed"], "corpora_from": {"Python": str(f)}})
    assert cfg.corpora_from == {"python": str(f)} and cfg.corpora_to_import == {"python": str(f)}
    assert "python" not in cfg.languages_to_evolve and len(cfg.languages_to_evolve) == 7  # Mixed needs the other 7
    check_corpora_from(cfg)
    with pytest.raises(ConfigError, match="corpora_from names go, which is not among the corpora"):
        load_pipeline_preset("tiny", {"corpora": ["python"], "corpora_from": {"go": str(f)}})
    with pytest.raises(ConfigError, match="bad hub data set"):
        load_pipeline_preset("tiny", {"corpora": ["python"], "corpora_from": {"python": "hub:nope"}})
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"instruction": "x"}\n')
    with pytest.raises(DataError, match="bad.jsonl:1: not a codem corpus row"):
        check_corpora_from(load_pipeline_preset("tiny", {"corpora": ["python"], "corpora_from": {"python": str(bad)}}))


def test_paper_presets():
    from codem_core.analysis.paper import scale_of
    from codem_core.pipeline.config import available_pipeline_presets, load_pipeline_preset
    from codem_core.pipeline.stages import base_model_spec, check_corpora_from

    assert {"tiny", "demo", "paper", "paper-15b"} <= set(available_pipeline_presets())
    paper = load_pipeline_preset("paper")
    assert paper.evolve.seeds == "hub" and not paper.evolve.allow_fewer_seeds and paper.evolve.per_language == 9000
    assert scale_of(base_model_spec(paper)) == "7B" and paper.report.rows == "single-language"
    big = load_pipeline_preset("paper-15b")
    assert big.corpora == ["python"] and big.languages_to_evolve == [] and big.train.base_model == "bigcode/starcoder"
    assert scale_of(base_model_spec(big)) == "15B" and big.train.preset == "paper"
    with pytest.raises(ConfigError, match="corpora_from.python is not set"):
        check_corpora_from(big)
    given = load_pipeline_preset(
        "paper-15b", {"corpora_from": {"python": "hub:Daoguang/CodeM-Multilinugal-Data/python.json"}}
    )
    assert given.corpora_to_import == {"python": "hub:Daoguang/CodeM-Multilinugal-Data/python.json"}
    for name in ("tiny", "demo"):
        cfg = load_pipeline_preset(name)
        assert cfg.evolve.seeds == "auto" and cfg.evolve.allow_fewer_seeds and scale_of(base_model_spec(cfg)) is None
    # the old report.paper flag still reads
    assert load_pipeline_preset("tiny", {"report": {"paper": False}}).report.paper_table == "none"
    with pytest.raises(ConfigError, match="paper table must be one of"):
        load_pipeline_preset("tiny", {"report": {"paper_table": "13B"}})


def test_an_unreachable_hub_is_one_line_without_retry_chatter(monkeypatch, caplog):
    """huggingface_hub logs every retry of an unreachable hub; the user gets one line, not those."""
    import logging

    import datasets

    from codem_core.config import get_settings

    def unreachable(*args, **kwargs):
        logging.getLogger("huggingface_hub.utils._http").warning("Retrying in 1s [Retry 1/5].")
        raise ConnectionError("Couldn't reach 'sahil2801/CodeAlpaca-20k' on the Hub (LocalEntryNotFoundError)")

    monkeypatch.delenv("CODEM_HUB_MIRROR", raising=False)
    monkeypatch.setenv("CODEM_OFFLINE", "0")
    monkeypatch.setattr(datasets, "load_dataset", unreachable)
    get_settings.cache_clear()
    before = logging.getLogger("huggingface_hub").level
    try:
        with caplog.at_level(logging.WARNING), pytest.raises(DataError) as err:
            load_hub_rows("hub:sahil2801/CodeAlpaca-20k")
    finally:
        get_settings.cache_clear()
    assert "cannot load hub:sahil2801/CodeAlpaca-20k from the hub (ConnectionError" in str(err.value)
    assert "\n" not in str(err.value) and not [r for r in caplog.records if r.name.startswith("huggingface_hub")]
    assert logging.getLogger("huggingface_hub").level == before  # restored
