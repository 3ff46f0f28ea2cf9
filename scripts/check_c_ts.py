"""Dev helper: build in memory and run every canonical program of c|typescript; print failures.
Usage: python scripts/check_c_ts.py c|typescript [n ...] [--example]"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codem_core.benchmarks.builders.humaneval_c_ts import build_language  # noqa: E402
from codem_core.benchmarks.builders.toolrun import run_c_many, run_ts_many  # noqa: E402

lang = sys.argv[1]
nums = {int(a) for a in sys.argv[2:] if a.isdigit()}
field = "example_test" if "--example" in sys.argv else "test"
rows, _ = build_language(lang, Path("/work/shared/data"))
rows = [r for r in rows if not nums or int(r["task_id"].split("/")[1]) in nums]
rows = [r for r in rows if r[field].strip()]
progs = [r["prompt"] + r["canonical_solution"] + "\n" + r[field] for r in rows]
res = (run_c_many if lang == "c" else run_ts_many)(progs)
bad = 0
for r, v in zip(rows, res):
    if not v.passed:
        bad += 1
        print(f"FAIL {r['task_id']} [{v.stage}] {v.detail[:600]}")
print(f"{len(rows) - bad}/{len(rows)} pass")
