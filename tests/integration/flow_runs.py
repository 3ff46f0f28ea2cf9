"""Reading a flow run's tree back from the Prefect API (tests): the subflows and child flow runs
under it, and the task runs that did the work (not the placeholders Prefect makes for subflows)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def descendants(client, flow_run_id) -> list:
    """Every flow run under ``flow_run_id`` (subflows, flow runs started by its tasks), depth first."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterParentFlowRunId

    found, todo = [], [flow_run_id]
    while todo:
        parent = todo.pop()
        kids = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[parent])),
            limit=200,
            offset=0,
        )
        found += kids
        todo += [k.id for k in kids]
    return found


def work_task_runs(client, flow_run_id) -> list:
    """The task runs of the tree that ran code (stage items, dispatches), placeholders of subflows left out."""
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.client.schemas.sorting import TaskRunSort

    flows = [flow_run_id, *(f.id for f in descendants(client, flow_run_id))]
    runs = client.read_task_runs(
        flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=flows)),
        sort=TaskRunSort.EXPECTED_START_TIME_ASC,
        limit=200,
        offset=0,
    )
    placeholders = {f.parent_task_run_id for f in descendants(client, flow_run_id)}
    return [r for r in runs if r.id not in placeholders]


def settled(read: Callable[[], dict[str, Any]], timeout: float = 30, quiet: float = 3) -> dict[str, Any]:
    """``read()`` once its answer stopped changing for ``quiet`` seconds with no None in it (task-run
    states reach the API through events, a moment after the fact)."""
    last, since = None, time.monotonic()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        cur = read()
        if cur != last:
            last, since = cur, time.monotonic()
        elif time.monotonic() - since > quiet and all(v is not None for v in cur.values()):
            break
        time.sleep(0.5)
    return last or {}
