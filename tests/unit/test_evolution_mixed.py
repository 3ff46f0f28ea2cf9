"""Mixed corpus: same total, equal shares, seeded, shortfalls reported not padded."""

from codem_core.evolution.mixed import build_mixed, shares


def test_shares_split_evenly():
    langs = ["python", "javascript", "typescript", "c", "cpp", "java", "go", "html"]
    s = shares(20, langs)
    assert sum(s.values()) == 20 and set(s.values()) == {2, 3} and s["python"] == 3 and s["html"] == 2
    assert sum(shares(9000, langs).values()) == 9000 and set(shares(9000, langs).values()) == {1125}


def test_build_mixed_is_seeded_and_reports_shortfall():
    corpora = {
        "a": [{"id": f"a{i}"} for i in range(10)],
        "b": [{"id": f"b{i}"} for i in range(10)],
        "c": [{"id": "c0"}],
    }
    rows, summary = build_mixed(corpora, 9, seed=1)
    assert summary["per_language"]["c"] == {"share": 3, "drawn": 1, "shortfall": 2}
    assert len(rows) == 7 == summary["total"]
    assert len({r["id"] for r in rows}) == 7
    again, _ = build_mixed(corpora, 9, seed=1)
    assert rows == again
    other, _ = build_mixed(corpora, 9, seed=2)
    assert rows != other
