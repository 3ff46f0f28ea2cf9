"""Entry points of the stage: ``prepare`` (every check that can fail, before any request),
``run_evolve`` (the whole stage in one event loop), ``dry_run`` (what a run would spend), and
the per-language pieces the Prefect flow fans out (``evolve_language``, ``finish``)."""

from __future__ import annotations

import asyncio
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ..inputs import check_http_url, check_min, check_positive
from ..languages import parse_languages
from .cache import ResponseCache
from .cleaning import CleaningConfig
from .corpus import check_out_dir, write_outputs
from .decontamination import BenchmarkIndex, load_benchmark_index
from .ledger import Calibration, Ledger, cost_usd, price_for
from .mixed import build_mixed
from .pipeline import (
    CorpusResult,
    Estimate,
    GenerationParams,
    TokenEstimator,
    clean_corpus,
    default_cache_dir,
    elapsed,
    estimate_items,
    generate_all,
    group_by_language,
    ordered_languages,
    plan_items,
)
from .report import render_markdown
from .seeds import Seed, SeedPool, load_seed_pool, sample_seeds
from .teacher import Teacher, TeacherConfig
from .templates import Template, load_templates


@dataclass
class EvolveOptions:
    languages: list[str]
    per_language: int
    teacher: TeacherConfig
    out: Path | None = None
    seed: int = 42
    seeds_source: str = "auto"
    allow_fewer_seeds: bool = False  # evolve what the pool holds when it is smaller than per_language
    params: GenerationParams = field(default_factory=GenerationParams)
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)
    templates_dir: str | None = None
    cache_dir: Path | None = None
    decontaminate: bool = True
    mixed: bool = True
    price_override: tuple[float, float] | None = None
    progress: bool = True


@dataclass
class Prepared:
    options: EvolveOptions
    languages: list[str]
    seeds: list[Seed]
    seed_info: dict
    templates: dict[str, Template]
    index: BenchmarkIndex | None
    cache: ResponseCache

    @property
    def answer_template(self) -> Template:
        return self.templates["answer"]


def check_pool_size(pool: SeedPool, requested: int, allow_fewer: bool) -> None:
    """One line, before any teacher request, when the filtered pool cannot give ``requested`` seeds."""
    if not pool.seeds:
        raise ConfigError(f"seed source {pool.source} holds no Python-related instruction ({pool.rows_read} rows read)")
    if len(pool.seeds) < requested and not allow_fewer:
        raise ConfigError(
            f"seed pool too small: {pool.source} gives {len(pool.seeds)} Python-related seeds "
            f"({pool.rows_read} rows read), {requested} per language asked; use the full CodeAlpaca-20K "
            "(seeds: hub) or allow fewer (allow_fewer_seeds / --allow-fewer-seeds)"
        )


def prepare(opts: EvolveOptions, *, need_out: bool = True) -> Prepared:
    """Validate everything a user can get wrong, before a single teacher request."""
    languages = ordered_languages(parse_languages(opts.languages))
    if opts.per_language < 1:
        raise ConfigError(f"--per-language must be at least 1, got {opts.per_language}")
    if opts.teacher.concurrency < 1:
        raise ConfigError(f"--concurrency must be at least 1, got {opts.teacher.concurrency}")
    check_http_url(opts.teacher.base_url, "--teacher-url")
    check_positive(opts.teacher.timeout, "--timeout")
    check_min(opts.teacher.max_attempts, 1, "--max-attempts")
    check_min(opts.params.evolve_max_tokens, 1, "--evolve-max-tokens")
    check_min(opts.params.answer_max_tokens, 1, "--answer-max-tokens")
    check_min(opts.params.evolve_temperature, 0, "--evolve-temperature")
    check_min(opts.params.answer_temperature, 0, "--answer-temperature")
    if opts.price_override is not None:
        check_min(opts.price_override[0], 0, "--price-in")
        check_min(opts.price_override[1], 0, "--price-out")
    if need_out:
        if opts.out is None:
            raise ConfigError("--out is required")
        check_out_dir(opts.out)
    pool = load_seed_pool(opts.seeds_source)
    check_pool_size(pool, opts.per_language, opts.allow_fewer_seeds)
    seeds = sample_seeds(pool.seeds, opts.per_language, opts.seed)
    seed_info = pool.info(len(seeds), opts.per_language, opts.seed, opts.allow_fewer_seeds)
    templates = load_templates(opts.templates_dir)
    index = load_benchmark_index() if opts.decontaminate else None
    cache = ResponseCache(opts.cache_dir or default_cache_dir())
    return Prepared(opts, languages, seeds, seed_info, templates, index, cache)


def _progress(total: int, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    prog = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
    )
    return prog


