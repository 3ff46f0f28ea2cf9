"""Generation bugs found earlier, pinned: the resume file of ``codem generate``."""

from __future__ import annotations

import pytest

from codem_core.benchmarks import load_problems
from codem_core.inference.backends import BackendInfo, RawGeneration
from codem_core.inference.generate import generate_samples


class _Backend:
    """Answers with the canonical solution; raises once ``fail_at`` prompts have been answered."""

    batch_size = 2

    def __init__(self, by_prompt: dict[str, str], fail_at: int | None = None):
        self.info = BackendInfo(backend="test", model="canonical")
        self.by_prompt = by_prompt
        self.fail_at = fail_at
        self.answered = 0

    def generate(self, prompts, languages):
        if self.fail_at is not None and self.answered + len(prompts) > self.fail_at:
            raise ConnectionError("the model server went away")
        self.answered += len(prompts)
        out = []
        for prompt in prompts:
            text = next(sol for p, sol in self.by_prompt.items() if p in prompt)
            out.append(RawGeneration(text=text, raw=text, new_tokens=len(text.split()), finish="stop"))
        return out


@pytest.fixture()
def problems(data_dir):
    return load_problems("python", data_dir)[:6]


def test_a_run_that_fails_before_its_first_chunk_leaves_no_file(tmp_path, problems):
    """A generation that failed before finishing any chunk left an empty ``.partial.jsonl`` behind
    (the resume file was opened up front). Fixed in 4a1a556: it is created at the first finished
    chunk, so the output folder stays as it was."""
    backend = _Backend({p.prompt: p.canonical_solution for p in problems}, fail_at=0)
    with pytest.raises(ConnectionError):
        generate_samples(problems, backend, out=tmp_path / "samples.jsonl", chunk_size=2, log=lambda _m: None)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_run_resumes_from_its_finished_chunks(tmp_path, problems):
    """After a failure mid-run the finished chunks are kept and the rerun asks the model only for
    the rest; the final samples equal an uninterrupted run's."""
    answers = {p.prompt: p.canonical_solution for p in problems}
    out = tmp_path / "samples.jsonl"
    first = _Backend(answers, fail_at=4)
    with pytest.raises(ConnectionError):
        generate_samples(problems, first, out=out, chunk_size=2, log=lambda _m: None)
    assert not out.exists() and first.answered == 4
    second = _Backend(answers)
    rows = generate_samples(problems, second, out=out, chunk_size=2, log=lambda _m: None)
    assert second.answered == 2
    reference = generate_samples(
        problems, _Backend(answers), out=tmp_path / "ref" / "samples.jsonl", chunk_size=2, log=lambda _m: None
    )
    strip = lambda rs: [{k: v for k, v in r.items() if k not in ("seconds", "duration_s")} for r in rs]  # noqa: E731
    assert strip(rows) == strip(reference)
    assert [r["task_id"] for r in rows] == [p.task_id for p in problems]
