"""Per-stage times of a `codem` flow run, from the Prefect API (printed by make demo).

    python scripts/stage_times.py [--api http://127.0.0.1:4200/api] [--flow-run ID] [--json]

Default: the newest run of flow ``codem`` on $PREFECT_API_URL. Its stages run in subflows and, with
dispatch=pools, in flow runs on the gpu pool: the task runs of the whole tree count. A stage's wall
time runs from its first task's start to its last task's end; "task time" sums its task runs (they
overlap when the tasks run concurrently, as the execute tasks do). Cached task runs count as they
ran (~0 s).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.request
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout's codem_core
from codem_core.pipeline.stages import PIPELINE  # noqa: E402

STAGES = tuple((s.name, f"{s.name}-") for s in PIPELINE)  # task runs are named <stage>-<item>


def _post(api: str, path: str, body: dict) -> list | dict:
    req = urllib.request.Request(
        f"{api.rstrip('/')}{path}", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


def _get(api: str, path: str) -> dict:
    with urllib.request.urlopen(f"{api.rstrip('/')}{path}", timeout=30) as resp:
        return json.load(resp)


def _ts(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def stage_times(api: str, flow_run_id: str | None = None) -> dict:
    if not flow_run_id:
        runs = _post(
            api, "/flow_runs/filter", {"flows": {"name": {"any_": ["codem"]}}, "sort": "START_TIME_DESC", "limit": 1}
        )
        if not runs:
            raise SystemExit("no flow run of 'codem' on " + api)
        flow_run_id = runs[0]["id"]
    run = _get(api, f"/flow_runs/{flow_run_id}")
    flows, todo = [flow_run_id], [flow_run_id]
    while todo:  # the stage subflows and the flow runs on other pools, under this run
        kids = _post(
            api, "/flow_runs/filter", {"flow_runs": {"parent_flow_run_id": {"any_": [todo.pop()]}}, "limit": 200}
        )
        flows += [k["id"] for k in kids]
        todo += [k["id"] for k in kids]
    tasks, offset = [], 0
    while True:
        page = _post(
            api,
            "/task_runs/filter",
            {"flow_runs": {"id": {"any_": flows}}, "sort": "EXPECTED_START_TIME_ASC", "limit": 200, "offset": offset},
        )
        tasks += page
        if len(page) < 200:
            break
        offset += 200
    # the work: not the parent's waits on flow runs elsewhere (run_on_pool), not the placeholders of subflows
    tasks = [
        t
        for t in tasks
        if not t.get("task_key", "").startswith(("run_on_pool", "prefect.deployments"))
        and "/" not in t["name"]
        and not t["name"].startswith("codem-")
    ]
    out = {
        "flow_run": flow_run_id,
        "name": run.get("name"),
        "state": (run.get("state") or {}).get("name"),
        "flow_wall_s": None,
        "stages": {},
    }
    start, end = _ts(run.get("start_time")), _ts(run.get("end_time"))
    if start and end:
        out["flow_wall_s"] = round((end - start).total_seconds(), 1)
    for stage, prefix in STAGES:
        mine = [t for t in tasks if t["name"].startswith(prefix)]
        if not mine:
            continue
        starts = [s for s in (_ts(t.get("start_time")) for t in mine) if s]
        ends = [e for e in (_ts(t.get("end_time")) for t in mine) if e]
        out["stages"][stage] = {
            "tasks": len(mine),
            "wall_s": round((max(ends) - min(starts)).total_seconds(), 1) if starts and ends else None,
            "task_s": round(sum(t.get("total_run_time") or 0.0 for t in mine), 1),
            "states": sorted({(t.get("state") or {}).get("name", "?") for t in mine}),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--api", default=os.environ.get("PREFECT_API_URL", "http://127.0.0.1:4200/api"))
    ap.add_argument("--flow-run")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    res = stage_times(a.api, a.flow_run)
    if a.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"flow run {res['name']} ({res['flow_run']}): {res['state']}, {res['flow_wall_s']} s")
    print(f"  {'stage':9} {'tasks':>5} {'wall s':>8} {'task s':>8}  states")
    for stage, v in res["stages"].items():
        print(
            f"  {stage:9} {v['tasks']:>5} {v['wall_s'] if v['wall_s'] is not None else '-':>8} {v['task_s']:>8}  "
            f"{','.join(v['states'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