async def _generate(prep: Prepared, languages: list[str], ledger: Ledger) -> tuple[dict, float]:
    opts = prep.options
    items = plan_items(prep.seeds, languages, prep.templates, opts.seed)
    teacher = Teacher(opts.teacher, prep.cache, ledger)
    prog = _progress(len(items), opts.progress)
    t0 = time.monotonic()
    try:
        if prog is not None:
            with prog:
                task = prog.add_task("evolving", total=len(items))
                generated = await generate_all(
                    teacher, items, prep.answer_template, opts.params, opts.seed, on_done=lambda: prog.advance(task)
                )
        else:
            generated = await generate_all(teacher, items, prep.answer_template, opts.params, opts.seed)
    finally:
        await teacher.aclose()
    return group_by_language(generated, languages), elapsed(t0)


def evolve_language(prep: Prepared, language: str) -> CorpusResult:
    """One language's corpus (generation + cleaning); its own event loop and ledger (flow fan-out)."""
    ledger = Ledger(prep.options.price_override)
    by_lang, _ = asyncio.run(_generate(prep, [language], ledger))
    res = clean_corpus(
        language, by_lang[language], prep.options.teacher.model, prep.answer_template, prep.options.cleaning, prep.index
    )
    res.ledger = ledger
    return res


def finish(
    prep: Prepared,
    results: dict[str, CorpusResult],
    ledger: Ledger,
    wall_seconds: float,
    update_calibration: bool = True,
) -> dict:
    """Mixed corpus, report, outputs (written all at once); updates token calibration."""
    opts = prep.options
    corpora = {lang: results[lang].kept for lang in prep.languages}
    mixed_summary = None
    if opts.mixed and len(prep.languages) > 1:
        mixed_rows, mixed_summary = build_mixed(corpora, opts.per_language, opts.seed)
        corpora["mixed"] = mixed_rows
    report = {
        "seeds": prep.seed_info,
        "languages": prep.languages,
        "teacher": opts.teacher.public(),
        "params": {"evolve": opts.params.evolve(opts.seed), "answer": opts.params.answer(opts.seed)},
        "cleaning": vars(opts.cleaning),
        "templates": {k: {"hash": t.hash, "sha256": t.sha256, "version": t.version} for k, t in prep.templates.items()},
        "decontamination": prep.index.summary() if prep.index is not None else {"enabled": False},
        "corpora": {lang: results[lang].summary() for lang in prep.languages},
        "mixed": mixed_summary,
        "corpus_sizes": {name: len(rows) for name, rows in corpora.items()},
        "ledger": ledger.to_dict(),
        "cache_dir": str(prep.cache.dir),
        "wall_seconds": wall_seconds,
    }
    eliminated = [row for lang in prep.languages for row in results[lang].eliminated]
    assert opts.out is not None
    write_outputs(opts.out, corpora, report, render_markdown(report), eliminated)
    if update_calibration:
        Calibration(prep.cache.dir / "calibration.json").update(ledger)
    return report


def run_evolve(opts: EvolveOptions) -> dict:
    """The whole stage in one event loop (the teacher's concurrency is shared by all languages)."""
    prep = prepare(opts)
    ledger = Ledger(opts.price_override)
    t0 = time.monotonic()
    try:
        by_lang, _ = asyncio.run(_generate(prep, prep.languages, ledger))
    finally:
        Calibration(prep.cache.dir / "calibration.json").update(ledger)  # real responses inform later dry runs
    results = {
        lang: clean_corpus(lang, by_lang[lang], opts.teacher.model, prep.answer_template, opts.cleaning, prep.index)
        for lang in prep.languages
    }
    return finish(prep, results, ledger, elapsed(t0), update_calibration=False)


def dry_run(opts: EvolveOptions) -> dict:
    """Requests, tokens and cost the run would spend now (cache hits cost nothing). Sends nothing."""
    prep = prepare(opts, need_out=False)
    items = plan_items(prep.seeds, prep.languages, prep.templates, opts.seed)
    teacher = Teacher(opts.teacher, prep.cache, Ledger())
    estimator = TokenEstimator(opts.teacher.model, Calibration(prep.cache.dir / "calibration.json"))
    planned: list[dict] = []
    per_lang = estimate_items(teacher, items, prep.answer_template, opts.params, opts.seed, estimator, planned)
    total = Estimate()
    for est in per_lang.values():
        total.add(est)
    price = price_for(opts.teacher.model, opts.price_override)
    calibrated = {stage: estimator._cal(stage) is not None for stage in ("evolve", "answer")}

    def row(e: Estimate) -> dict:
        pt, ct = round(e.prompt_tokens), round(e.completion_tokens)
        return {
            "requests": e.requests,
            "cached": e.cached,
            "prompt_tokens": pt,
            "completion_tokens": ct,
            "cost_usd": round(cost_usd(price, pt, ct), 6),
        }

    return {
        "teacher": opts.teacher.public(),
        "seeds": prep.seed_info,
        "languages": {lang: row(e) for lang, e in per_lang.items()},
        "total": row(total),
        "price_usd_per_1m": {"input": price.input, "output": price.output, "known": price.known},
        "calibrated": calibrated,
        "cache_dir": str(prep.cache.dir),
        "requests": planned,
    }
