"""The data-evolution stage end to end: seeds -> evolve -> answer -> clean -> corpora.

For every sampled seed and every requested language one *work item* is planned: depth
evolution (one of the template's operations, drawn per (seed, language) with the run's seed)
for the 7 programming languages, breadth evolution for HTML. The teacher evolves the seed into
a new instruction, then answers it. Each corpus is then cleaned (``cleaning.py``), de-duplicated
and decontaminated (``decontamination.py``); the Mixed corpus draws an equal share from each.

Every pair the stage drops is kept with its reason, so a corpus's counts add up:
``seeds == kept + eliminated (by reason) + duplicates + contaminated``. A teacher answer that
cannot be kept (``Completion.unusable``, docs/text.md) is eliminated as ``unusable_answer``;
an evolved instruction that cannot be kept is never sent to be answered.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..config import get_settings
from ..errors import CodemError, ConfigError
from ..io import replace_unencodable, stable_hash
from ..languages import TRAIN_LANGUAGES, get_language
from .cleaning import DEDUP_REASONS, ELIMINATION_REASONS, CleaningConfig, duplicate_reasons, elimination_reason
from .decontamination import BenchmarkIndex
from .ledger import Calibration, Ledger
from .seeds import Seed
from .teacher import Completion, Teacher, completion_of, is_truncated
from .templates import Template


@dataclass(frozen=True)
class GenerationParams:
    evolve_max_tokens: int = 512
    answer_max_tokens: int = 1024
    evolve_temperature: float = 0.7
    answer_temperature: float = 0.2

    def evolve(self, seed: int) -> dict:
        return {"temperature": self.evolve_temperature, "max_tokens": self.evolve_max_tokens, "seed": seed}

    def answer(self, seed: int) -> dict:
        return {"temperature": self.answer_temperature, "max_tokens": self.answer_max_tokens, "seed": seed}


@dataclass(frozen=True)
class WorkItem:
    seed: Seed
    language: str
    evolution: str  # depth | breadth
    operation: str
    template: Template

    @property
    def item_id(self) -> str:
        return stable_hash({"seed": self.seed.seed_id, "language": self.language, "template": self.template.sha256})[
            :16
        ]

    def evolve_messages(self) -> list[dict]:
        lang = get_language(self.language)
        return self.template.messages(
            method=self.template.operations[self.operation], language=lang.display, seed=self.seed.text
        )


def default_cache_dir() -> Path:
    return get_settings().home / "teacher-cache"


def plan_items(
    seeds: list[Seed], languages: list[str], templates: dict[str, Template], run_seed: int
) -> list[WorkItem]:
    """One item per (seed, language), in seed order within each language."""
    items: list[WorkItem] = []
    for lang in languages:
        evolution = get_language(lang).evolution  # the paper: in depth, HTML in breadth
        tpl = templates[evolution]
        ops = sorted(tpl.operations)
        for seed in seeds:
            op = random.Random(f"{run_seed}:{seed.seed_id}:{lang}").choice(ops)
            items.append(WorkItem(seed=seed, language=lang, evolution=evolution, operation=op, template=tpl))
    return items


def extract_instruction(text: str) -> str:
    """The evolved instruction as the teacher wrote it, minus surrounding blanks and quotes."""
    text = (text or "").strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1].strip()
    return text


def answer_messages(item: WorkItem, instruction: str, answer_tpl: Template) -> list[dict]:
    lang = get_language(item.language)
    return answer_tpl.messages(language=lang.display, fence=lang.fence_tags[0], instruction=instruction)


@dataclass
class Generated:
    item: WorkItem
    instruction: str
    response: str | None
    evolve: Completion | None = None
    answer: Completion | None = None
    evolve_truncated: bool = False  # the teacher hit evolve_max_tokens
    answer_truncated: bool = False  # the teacher hit answer_max_tokens

    @property
    def unusable(self) -> str | None:
        """Why a teacher answer of this pair cannot be kept (docs/text.md), or None."""
        for stage, c in (("evolution", self.evolve), ("answer", self.answer)):
            if c is not None and c.unusable:
                return f"the teacher's {stage} {c.unusable}"
        return None


def answerable(evo: Completion) -> str:
    """The evolved instruction to answer, or "" when there is none that can be kept (nothing is sent)."""
    return "" if evo.unusable else extract_instruction(evo.content)


async def generate(
    teacher: Teacher, item: WorkItem, answer_tpl: Template, params: GenerationParams, run_seed: int
) -> Generated:
    evo = await teacher.complete("evolve", item.evolve_messages(), params.evolve(run_seed), item.template.sha256)
    instruction = answerable(evo)
    evo_cut = is_truncated(evo, params.evolve_max_tokens)
    if not instruction or evo_cut:  # the pair is eliminated either way: no answer is paid for
        return Generated(item, extract_instruction(evo.content), None, evo, None, evolve_truncated=evo_cut)
    ans = await teacher.complete(
        "answer", answer_messages(item, instruction, answer_tpl), params.answer(run_seed), answer_tpl.sha256
    )
    cut = is_truncated(ans, params.answer_max_tokens)
    return Generated(item, instruction, ans.content, evo, ans, answer_truncated=cut)


def to_row(g: Generated, teacher_model: str, answer_tpl: Template) -> dict:
    return {
        "id": g.item.item_id,
        "instruction": g.instruction,
        "response": g.response or "",
        "seed_id": g.item.seed.seed_id,
        "seed_instruction": g.item.seed.text,
        "language": g.item.language,
        "evolution": g.item.evolution,
        "operation": g.item.operation,
        "teacher": teacher_model,
        "template_hash": g.item.template.hash,
        "answer_template_hash": answer_tpl.hash,
    }


@dataclass
class CorpusResult:
    language: str
    seeds: int
    kept: list[dict] = field(default_factory=list)
    eliminated: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    operations: dict[str, int] = field(default_factory=dict)
    ledger: Ledger | None = None

    def summary(self) -> dict:
        removed = sum(self.counts.values())
        return {
            "seeds": self.seeds,
            "kept": len(self.kept),
            "removed": dict(self.counts),
            "removed_total": removed,
            "adds_up": self.seeds == len(self.kept) + removed,
            "operations": dict(self.operations),
        }


def clean_corpus(
    language: str,
    generated: list[Generated],
    teacher_model: str,
    answer_tpl: Template,
    cleaning: CleaningConfig,
    index: BenchmarkIndex | None,
) -> CorpusResult:
    """Elimination rules, then exact/near duplicates, then decontamination (counts per reason)."""
    res = CorpusResult(language=language, seeds=len(generated))
    res.counts = {r: 0 for r in (*ELIMINATION_REASONS, *DEDUP_REASONS, "contaminated")}
    res.operations = dict(Counter(g.item.operation for g in generated))
    survivors: list[dict] = []
    for g in generated:
        row = to_row(g, teacher_model, answer_tpl)
        if g.unusable:  # kept as a record, its text made writable; the detail says what was replaced
            res.counts["unusable_answer"] += 1
            res.eliminated.append({**replace_unencodable(row), "reason": "unusable_answer", "detail": g.unusable})
            continue
        reason = elimination_reason(
            g.item.seed.text,
            g.instruction,
            g.response,
            language,
            cleaning,
            evolve_truncated=g.evolve_truncated,
            answer_truncated=g.answer_truncated,
        )
        if reason:
            res.counts[reason] += 1
            res.eliminated.append({**row, "reason": reason})
        else:
            survivors.append(row)
    dups = duplicate_reasons([r["instruction"] for r in survivors], cleaning)
    unique: list[dict] = []
    for row, reason in zip(survivors, dups):
        if reason:
            res.counts[reason] += 1
            res.eliminated.append({**row, "reason": reason})
        else:
            unique.append(row)
    for row in unique:
        hits = index.matches(f"{row['instruction']}\n{row['response']}") if index is not None else set()
        if hits:
            res.counts["contaminated"] += 1
            res.eliminated.append({**row, "reason": "contaminated", "benchmark_tasks": sorted(hits)})
        else:
            res.kept.append(row)
    return res


async def generate_all(
    teacher: Teacher,
    items: list[WorkItem],
    answer_tpl: Template,
    params: GenerationParams,
    run_seed: int,
    on_done: Callable[[], None] | None = None,
) -> list[Generated]:
    """Generate every item concurrently (bounded by the teacher); the first teacher error cancels the rest."""
    results: list[Generated | None] = [None] * len(items)

    async def one(i: int, item: WorkItem) -> None:
        results[i] = await generate(teacher, item, answer_tpl, params, run_seed)
        if on_done:
            on_done()

    try:
        async with asyncio.TaskGroup() as tg:
            for i, item in enumerate(items):
                tg.create_task(one(i, item))
    except BaseExceptionGroup as group:
        first = _first_error(group)
        raise first from None
    return [r for r in results if r is not None]


def _first_error(group: BaseExceptionGroup) -> BaseException:
    flat: list[BaseException] = []

    def walk(g: BaseException) -> None:
        if isinstance(g, BaseExceptionGroup):
            for e in g.exceptions:
                walk(e)
        else:
            flat.append(g)

    walk(group)
    for e in flat:
        if isinstance(e, CodemError):
            return e
    return flat[0]


def group_by_language(generated: list[Generated], languages: list[str]) -> dict[str, list[Generated]]:
    out: dict[str, list[Generated]] = {lang: [] for lang in languages}
    for g in generated:
        out[g.item.language].append(g)
    return out


def ordered_languages(languages: list[str]) -> list[str]:
    unknown = [lang for lang in languages if lang not in TRAIN_LANGUAGES]
    if unknown:
        raise ConfigError(f"cannot evolve data for {', '.join(unknown)}")
    return [lang for lang in TRAIN_LANGUAGES if lang in languages]


# -- dry run: what a run would send -----------------------------------------------------------
@dataclass
class Estimate:
    requests: int = 0
    cached: int = 0
    prompt_tokens: float = 0.0
    completion_tokens: float = 0.0

    def add(self, other: Estimate) -> None:
        self.requests += other.requests
        self.cached += other.cached
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens


class TokenEstimator:
    """Token estimates per request from past real runs of the same model (``Calibration``):
    prompt tokens scale with prompt characters by the observed ratio, completions take the
    observed mean per stage. Without history: 4 characters a token plus 8 tokens a message,
    and completions at ``max_tokens`` (an upper bound)."""

    CHARS_PER_TOKEN = 4.0
    TOKENS_PER_MESSAGE = 8

    def __init__(self, model: str, calibration: Calibration | None):
        self.model, self.calibration = model, calibration

    def _cal(self, stage: str) -> dict | None:
        return self.calibration.get(self.model, stage) if self.calibration else None

    def prompt(self, stage: str, messages: list[dict]) -> float:
        chars = sum(len(m.get("content") or "") for m in messages)
        cal = self._cal(stage)
        if cal and cal["prompt_chars"] > 0:
            return chars * cal["prompt_tokens"] / cal["prompt_chars"]
        return chars / self.CHARS_PER_TOKEN + self.TOKENS_PER_MESSAGE * len(messages)

    def completion(self, stage: str, max_tokens: int) -> float:
        cal = self._cal(stage)
        if cal:
            return min(max_tokens, cal["completion_tokens"] / cal["responses"])
        return float(max_tokens)

    def answer_prompt_unknown(self, answer_tpl: Template, item: WorkItem, evolve_completion: float) -> float:
        """Answer prompt when the evolved instruction is not known yet."""
        cal = self._cal("answer")
        if cal:
            return cal["prompt_tokens"] / cal["responses"]
        return self.prompt("answer", answer_messages(item, "", answer_tpl)) + evolve_completion


def estimate_items(
    teacher: Teacher,
    items: list[WorkItem],
    answer_tpl: Template,
    params: GenerationParams,
    run_seed: int,
    estimator: TokenEstimator,
    planned: list[dict] | None = None,
) -> dict[str, Estimate]:
    """Per language: requests a run would send (cache misses), and their estimated tokens.
    ``planned`` (if given) receives one entry per request: language, stage, seed id, tokens."""

    def plan(item: WorkItem, stage: str, pt: float, ct: float) -> None:
        if planned is not None:
            planned.append(
                {
                    "language": item.language,
                    "stage": stage,
                    "seed_id": item.seed.seed_id,
                    "operation": item.operation,
                    "prompt_tokens": round(pt),
                    "completion_tokens": round(ct),
                }
            )

    per_lang: dict[str, Estimate] = {}
    seen: set[str] = set()  # identical requests are sent once
    ep, ap = params.evolve(run_seed), params.answer(run_seed)
    for item in items:
        est = per_lang.setdefault(item.language, Estimate())
        msgs = item.evolve_messages()
        key = teacher.key(msgs, ep, item.template.sha256)
        entry = teacher.cache.get(key)
        if entry is not None:
            est.cached += 1
            instruction = answerable(completion_of(entry, key, cached=True))
            if not instruction or is_truncated(entry, params.evolve_max_tokens):
                continue  # eliminated before an answer is asked for
            amsgs = answer_messages(item, instruction, answer_tpl)
            akey = teacher.key(amsgs, ap, answer_tpl.sha256)
            if teacher.cache.get(akey) is not None:
                est.cached += 1
            elif akey not in seen:
                seen.add(akey)
                pt, ct = estimator.prompt("answer", amsgs), estimator.completion("answer", ap["max_tokens"])
                est.requests += 1
                est.prompt_tokens += pt
                est.completion_tokens += ct
                plan(item, "answer", pt, ct)
            continue
        if key in seen:
            continue
        seen.add(key)
        evo_completion = estimator.completion("evolve", ep["max_tokens"])
        evo_prompt = estimator.prompt("evolve", msgs)
        ans_prompt = estimator.answer_prompt_unknown(answer_tpl, item, evo_completion)
        ans_completion = estimator.completion("answer", ap["max_tokens"])
        est.requests += 2
        est.prompt_tokens += evo_prompt + ans_prompt
        est.completion_tokens += evo_completion + ans_completion
        plan(item, "evolve", evo_prompt, evo_completion)
        plan(item, "answer", ans_prompt, ans_completion)
    return per_lang


def elapsed(t0: float) -> float:
    return round(time.monotonic() - t0, 3)
