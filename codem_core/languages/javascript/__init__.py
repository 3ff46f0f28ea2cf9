"""JavaScript: HumanEval-X's JS split, run by node with ``js-md5`` resolvable (task 162)."""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="javascript",
    display="JavaScript",
    task_prefix="JavaScript",
    fence_tags=("javascript", "js", "node", "jsx"),
    order=1,
    benchmark=Benchmark(
        name="HumanEval-X",
        local_relpath="humaneval-x/humaneval_js.jsonl.gz",
        hub_repo="THUDM/humaneval-x",
        hub_file="data/js/data/humaneval.jsonl",
        entry_pattern=r"(?:const|let|var)\s+(\w+)\s*=\s*(?:async\s*)?\(|function\s+(\w+)\s*\(",
        extra_fields=("import", "test_setup", "docstring"),
        errata="benchmarks/errata/humaneval-x.json",
    ),
    adapter="codem_core.languages.javascript.adapter:JavaScriptAdapter",
    extractor="codem_core.languages.javascript.extract:ScriptHandler",
    lexer=Lexer("c", js_literals=True),
    stops=StopRules(
        block="brace",
        definition=r"^(?:function\b|async\s+function\b|const\s|let\s|var\s|class\s)",
        sequences=("\nfunction ", "\n/*", "\n//", "\nconsole.log", "\n```", "\nmodule.exports"),
    ),
    cleaning=CleaningRules(
        markers=(
            r"console\.log\(",
            r"\bfunction\s+\w*\s*\(",
            r"\b(let|const|var)\s+\w+\s*=",
            r"=>\s*[{(\w]",
            r"\bdocument\.\w+",
        )
    ),
    schedule_weight=2,
    apt_packages=("nodejs", "npm"),
    npm_packages=("js-md5@0.8.3",),
)
