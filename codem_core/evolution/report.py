"""The stage report: seeds, per-corpus counts per reason (which add up), Mixed shares,
decontamination sources, templates and the teacher ledger; as JSON and as markdown."""

from __future__ import annotations

from .cleaning import DEDUP_REASONS, ELIMINATION_REASONS

FILTER_LABELS = {
    "other_language": "naming another language",
    "not_python": "language-neutral with non-Python output",
    "duplicate": "duplicate instructions",
    "empty": "blank instructions",
}


def describe_seed_pool(s: dict) -> str:
    """One sentence: the seed source, the filter's counts, the pool, and what was sampled of what was asked."""
    dropped = ", ".join(f"{s['filter'][k]} {label}" for k, label in FILTER_LABELS.items() if s.get("filter", {}).get(k))
    text = (
        f"{s['source']}: {s['rows_read']} rows read -> {s['python_related']} Python-related seeds "
        f"({s['explicit']} explicit, {s['implicit']} implicit"
        + (f"; dropped: {dropped})" if dropped else ")")
        + f"; sampled {s['sampled']} of {s['requested']} asked per language with seed {s['run_seed']}"
    )
    if s["sampled"] < s["requested"]:
        text += " (fewer than asked: the pool is smaller, allowed by allow_fewer_seeds)"
    return text


def render_markdown(report: dict) -> str:
    lines = ["# codem evolve report", ""]
    lines += [
        f"- seeds: {describe_seed_pool(report['seeds'])}",
        f"- teacher: `{report['teacher']['model']}` at {report['teacher']['base_url']} "
        f"(concurrency {report['teacher']['concurrency']})",
        "- templates: " + ", ".join(f"{k} `{v['hash']}`" for k, v in report["templates"].items()),
    ]
    d = report["decontamination"]
    if d.get("enabled", True):
        skipped = ", ".join(d["languages_skipped"]) or "none"
        lines.append(
            f"- decontamination: {d['n']}-gram overlap vs {d['problems']} benchmark prompts of "
            f"{', '.join(d['languages_used'])} (skipped: {skipped})"
        )
    else:
        lines.append("- decontamination: off")
    lines += ["", "## Corpora", ""]
    reasons = [*ELIMINATION_REASONS, *DEDUP_REASONS, "contaminated"]
    header = ["corpus", "seeds", *reasons, "kept", "adds up"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    for name, c in report["corpora"].items():
        cells = [
            name,
            str(c["seeds"]),
            *(str(c["removed"].get(r, 0)) for r in reasons),
            str(c["kept"]),
            "yes" if c["adds_up"] else "NO",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    m = report.get("mixed")
    if m:
        lines += ["", f"## Mixed: {m['total']} of {m['target_total']} rows", ""]
        lines.append("| language | share | drawn | shortfall |")
        lines.append("|---|---|---|---|")
        for lang, v in m["per_language"].items():
            lines.append(f"| {lang} | {v['share']} | {v['drawn']} | {v['shortfall']} |")
    led = report["ledger"]
    lines += [
        "",
        "## Teacher ledger",
        "",
        f"- requests sent: {led['requests']} (responses {led['responses']}, cache hits {led['cache_hits']})",
        f"- retries: {led['retries_total']} " + (str(led["retries"]) if led["retries"] else ""),
        f"- tokens: {led['prompt_tokens']} prompt + {led['completion_tokens']} completion; cost ${led['cost_usd']:.4f}",
        f"- wall time: {report['wall_seconds']} s",
        "",
    ]
    return "\n".join(lines)
