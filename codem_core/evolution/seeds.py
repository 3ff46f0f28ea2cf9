"""Seed instructions: CodeAlpaca, the paper's "Python-related" selection, seeded sampling.

Where seeds come from (``source``, the ``seeds`` setting / ``--seeds``):
- ``hub``: the paper's set, CodeAlpaca-20K (``sahil2801/CodeAlpaca-20k``) through ``datasets``,
  or from ``CODEM_HUB_MIRROR`` when that setting names a mirror (``codem_core/hub.py``);
- ``hub:<owner>/<name>[/<file>][:<split>]``: another hub data set of CodeAlpaca-style rows;
- ``local:<path>`` (or a bare path): a JSON list or JSONL file of CodeAlpaca rows
  (``instruction``, ``input``, ``output``);
- ``auto``: the first of ``codealpaca/{code_alpaca_20k,code_alpaca_2k,new_codealpaca}.json``
  in the data directory (CODEM_DATA_DIR), else the hub unless CODEM_OFFLINE is set. Only the
  offline demo and tests use it: the data directory holds 2K-row subsets, not the paper's 20K.

The "Python-related" rule (the paper keeps "the Python-related instructions" without saying how;
this is codem's documented reading, tested in tests/unit/test_evolution_seeds.py):
1. explicit: the instruction or its input names Python (or a Python-only library: pandas, numpy,
   django, flask, scipy, matplotlib, pip) -> kept;
2. otherwise, a row that names another language (JavaScript, Java, C, C++, C#, Go, SQL, HTML,
   CSS, PHP, Ruby, Rust, Swift, ...) -> dropped (``other_language``);
3. otherwise (language-neutral instruction) it is kept when its reference output is Python code:
   it parses with ``ast`` and holds a def, class, import, loop, if, assignment, return or call;
   else dropped (``not_python``).
Exact duplicate instructions (case and whitespace folded) are kept once (``duplicate``); rows
with a blank instruction are dropped (``empty``). ``SeedPool.counts`` holds each count, so
``rows_read == explicit + implicit + other_language + not_python + duplicate + empty``.
"""

from __future__ import annotations

import ast
import random
import re
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path

from ..config import get_settings
from ..errors import DataError

HUB_ID = "sahil2801/CodeAlpaca-20k"
FILTER_COUNTS = ("explicit", "implicit", "other_language", "not_python", "duplicate", "empty")
LOCAL_CANDIDATES = ("code_alpaca_20k.json", "code_alpaca_2k.json", "new_codealpaca.json")


@dataclass(frozen=True)
class Seed:
    seed_id: str  # "<source name>#<row index>"
    instruction: str
    input: str
    output: str
    why: str  # explicit | implicit (which rule made it Python-related)

    @property
    def text(self) -> str:
        """Instruction plus its input, as the evolution prompt shows it."""
        return f"{self.instruction}\n{self.input}".strip() if self.input.strip() else self.instruction.strip()

    def to_dict(self) -> dict:
        return asdict(self)


_PYTHON_RE = re.compile(r"\b(python\d?(\.\d+)?|pandas|numpy|django|flask|scipy|matplotlib|pip)\b", re.I)
_OTHER_CI = re.compile(
    r"\b(java|javascript|js|node\.?js|typescript|jquery|react(js)?|angular(js)?|vue(\.?js)?|"
    r"c\+\+|cpp|golang|rust|ruby|rails|php|perl|swift|kotlin|scala|haskell|matlab|objective-c|"
    r"assembly|bash|powershell|shell script|sql|mysql|postgres(ql)?|sqlite|mongodb|html5?|css3?|"
    r"lua|dart|elixir|fortran|cobol|visual basic|vba|excel)\b|c#|\.net\b",
    re.I,
)
# Short names only count in their usual capitalisation ("a C program", "in Go", "using R").
_OTHER_CS = re.compile(r"(?<![\w.])C(?![\w+#])|\bGo\b(?!\s+(through|over|back|to|from|ahead)\b)|\b(in|using|with) R\b")
_CODE_NODES = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Import,
    ast.ImportFrom,
    ast.For,
    ast.While,
    ast.If,
    ast.Assign,
    ast.AugAssign,
    ast.AnnAssign,
    ast.Return,
    ast.Call,
    ast.With,
    ast.Try,
)


def names_python(text: str) -> bool:
    return bool(_PYTHON_RE.search(text))


def names_other_language(text: str) -> bool:
    return bool(_OTHER_CI.search(text) or _OTHER_CS.search(text))


def is_python_code(code: str) -> bool:
    code = (code or "").strip()
    if not code:
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escapes in seed code are not our concern
            tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return any(isinstance(node, _CODE_NODES) for node in ast.walk(tree))


def classify(instruction: str, input_text: str = "", output: str = "") -> str:
    """Which rule of the module doc decides the row: explicit | implicit | other_language | not_python."""
    text = f"{instruction}\n{input_text}"
    if names_python(text):
        return "explicit"
    if names_other_language(text):
        return "other_language"
    if is_python_code(output):
        return "implicit"
    return "not_python"


