"""C++: HumanEval-X's C++ split, built by g++ (precompiled header, gold)."""

from ..spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules

SPEC = LanguageSpec(
    key="cpp",
    display="C++",
    task_prefix="CPP",
    fence_tags=("cpp", "c++", "cc", "cxx", "hpp"),
    order=4,
    benchmark=Benchmark(
        name="HumanEval-X",
        local_relpath="humaneval-x/humaneval_cpp.jsonl.gz",
        hub_repo="THUDM/humaneval-x",
        hub_file="data/cpp/data/humaneval.jsonl",
        entry_pattern=r"^[\w:<>,\s\*&]+?\b(\w+)\s*\([^;]*\)\s*\{",
        extra_fields=("import", "test_setup", "docstring"),
        errata="benchmarks/errata/humaneval-x.json",
    ),
    adapter="codem_core.languages.cpp.adapter:CppAdapter",
    extractor="codem_core.languages.c.extract:CFamilyHandler",
    lexer=Lexer("c"),
    stops=StopRules(
        block="brace",
        definition=(
            r"^(?:static\s|struct\s|typedef\s|template\s*<|class\s|#include|#define|using\s|"
            r"(?:unsigned\s+|signed\s+|const\s+)*[A-Za-z_][\w:<>,]*[\s\*&]+[\*&]*[A-Za-z_]\w*\s*\()"
        ),
        main=r"^(?:int|void)\s+main\s*\(",
        sequences=("\nint main", "\n/*", "\n//", "\n#", "\n```"),
    ),
    cleaning=CleaningRules(
        markers=(
            r"#include\s*<(iostream|vector|string|algorithm|map|unordered_map)>",
            r"\bstd::",
            r"\bcout\s*<<",
            r"using namespace std",
        ),
        accepts=("c",),
    ),
    schedule_weight=6,
    # libboost-dev: tasks 22 and 137 (boost::any); libssl-dev: task 162 (MD5)
    apt_packages=("g++", "libboost-dev", "libssl-dev"),
)
