"""Rust: an evaluation language beyond the paper's 7 (HumanEvalPack's Rust split, MIT).

Evaluated only when named (``--languages python,rust``); it has no training corpus. The
benchmark is read from ``$CODEM_DATA_DIR/humanevalpack-rust/`` or the hub
(``bigcode/humanevalpack``, config ``rust``); ``errata.json`` ports two tests to the rand 0.8
that Debian packages. Toolchain: Debian's rustc and cargo with the crates from Debian's
registry (adapter.py); replies are read by extract.py with Rust's own lexer (lex.py).
"""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="rust",
    display="Rust",
    task_prefix="Rust",
    fence_tags=("rust", "rs"),
    order=8,
    in_paper=False,
    train=False,
    benchmark=Benchmark(
        name="HumanEvalPack",
        local_relpath="humanevalpack-rust/humanevalpack_rust.jsonl",
        hub_repo="bigcode/humanevalpack",
        hub_config="rust",
        hub_split="test",
        entry_pattern=r"^\s*(?:pub\s+)?fn\s+(\w+)\s*[<(]",
        extra_fields=("buggy_solution", "bug_type"),
        errata="languages/rust/errata.json",
    ),
    adapter="codem_core.languages.rust.adapter:RustAdapter",
    extractor="codem_core.languages.rust.extract:RustHandler",
    lexer=Lexer("codem_core.languages.rust.lex:mask"),
    stops=StopRules(
        block="brace",
        # a helper, a type, an impl or a use; not the model's #[cfg(test)] module or #[test] fn
        definition=(
            r"^(?:(?:pub(?:\([^)]*\))?|const|async|unsafe)\s+)*"
            r"(?:fn|struct|enum|union|trait|impl|type|const|static|use|macro_rules!)\b|^#\[(?!cfg\(test\)|test\])"
        ),
        main=r"^fn\s+main\s*\(",
        sequences=("\nfn main", "\n/*", "\n//", "\n```", "\n#[cfg(test)]"),
    ),
    cleaning=CleaningRules(
        markers=(
            r"\bfn\s+\w+\s*(<[^>]*>)?\s*\(",
            r"\blet\s+mut\s+\w+",
            r"\b(println|vec|format|assert_eq|panic)!\s*[(\[]",
            r"->\s*(Vec<|Option<|Result<|[iu](8|16|32|64|size)\b|bool\b|String\b|&str\b|Self\b)",
            r"\.(unwrap|iter|into_iter|collect|to_string)\(\)",
            r"\bimpl\b[^{\n]*\{",
            r"\bmatch\s+[^{\n]+\{",
        )
    ),
    # rustc is the heaviest compiler here: start its batches first
    schedule_weight=8,
    apt_packages=("rustc", "cargo", "librust-rand-dev", "librust-regex-dev", "librust-md5-dev"),
)
