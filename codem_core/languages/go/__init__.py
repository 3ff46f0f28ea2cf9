"""Go: HumanEval-X's Go split, compiled and linked directly against prebuilt export data."""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="go",
    display="Go",
    task_prefix="Go",
    fence_tags=("go", "golang"),
    order=6,
    benchmark=Benchmark(
        name="HumanEval-X",
        local_relpath="humaneval-x/humaneval_go.jsonl.gz",
        hub_repo="THUDM/humaneval-x",
        hub_file="data/go/data/humaneval.jsonl",
        entry_pattern=r"^func\s+(\w+)\s*\(",
        extra_fields=("import", "test_setup", "docstring"),
        errata="benchmarks/errata/humaneval-x.json",
    ),
    adapter="codem_core.languages.go.adapter:GoAdapter",
    extractor="codem_core.languages.go.extract:GoHandler",
    lexer=Lexer("c", raw_backticks=True),
    stops=StopRules(
        block="brace",
        definition=r"^(?:func\s|type\s|var\s|const\s)",
        main=r"^func\s+main\s*\(",
        sequences=("\nfunc main", "\n/*", "\n//", "\n```"),
    ),
    cleaning=CleaningRules(
        markers=(
            r"^\s*package\s+\w+",
            r"^\s*func\s+(\(\w+\s+\*?\w+\)\s*)?\w+\s*\(",
            r"\bfmt\.\w+\(",
            r":=\s*",
        )
    ),
    schedule_weight=5,
    # testify: HumanEval-X's Go tests assert with it (an offline GOPATH under /usr/share/gocode)
    apt_packages=("golang-go", "golang-github-stretchr-testify-dev"),
)
