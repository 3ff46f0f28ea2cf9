"""Evolution as the paper needs it, against a scripted teacher that counts its requests
(``teacher_server.StubTeacher``): a seed pool smaller than asked fails in one line before any
request; answers cut off at the token limit are eliminated, counted, and stay so on a cached rerun."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from codem_core.errors import ConfigError
from codem_core.evolution.pipeline import GenerationParams
from codem_core.evolution.run import EvolveOptions, run_evolve
from codem_core.evolution.teacher import TeacherConfig
from tests.integration.evolve_helpers import run_cli
from tests.integration.teacher_server import StubTeacher

EVOLVE_MAX, ANSWER_MAX = 64, 48
SEEDS = [
    "Write a Python function that checks whether a string is a palindrome.",  # answer cut off (finish_reason length)
    "Write a Python function that returns the n-th Fibonacci number.",  # evolution cut off: no answer is asked for
    "Write a Python function that merges two sorted lists into one.",  # no finish_reason, every token used: cut off
    "Write a Python function that counts the vowels in a string.",  # complete
    "Write a Python function that reverses the words of a sentence.",  # no finish_reason, no usage: taken as complete
]


def _seed_file(tmp_path: Path, n: int = len(SEEDS)) -> Path:
    path = tmp_path / "seeds.json"
    path.write_text(json.dumps([{"instruction": s, "input": "", "output": ""} for s in SEEDS[:n]]))
    return path


def _reply(messages: list[dict], body: dict) -> dict:
    user = messages[-1]["content"]
    full = {"prompt_tokens": 50, "completion_tokens": 20, "total_tokens": 70}
    if "expert" not in (messages[0]["content"] if messages[0]["role"] == "system" else ""):  # an evolution request
        seed = next(s for s in SEEDS if s in user)
        text = (
            f"{seed} Additionally validate every argument carefully, raise descriptive exceptions for malformed "
            f"values, document the algorithmic complexity and include thorough unit tests."
        )
        if "Fibonacci" in seed:
            return {"content": text[:60], "finish_reason": "length", "usage": {**full, "completion_tokens": EVOLVE_MAX}}
        return {"content": text, "finish_reason": "stop", "usage": full}
    answer = (
        "Here is a careful implementation with validation and tests.\n```python\ndef solve(value):\n"
        "    if value is None:\n        raise ValueError('value is required')\n    return value\n```\n"
        "The function validates its argument and returns the result in linear time."
    )
    if "palindrome" in user:
        return {"content": answer[:70], "finish_reason": "length", "usage": {**full, "completion_tokens": ANSWER_MAX}}
    if "merges two sorted" in user:
        return {"content": answer[:90], "finish_reason": None, "usage": {**full, "completion_tokens": ANSWER_MAX}}
    if "reverses the words" in user:
        return {"content": answer, "finish_reason": None, "usage": None}
    return {"content": answer, "finish_reason": "stop", "usage": full}


def _options(url: str, out: Path | None, cache: Path, seeds: Path, n: int, **kw) -> EvolveOptions:
    return EvolveOptions(
        languages=["python"],
        per_language=n,
        out=out,
        seeds_source=f"local:{seeds}",
        teacher=TeacherConfig(base_url=url, model="stub-teacher", concurrency=2, timeout=30),
        params=GenerationParams(EVOLVE_MAX, ANSWER_MAX, 0.7, 0.2),
        cache_dir=cache,
        decontaminate=False,
        mixed=False,
        progress=False,
        **kw,
    )


def test_a_seed_pool_smaller_than_asked_fails_before_any_request(tmp_path):
    seeds = _seed_file(tmp_path, 3)
    with StubTeacher(_reply) as teacher:
        with pytest.raises(ConfigError) as err:
            run_evolve(_options(teacher.base_url, tmp_path / "out", tmp_path / "cache", seeds, 5))
        msg = str(err.value)
        assert "seed pool too small" in msg and "gives 3 Python-related seeds" in msg and "5 per language asked" in msg
        assert "\n" not in msg and teacher.requests == 0 and not (tmp_path / "out").exists()
        # the CLI: one line, exit 2, still no request
        proc = run_cli(
            [
                sys.executable,
                "-m",
                "codem_core.cli",
                "evolve",
                "--languages",
                "python",
                "--per-language",
                "5",
                "--out",
                str(tmp_path / "cli-out"),
                "--teacher-url",
                teacher.base_url,
                "--teacher-model",
                "stub-teacher",
                "--cache-dir",
                str(tmp_path / "cache"),
                "--seeds",
                f"local:{seeds}",
                "--no-decontaminate",
            ]
        )
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode == 2 and len(lines) == 1 and "seed pool too small" in lines[0], proc.stderr[-2000:]
        assert teacher.requests == 0 and not (tmp_path / "cli-out").exists()
        # allowed fewer: the same run evolves the 3 seeds it has, and the report says so
        report = run_evolve(
            _options(teacher.base_url, tmp_path / "out", tmp_path / "cache", seeds, 5, allow_fewer_seeds=True)
        )
        assert teacher.requests > 0
    s = report["seeds"]
    assert (s["python_related"], s["sampled"], s["requested"], s["allow_fewer_seeds"]) == (3, 3, 5, True)
    md = (tmp_path / "out" / "report.md").read_text()
    assert "seeds.json: 3 rows read -> 3 Python-related seeds" in md and "sampled 3 of 5 asked per language" in md
    assert "fewer than asked" in md


def _corpus_row(md: str, corpus: str) -> dict[str, str]:
    """One corpus's row of report.md's Corpora table, by column name (columns come and go with the reasons)."""
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in md.splitlines() if line.startswith("| ")]
    header = next(r for r in rows if r[0] == "corpus")
    return dict(zip(header, next(r for r in rows if r[0] == corpus), strict=True))


def test_truncated_answers_are_eliminated_and_counted(tmp_path):
    seeds = _seed_file(tmp_path)
    with StubTeacher(_reply) as teacher:
        report = run_evolve(_options(teacher.base_url, tmp_path / "out", tmp_path / "cache", seeds, len(SEEDS)))
        answers = [b for b in teacher.bodies if b["max_tokens"] == ANSWER_MAX]
        assert len(answers) == 4 and not any("Fibonacci" in b["messages"][-1]["content"] for b in answers)
        c = report["corpora"]["python"]
        assert c["removed"]["truncated_answer"] == 2 and c["removed"]["truncated_evolution"] == 1
        assert c["kept"] == 2 and c["adds_up"]
        eliminated = [json.loads(line) for line in (tmp_path / "out" / "eliminated.jsonl").read_text().splitlines()]
        reasons = {r["seed_instruction"].split(" that ")[1].split()[0]: r["reason"] for r in eliminated}
        assert reasons == {"checks": "truncated_answer", "returns": "truncated_evolution", "merges": "truncated_answer"}
        kept = [json.loads(line) for line in (tmp_path / "out" / "python.jsonl").read_text().splitlines()]
        assert sorted(r["seed_instruction"] for r in kept) == sorted([SEEDS[3], SEEDS[4]])
        row = _corpus_row((tmp_path / "out" / "report.md").read_text(), "python")
        assert (row["seeds"], row["truncated_evolution"], row["truncated_answer"], row["kept"]) == ("5", "1", "2", "2")
        # the cache keeps finish_reason: a rerun sends nothing and eliminates the same pairs
        before = teacher.requests
        again = run_evolve(_options(teacher.base_url, tmp_path / "out2", tmp_path / "cache", seeds, len(SEEDS)))
        assert teacher.requests == before and again["ledger"]["requests"] == 0
        assert again["corpora"]["python"]["removed"] == c["removed"]


def test_pipeline_preflight_refuses_a_small_pool_before_the_teacher_starts(tmp_path):
    from codem_core.pipeline.config import load_pipeline_preset
    from codem_core.pipeline.stages import preflight

    seeds = _seed_file(tmp_path, 2)
    cfg = load_pipeline_preset(
        "tiny",
        {"corpora": ["python"], "evolve": {"seeds": f"local:{seeds}", "per_language": 4, "allow_fewer_seeds": False}},
    )
    with pytest.raises(ConfigError, match="seed pool too small: seeds.json gives 2 Python-related seeds"):
        preflight(cfg, str(tmp_path / "store"), ["evolve"])
    allowed = load_pipeline_preset(
        "tiny", {"corpora": ["python"], "evolve": {"seeds": f"local:{seeds}", "per_language": 4}}
    )
    assert allowed.evolve.allow_fewer_seeds  # the tiny preset allows fewer
