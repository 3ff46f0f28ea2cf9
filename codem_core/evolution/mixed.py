"""The Mixed corpus: the same total size as one language corpus, an equal share per language.

``total`` (the per-language N) is split over the languages as evenly as integers allow (the
first ``total % k`` languages in TRAIN_LANGUAGES order get one more). Each share is drawn
without replacement from that language's cleaned corpus with ``random.Random(f"{seed}:mixed:{lang}")``;
a corpus smaller than its share gives all it has and the shortfall is reported, never padded.
"""

from __future__ import annotations

import random


def shares(total: int, languages: list[str]) -> dict[str, int]:
    k = len(languages)
    if k == 0:
        return {}
    base, extra = divmod(max(0, total), k)
    return {lang: base + (1 if i < extra else 0) for i, lang in enumerate(languages)}


def build_mixed(corpora: dict[str, list[dict]], total: int, seed: int) -> tuple[list[dict], dict]:
    """(rows, summary) where summary has per-language share, drawn and shortfall."""
    langs = list(corpora)
    want = shares(total, langs)
    rows: list[dict] = []
    summary: dict[str, dict] = {}
    for lang in langs:
        pool = corpora[lang]
        n = min(want[lang], len(pool))
        picked = random.Random(f"{seed}:mixed:{lang}").sample(range(len(pool)), n)
        for i in sorted(picked):
            rows.append(dict(pool[i]))
        summary[lang] = {"share": want[lang], "drawn": n, "shortfall": want[lang] - n}
    return rows, {"target_total": total, "total": len(rows), "per_language": summary}
