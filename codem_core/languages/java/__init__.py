"""Java: HumanEval-X's Java split, compiled in batches by one javac, run by java -ea."""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="java",
    display="Java",
    task_prefix="Java",
    fence_tags=("java",),
    order=5,
    benchmark=Benchmark(
        name="HumanEval-X",
        local_relpath="humaneval-x/humaneval_java.jsonl.gz",
        hub_repo="THUDM/humaneval-x",
        hub_file="data/java/data/humaneval.jsonl",
        entry_pattern=r"public\s+[\w<>\[\],\s]+?\s(\w+)\s*\(",
        extra_fields=("import", "test_setup", "docstring"),
        errata="benchmarks/errata/humaneval-x.json",
    ),
    adapter="codem_core.languages.java.adapter:JavaAdapter",
    extractor="codem_core.languages.java.extract:JavaHandler",
    lexer=Lexer("c"),
    stops=StopRules(
        block="brace",
        definition=r"^$a",  # after the Solution class closes nothing more is needed
        main=r"^public\s+(?:final\s+)?class\s+Main\b",
        sequences=("\npublic class Main", "\n/*", "\n//", "\n```"),
    ),
    cleaning=CleaningRules(
        markers=(
            r"\bpublic\s+(static\s+)?(class|void|int|String)\b",
            r"System\.out\.print",
            r"\bString\[\]\s+args",
            r"\bnew\s+\w+<",
        )
    ),
    schedule_weight=7,
    apt_packages=("openjdk-17-jdk-headless",),
)
