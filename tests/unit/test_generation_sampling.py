"""n samples per problem on the tiny StarCoder-architecture model: reproducible, batch-independent, resumable,
and through an OpenAI-compatible server that honours ``n`` or ignores it."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("torch")

from codem_core.errors import CodemError  # noqa: E402
from codem_core.inference.backends import OpenAIBackend, TransformersBackend  # noqa: E402
from codem_core.inference.generate import generate_samples, run_generate, sample_seed  # noqa: E402
from tests.integration.tiny_models import C_PROBLEMS, TS_PROBLEMS, OpenAICompatibleServer  # noqa: E402

PROBLEMS = C_PROBLEMS + TS_PROBLEMS
N = 3


def _quiet(_m: str) -> None:
    pass


@pytest.fixture(scope="module")
def sampler8(tiny_model_dir):
    return TransformersBackend(str(tiny_model_dir), batch_size=8, max_new_tokens=16, temperature=1.0, top_p=0.95)


@pytest.fixture(scope="module")
def sampler1(tiny_model_dir):
    return TransformersBackend(str(tiny_model_dir), batch_size=1, max_new_tokens=16, temperature=1.0, top_p=0.95)


def _texts(rows) -> list[tuple[str, int, str]]:
    return [(r["task_id"], r["sample"], r["raw_reply"]) for r in rows]


def test_same_seed_same_samples_whatever_the_batch(sampler8, sampler1):
    first = generate_samples(PROBLEMS, sampler8, n=N, seed=7, log=_quiet)
    again = generate_samples(PROBLEMS, sampler8, n=N, seed=7, log=_quiet)
    alone = generate_samples(PROBLEMS, sampler1, n=N, seed=7, log=_quiet)  # every sample in a batch of its own
    backwards = generate_samples(PROBLEMS[::-1], sampler8, n=N, seed=7, log=_quiet)  # other batch neighbours
    assert _texts(first) == _texts(again) == _texts(alone) == _texts(backwards)
    assert [(r["task_id"], r["sample"]) for r in first] == [
        (p.task_id, i) for p in TS_PROBLEMS + C_PROBLEMS for i in range(N)
    ]
    # sampling really happens: the samples of a problem differ, and another seed gives other samples
    assert all(len({r["raw_reply"] for r in first if r["task_id"] == p.task_id}) > 1 for p in PROBLEMS)
    other = generate_samples(PROBLEMS, sampler8, n=N, seed=8, log=_quiet)
    assert sum(a != b for a, b in zip(_texts(first), _texts(other))) >= len(first) // 2


def test_resume_and_more_samples_keep_the_first_ones(sampler8, tmp_path):
    out = tmp_path / "samples.jsonl"
    reference = generate_samples(PROBLEMS, sampler8, n=4, seed=3, log=_quiet)

    class Crashing:
        """The real backend, killed after its first chunk (a preempted job)."""

        def __init__(self, inner):
            self.inner, self.info, self.batch_size, self.temperature, self.calls = (
                inner,
                inner.info,
                1,
                inner.temperature,
                0,
            )

        def generate(self, prompts, languages, seeds=None):
            self.calls += 1
            if self.calls > 1:
                raise KeyboardInterrupt
            return self.inner.generate(prompts, languages, seeds)

    with pytest.raises(KeyboardInterrupt):
        generate_samples(PROBLEMS, Crashing(sampler8), out=out, n=2, seed=3, chunk_size=2, log=_quiet)
    assert len(open(f"{out}.partial.jsonl").readlines()) == 2  # the first problem's two samples

    asked = []

    class Counting:
        def __init__(self, inner):
            self.inner, self.info, self.batch_size, self.temperature = (
                inner,
                inner.info,
                inner.batch_size,
                inner.temperature,
            )

        def generate(self, prompts, languages, seeds=None):
            asked.extend(seeds)
            return self.inner.generate(prompts, languages, seeds)

    two = generate_samples(PROBLEMS, Counting(sampler8), out=out, n=2, seed=3, log=_quiet)
    assert len(asked) == 2 * len(PROBLEMS) - 2  # only what the crash left
    asked.clear()
    four = generate_samples(PROBLEMS, Counting(sampler8), out=out, n=4, seed=3, log=_quiet)
    assert len(asked) == 2 * len(PROBLEMS)  # n 2 -> 4: only the new samples
    assert _texts(four) == _texts(reference)
    assert _texts(two) == [t for t in _texts(reference) if t[1] < 2]
    meta = json.loads(open(f"{out}.meta.json").read())
    assert (meta["decoding"], meta["n"], meta["seed"], meta["temperature"], meta["top_p"]) == (
        "sampling",
        4,
        3,
        1.0,
        0.95,
    )
    assert meta["problems"] == len(PROBLEMS) and meta["samples"] == 4 * len(PROBLEMS)


def test_bad_decoding_settings_are_refused(tiny_model_dir, sampler8, tmp_path):
    greedy = TransformersBackend(str(tiny_model_dir), batch_size=8, max_new_tokens=4)
    with pytest.raises(CodemError, match="--n 5 needs --temperature > 0"):
        generate_samples(PROBLEMS, greedy, n=5, log=_quiet)
    for kw, message in (
        ({"temperature": -0.1}, "--temperature must be >= 0"),
        ({"temperature": 0.8, "top_p": 0.0}, "--top-p"),
        ({"temperature": 0.0, "n": 3}, "--n 3 needs --temperature > 0"),
        ({"temperature": 0.8, "n": 0}, "--n"),
    ):
        n = kw.pop("n", 2)
        with pytest.raises(CodemError, match=message):
            run_generate(str(tiny_model_dir), "python", tmp_path / "s.jsonl", limit=1, n=n, log=_quiet, **kw)
    assert not (tmp_path / "s.jsonl").exists()


@pytest.mark.parametrize("honour_n", [True, False])
def test_openai_backend_asks_for_n_and_falls_back(sampler1, honour_n):
    with OpenAICompatibleServer(sampler1, honour_n=honour_n) as server:
        remote = OpenAIBackend(server.base_url, concurrency=2, max_new_tokens=12, temperature=0.8, top_p=0.95)
        rows = generate_samples(PROBLEMS, remote, n=N, seed=5, log=_quiet)
        again = generate_samples(PROBLEMS, remote, n=N, seed=5, log=_quiet)
        requests = list(server.requests)
    assert [(r["task_id"], r["sample"]) for r in rows] == [
        (p.task_id, i) for p in TS_PROBLEMS + C_PROBLEMS for i in range(N)
    ]
    assert _texts(rows) == _texts(again)  # the server samples from the seeds codem sends
    first_run = requests[: len(requests) // 2]
    if honour_n:
        assert len(first_run) == len(PROBLEMS) and all(r["n"] == N for r in first_run)  # one request per problem
    else:  # one answer per request: the rest asked for one by one, each with its own sample's seed
        assert len(first_run) == N * len(PROBLEMS)
        seeds = {r["seed"] for r in first_run}
        assert {sample_seed(5, p.task_id, i) for p in PROBLEMS for i in range(N)} == seeds
    assert all(r["temperature"] == 0.8 and r["top_p"] == 0.95 for r in requests)