def python_related(instruction: str, input_text: str = "", output: str = "") -> str | None:
    """'explicit', 'implicit' or None (not Python-related), by the rule in the module doc."""
    why = classify(instruction, input_text, output)
    return why if why in ("explicit", "implicit") else None


def _load_hub(spec: str) -> list[dict]:
    from ..hub import load_hub_rows

    rows, _ = load_hub_rows(spec)
    return rows


def _read_rows(path: Path) -> list[dict]:
    """Rows of a JSON array or JSONL seed file, read under the text policy (docs/text.md): a row
    UTF-8 cannot hold, or nested absurdly deep, fails in one line naming where it is."""
    from ..records import read_records

    rows = read_records(path)
    if not rows:
        raise DataError(f"{path}: no seed rows")
    return rows


def resolve_source(source: str | Path | None = "auto") -> tuple[str, list[dict]]:
    """(source name, raw rows) for a seed source spec (see module doc)."""
    from ..hub import PREFIX, is_hub_spec

    spec = str(source or "auto").strip()
    if spec == "hub":
        spec = PREFIX + HUB_ID
    if is_hub_spec(spec):
        rows = _load_hub(spec)
        if not rows:
            raise DataError(f"seed source {spec}: no seed rows")
        return spec.removeprefix(PREFIX), rows
    if spec != "auto":
        path = Path(spec.removeprefix("local:"))
        if not path.is_file():
            raise DataError(f"seed file {path}: no such file")
        return path.name, _read_rows(path)
    settings = get_settings()
    tried: list[str] = []
    if settings.data_dir is not None:
        for name in LOCAL_CANDIDATES:
            path = Path(settings.data_dir) / "codealpaca" / name
            tried.append(str(path))
            if path.is_file():
                return path.name, _read_rows(path)
    if settings.offline:
        raise DataError(f"no CodeAlpaca seeds at {', '.join(tried) or 'CODEM_DATA_DIR (unset)'} and the hub is off")
    return HUB_ID, _load_hub(PREFIX + HUB_ID)


@dataclass
class SeedPool:
    """The Python-related seeds of one source, and what the filter did to its rows."""

    source: str
    seeds: list[Seed]
    rows_read: int
    counts: dict[str, int]  # FILTER_COUNTS -> rows

    def info(self, sampled: int, requested: int, run_seed: int, allow_fewer: bool) -> dict:
        """The pool as the evolve report and the final report state it."""
        return {
            "source": self.source,
            "rows_read": self.rows_read,
            "python_related": len(self.seeds),
            "explicit": self.counts["explicit"],
            "implicit": self.counts["implicit"],
            "filter": dict(self.counts),
            "sampled": sampled,
            "requested": requested,
            "run_seed": run_seed,
            "allow_fewer_seeds": allow_fewer,
        }


def load_seed_pool(source: str | Path | None = "auto") -> SeedPool:
    """The Python-related seeds of ``source`` in file order, with the filter's counts."""
    name, rows = resolve_source(source)
    seeds: list[Seed] = []
    seen: set[str] = set()
    counts = dict.fromkeys(FILTER_COUNTS, 0)
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not isinstance(row.get("instruction"), str):
            raise DataError(f"seed source {name}: row {i} lacks a string 'instruction'")
        instruction = row["instruction"].strip()
        inp = row.get("input") or ""
        out = row.get("output") or row.get("response") or ""
        if not isinstance(inp, str) or not isinstance(out, str):
            raise DataError(f"seed source {name}: row {i} has a non-string 'input' or 'output'")
        if not instruction:
            counts["empty"] += 1
            continue
        why = classify(instruction, inp, out)
        if why not in ("explicit", "implicit"):
            counts[why] += 1
            continue
        norm = " ".join(f"{instruction}\n{inp}".lower().split())
        if norm in seen:
            counts["duplicate"] += 1
            continue
        seen.add(norm)
        counts[why] += 1
        seeds.append(Seed(seed_id=f"{name}#{i}", instruction=instruction, input=inp.strip(), output=out, why=why))
    return SeedPool(name, seeds, len(rows), counts)


def load_seeds(source: str | Path | None = "auto") -> tuple[str, list[Seed], int]:
    """(source name, Python-related seeds in file order, number of rows read)."""
    pool = load_seed_pool(source)
    return pool.source, pool.seeds, pool.rows_read


def sample_seeds(seeds: list[Seed], n: int, seed: int) -> list[Seed]:
    """``n`` seeds drawn without replacement with ``random.Random(seed)``, in drawn order.

    The draw is a prefix-stable shuffle: the first k of a larger draw equal a draw of k, so
    growing N keeps the earlier seeds (and their cached teacher responses).
    """
    if n < 0:
        raise DataError(f"per-language N must be >= 0, got {n}")
    order = list(seeds)
    random.Random(seed).shuffle(order)
    return order[:n]
