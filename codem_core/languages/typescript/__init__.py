"""TypeScript: codem's HumanEval-TypeScript (shipped), type-checked by tsc, run by node."""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="typescript",
    display="TypeScript",
    task_prefix="TypeScript",
    fence_tags=("typescript", "ts", "tsx"),
    order=2,
    benchmark=Benchmark(
        name="HumanEval-TypeScript",
        shipped="benchmarks/built/humaneval_typescript.jsonl",
        normalize="codem_core.benchmarks.c_typescript:normalize",
        entry_pattern=r"function\s+(\w+)\s*[<(]|(?:const|let)\s+(\w+)\s*=\s*\(",
    ),
    adapter="codem_core.languages.typescript.adapter:TypeScriptAdapter",
    extractor="codem_core.languages.javascript.extract:ScriptHandler",
    lexer=Lexer("c", js_literals=True),
    stops=StopRules(
        block="brace",
        definition=r"^(?:function\b|async\s+function\b|const\s|let\s|var\s|class\s|type\s|interface\s|enum\s)",
        sequences=("\nfunction ", "\n/*", "\n//", "\nconsole.log", "\n```", "\nclass "),
    ),
    cleaning=CleaningRules(
        markers=(
            r"\b(let|const|var)\s+\w+\s*:\s*\w+",
            r"\binterface\s+\w+\s*\{",
            r"\)\s*:\s*(number|string|boolean|void)\b",
            r":\s*(number|string|boolean)(\[\])?\s*[,)=;]",
        ),
        accepts=("javascript",),
        wins_ties=True,
    ),
    schedule_weight=3,
    apt_packages=("nodejs", "npm"),
    npm_packages=("typescript@5.9.3",),
)
