"""C: codem's HumanEval-C (shipped), built by gcc as C11."""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="c",
    display="C",
    task_prefix="C",
    fence_tags=("c", "h"),
    order=3,
    benchmark=Benchmark(
        name="HumanEval-C",
        shipped="benchmarks/built/humaneval_c.jsonl",
        normalize="codem_core.benchmarks.c_typescript:normalize",
        entry_pattern=r"^[\w\s\*]+?\b(\w+)\s*\([^;]*\)\s*\{",
    ),
    adapter="codem_core.languages.c.adapter:CAdapter",
    extractor="codem_core.languages.c.extract:CFamilyHandler",
    lexer=Lexer("c"),
    stops=StopRules(
        block="brace",
        definition=(
            r"^(?:static\s|struct\s|typedef\s|#include|#define|"
            r"(?:unsigned\s+|signed\s+|const\s+)*[A-Za-z_]\w*[\s\*]+\**[A-Za-z_]\w*\s*\()"
        ),
        main=r"^(?:int|void)\s+main\s*\(",
        sequences=("\nint main", "\n/*", "\n//", "\n#", "\n```"),
    ),
    cleaning=CleaningRules(
        markers=(
            r"#include\s*<(stdio|stdlib|string|math)\.h>",
            r"\bprintf\s*\(",
            r"\bmalloc\s*\(",
            r"\bscanf\s*\(",
        )
    ),
    schedule_weight=4,
    # libssl-dev: task 162 (MD5) links -lcrypto
    apt_packages=("gcc", "libssl-dev"),
)
