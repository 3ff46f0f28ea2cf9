"""Python: HumanEval-X's Python split, run by the system python3."""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="python",
    display="Python",
    task_prefix="Python",
    fence_tags=("python", "py", "python3"),
    order=0,
    benchmark=Benchmark(
        name="HumanEval-X",
        local_relpath="humaneval-x/humaneval_python.jsonl.gz",
        hub_repo="THUDM/humaneval-x",
        hub_file="data/python/data/humaneval.jsonl",
        entry_pattern=r"^def\s+(\w+)\s*\(",
        entry_points_from="openai-humaneval/HumanEval.jsonl.gz",
        extra_fields=("import", "test_setup", "docstring"),
        errata="benchmarks/errata/humaneval-x.json",
    ),
    adapter="codem_core.languages.python.adapter:PythonAdapter",
    extractor="codem_core.languages.python.extract:PythonHandler",
    lexer=Lexer("python"),
    stops=StopRules(
        block="indent",
        definition=r"^(?:def |async def |class |@|import |from )",
        sequences=("\ndef ", "\nclass ", "\nif __name__", "\nprint(", "\n#", "\n```", "\nassert "),
    ),
    cleaning=CleaningRules(
        markers=(
            r"^\s*def \w+\s*\(.*\)\s*(->\s*[^:]+)?:\s*$",
            r"^\s*(import \w+|from [\w.]+ import \w+)",
            r"^\s*print\(",
            r"^\s*(elif|except)\b.*:\s*$",
            r"\bself\.\w+",
            r"^\s*for \w+ in .+:\s*$",
        )
    ),
    schedule_weight=1,
    apt_packages=("python3",),
)
