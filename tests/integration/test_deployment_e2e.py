"""deployments/prefect.yaml deployed for real on two work pools, run by real workers, against S3.

A Prefect server subprocess (temporary PREFECT_HOME, free port), a ``moto`` S3 server on
127.0.0.1, a ``cpu`` process pool and a ``gpu`` process pool standing in for GPU machines (the
worker's pool is all that differs; concurrency limit 2), created from deployments/work-pools/,
``prefect deploy --prefect-file deployments/prefect.yaml --all`` and one ``prefect worker start``
per pool. Then, through ``prefect deployment run codem/full-matrix`` with the tiny preset, three
corpora and ``store=s3://...``:

- from the Prefect API: every fine-tune and generation ran as a flow run of its own on the
  ``gpu`` pool (a child of the codem flow run), at least two fine-tunes overlapped in time, and
  evolution, execution and the report ran inside the codem flow run on the ``cpu`` pool;
- the ``gpu`` worker and its flow runs are SIGKILLed mid-fine-tune, the lost flow runs marked
  Crashed (what a zombie-run automation or a person in the UI does), a new ``gpu`` worker
  started: the codem flow run completes, and nothing that had finished is recomputed (one
  Completed task run per item over the whole tree, one flow run per finished fine-tune);
- a second deployment run recomputes nothing and launches no gpu flow run (every task Cached);
- bad config at the start of a deployment run (unknown preset, unreachable S3 endpoint, no S3
  credentials on the worker) fails the flow run with one line and no task run;
- the CLI paths (``codem pipeline run [--deployment D]`` / ``codem pipeline check --pool P``) fail
  with one line and exit 2: unknown preset, stage or dispatch, unreachable storage, missing
  credentials, missing bucket, no such pool/deployment, a pool without an online worker;
  ``--watch`` reports a deployment run that failed on the worker in one line.

Select with ``-m deployment``. Every subprocess runs in its own process group and is killed at
teardown (plus anything still carrying this test's PREFECT_HOME in its environment).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.integration.flow_runs import descendants, settled, work_task_runs
from tests.integration.teacher_server import requires_local_teacher

pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")
pytest.importorskip("s3fs")

pytestmark = [pytest.mark.slow, pytest.mark.deployment]

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
BUCKET = "codem-e2e"
# The tiny preset through deployment parameters: three corpora, two evaluation languages, the
# compact evolution templates (with the Evol-Instruct ones the 135M teacher copies their
# scaffolding and cleaning drops its answer; with these, seed 42 keeps one pair in each of these
# corpora, so each trains a model), 8 training steps (a fine-tune long enough to be caught mid-way).
CORPORA = ["python", "javascript", "c"]
PARAMS = {
    "preset": "tiny",
    "corpora": CORPORA,
    "languages": ["python", "go"],
    "train_steps": 8,
    "overrides": {"evolve": {"templates": "compact"}},
    "store": f"s3://{BUCKET}/e2e",
}
REPORT_FILES = ("report.md", "report.json", "matrix.csv", "corr_eval_languages.png", "corr_train_corpora.png")
FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
UUID_RE = re.compile(r"UUID:\s*([0-9a-f-]{36})")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, n: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


@dataclass
class Child:
    """A flow run under another one, with its flow's name (the API's FlowRun has only the flow's id)."""

    run: Any
    flow_name: str

    def __getattr__(self, name: str) -> Any:
        return getattr(self.run, name)


class Stack:
    """Prefect server + moto S3 + workers as subprocesses of this test, each in its own session."""

    def __init__(self, root: Path):
        self.root = root
        self.home = root / "prefect-home"
        self.port = _free_port()
        self.api = f"http://127.0.0.1:{self.port}/api"
        self.procs: dict[str, subprocess.Popen] = {}
        self.flow_pids: set[int] = set()
        self.moto = None
        self.s3 = ""

    # -------------------------------------------------------------- environment
    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PREFECT_", "AWS_"))
            and k not in ("CODEM_STORE", "CODEM_S3_ENDPOINT_URL", "CODEM_HOME")
        }
        env.update(
            {
                "PREFECT_HOME": str(self.home),
                "PREFECT_API_URL": self.api,
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "PREFECT_UI_ENABLED": "false",
                # services this test does not need (it creates its runs itself): less load on 2 cores
                **{
                    f"PREFECT_SERVER_SERVICES_{s}_ENABLED": "false"
                    for s in (
                        "SCHEDULER",
                        "LATE_RUNS",
                        "PAUSE_EXPIRATIONS",
                        "CANCELLATION_CLEANUP",
                        "REPOSSESSOR",
                        "TRIGGERS",
                        "EVENT_PERSISTER",
                        "FOREMAN",
                        "CLEANUP_RECONCILER",
                    )
                },
                "PREFECT_WORKER_QUERY_SECONDS": "1",
                "PREFECT_CLI_WRAP_LINES": "false",
                "COLUMNS": "200",
                "CODEM_HOME": str(self.root / "codem-home"),
                "CODEM_OFFLINE": "1",
                "CODEM_S3_ENDPOINT_URL": self.s3,
                "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing",
                "AWS_DEFAULT_REGION": "us-east-1",
                "AWS_EC2_METADATA_DISABLED": "true",
                "AWS_SHARED_CREDENTIALS_FILE": str(self.root / "no-aws-credentials"),
                "AWS_CONFIG_FILE": str(self.root / "no-aws-config"),
                "PYTHONUNBUFFERED": "1",
            }
        )
        env.update(extra)
        return {k: v for k, v in env.items() if v is not None}

    # -------------------------------------------------------------- processes
    def spawn(self, name: str, args: list[str], **env: str) -> subprocess.Popen:
        log = open(self.root / f"{name}.log", "ab")
        proc = subprocess.Popen(
            args,
            cwd=REPO,
            env=self.env(**env),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        self.procs[name] = proc
        return proc

    def cli(self, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            list(args), cwd=REPO, env=self.env(**env), capture_output=True, text=True, timeout=timeout
        )

    def prefect(self, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess:
        res = self.cli(str(BIN / "prefect"), *args, timeout=timeout, **env)
        assert res.returncode == 0, (
            f"prefect {' '.join(args)} -> rc {res.returncode}\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
        )
        return res

    @staticmethod
    def killpg(pid: int, sig: int = signal.SIGKILL) -> None:
        try:
            os.killpg(pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def pids_with_env(self, marker: str) -> list[int]:
        """Processes whose environment holds ``marker`` (e.g. PREFECT__FLOW_RUN_ID=<id>): all started by this test."""
        found, needle = [], marker.encode() + b"\0"
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                if needle in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
        return found

    def kill_flow_run(self, flow_run_id: str, infrastructure_pid: str | None) -> None:
        if infrastructure_pid and str(infrastructure_pid).isdigit():
            self.killpg(int(infrastructure_pid))
        for pid in self.pids_with_env(f"PREFECT__FLOW_RUN_ID={flow_run_id}"):
            self.killpg(pid)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self, name: str, sig: int = signal.SIGKILL) -> None:
        proc = self.procs.pop(name, None)
        if proc is not None:
            self.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=15)

    def close(self) -> None:
        for name in [n for n in self.procs if n != "server"]:
            self.stop(name)
        for _ in range(3):  # flow runs live in sessions of their own; their children inherit the environment
            left = self.pids_with_env(f"PREFECT_HOME={self.home}")
            if not left:
                break
            for pid in left:
                self.killpg(pid)
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.5)
        self.stop("server", signal.SIGTERM)
        if self.moto is not None:
            self.moto.stop()

    # -------------------------------------------------------------- Prefect API (in-process client)
    def client_call(self, fn):
        from prefect.client.orchestration import get_client
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: self.api}):
            with get_client(sync_client=True) as client:
                return fn(client)

    def flow_run(self, flow_run_id: str):
        return self.client_call(lambda c: c.read_flow_run(flow_run_id))

    def task_states(self, flow_run_id: str) -> dict[str, str | None]:
        """Name -> state of the task runs that did work in the flow run's tree (subflows, gpu flow runs)."""

        def read(client):
            return {r.name: (r.state.name if r.state else None) for r in work_task_runs(client, flow_run_id)}

        return self.client_call(read)

    def settled_task_states(self, flow_run_id: str, timeout: float = 30) -> dict[str, str | None]:
        return settled(lambda: self.task_states(flow_run_id), timeout=timeout)

    def children(self, flow_run_id: str) -> list[Child]:
        """The flow runs under ``flow_run_id``, each with its flow's name."""

        def read(client):
            runs = descendants(client, flow_run_id)
            names = {fid: client.read_flow(fid).name for fid in {r.flow_id for r in runs}}
            return [Child(r, names[r.flow_id]) for r in runs]

        return self.client_call(read)

    # -------------------------------------------------------------- workers and runs
    def start_worker(self, pool: str, name: str) -> None:
        self.spawn(name, [str(BIN / "prefect"), "worker", "start", "--pool", pool, "--name", f"e2e-{name}"])

    def ensure_workers(self) -> None:
        for pool in ("cpu", "gpu"):
            if not any(n.startswith(f"worker-{pool}") for n in self.procs):
                self.start_worker(pool, f"worker-{pool}-{len(self.procs)}")

    def run_deployment(self, params: dict, job_env: dict | None = None, name: str = "codem/full-matrix") -> str:
        args = ["deployment", "run", name]
        for k, v in params.items():
            args += ["--param", f"{k}={json.dumps(v) if not isinstance(v, str) else v}"]
        if job_env is not None:
            args += ["--job-variable", f"env={json.dumps(job_env)}"]
        out = self.prefect(*args).stdout
        m = UUID_RE.search(out)
        assert m, out
        return m.group(1)

    def wait_final(self, flow_run_id: str, timeout: float, worker: str | None = None):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            fr = self.flow_run(flow_run_id)
            if fr.state and fr.state.type.value in FINAL:
                return fr
            time.sleep(1)
        logs = "\n".join(f"--- {p.name}\n{_tail(p)}" for p in sorted(self.root.glob("worker-*.log")))
        raise AssertionError(
            f"flow run {flow_run_id} not finished after {timeout:.0f}s "
            f"(state {fr.state.name if fr.state else None})\n{logs}"
        )

    def s3fs(self):
        import s3fs

        return s3fs.S3FileSystem(
            key="testing",
            secret="testing",
            client_kwargs={"endpoint_url": self.s3, "region_name": "us-east-1"},
            skip_instance_cache=True,
        )


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    from moto.server import ThreadedMotoServer

    st = Stack(tmp_path_factory.mktemp("deployment-e2e"))
    t0 = time.monotonic()
    try:
        st.spawn("server", [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(st.port)])
        moto_port = _free_port()
        st.moto = ThreadedMotoServer(ip_address="127.0.0.1", port=moto_port, verbose=False)
        st.moto.start()
        st.s3 = f"http://127.0.0.1:{moto_port}"
        boto3.client(
            "s3",
            endpoint_url=st.s3,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            region_name="us-east-1",
        ).create_bucket(Bucket=BUCKET)
        import httpx

        deadline = time.monotonic() + 240  # a cold server start takes 15-60 s on a loaded 2-core machine
        while True:
            assert st.procs["server"].poll() is None, f"prefect server exited:\n{_tail(st.root / 'server.log')}"
            try:
                if httpx.get(f"{st.api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"prefect server not up after 240 s:\n{_tail(st.root / 'server.log')}"
            time.sleep(0.5)
        # What the README's "Scaling out" tells users to run, from the repository root.
        for pool in ("cpu", "gpu"):
            st.prefect(
                "work-pool",
                "create",
                pool,
                "--type",
                "process",
                "--base-job-template",
                f"deployments/work-pools/{pool}-process.json",
                "--overwrite",
            )
        st.prefect("work-pool", "set-concurrency-limit", "gpu", "2")
        st.ensure_workers()  # they start polling while the deployments are created
        dep = st.prefect("--no-prompt", "deploy", "--prefect-file", "deployments/prefect.yaml", "--all")
        assert dep.stdout.count("successfully created") == 7, dep.stdout
        print(f"\nstack up in {time.monotonic() - t0:.0f} s (server, moto, 2 pools, 7 deployments, 2 workers)")
        yield st
    finally:
        st.close()


def test_deployments_from_the_yaml(stack):
    """Each deployment on the pool its stages need; module entrypoints, so no pull step and no path."""
    read = lambda name: stack.client_call(lambda c: c.read_deployment_by_name(name))  # noqa: E731
    full = read("codem/full-matrix")
    assert full.entrypoint == "codem_prefect.flows.full_matrix.codem" and full.work_pool_name == "cpu"
    assert full.parameters == {"preset": "demo", "dispatch": "pools"} and not full.pull_steps
    gpu = read("codem/full-matrix-gpu")  # the paper preset: the parent on cpu, never on the trainer image
    assert gpu.work_pool_name == "cpu" and gpu.parameters == {"preset": "paper", "dispatch": "pools"}
    for stage in ("finetune", "generate"):
        dep = read(f"codem-{stage}/gpu")
        assert dep.entrypoint == f"codem_prefect.flows.stages.{stage}" and dep.work_pool_name == "gpu"
    ev = read("codem/evaluate-model")
    assert ev.parameters["stages"] == ["generate", "execute", "report"] and ev.parameters["models"] == ["base"]
    pool = stack.client_call(lambda c: c.read_work_pool("gpu"))
    assert pool.concurrency_limit == 2
    # the zombie-run automation the README installs for lost GPU machines
    stack.prefect("automation", "create", "--from-file", "deployments/automations.yaml")
    auto = stack.client_call(lambda c: c.read_automations_by_name("codem-crash-zombie-flow-runs"))
    assert len(auto) == 1 and auto[0].actions[0].type == "change-flow-run-state"


def _finetunes(stack, parent: str) -> list:
    return [r for r in stack.children(parent) if r.flow_name == "codem-finetune"]


def _wait_mid_finetune(stack, parent: str, timeout: float) -> list:
    """Wait until one fine-tune flow run has completed and another is inside its fine-tune task."""
    deadline = time.monotonic() + timeout
    while True:
        fr = stack.flow_run(parent)
        assert not (fr.state and fr.state.type.value in FINAL), f"the run ended ({fr.state.name}) before the kill"
        runs = _finetunes(stack, parent)
        done = [r for r in runs if r.state and r.state.name == "Completed"]
        training = [
            r
            for r in runs
            if r.state and r.state.name == "Running" and stack.task_states(str(r.id)).get(r.name) == "Running"
        ]
        if done and training:
            return runs
        seen = [(r.name, r.state.name) for r in runs]
        assert time.monotonic() < deadline, f"no kill point after {timeout:.0f} s: {seen}"
        time.sleep(1)


def _overlap(runs: list) -> bool:
    spans = sorted((r.start_time, r.end_time) for r in runs if r.start_time and r.end_time)
    return any(b[0] < a[1] for a, b in itertools.pairwise(spans))


@requires_local_teacher
def test_full_matrix_on_two_pools_survives_a_gpu_worker_killed_mid_finetune(stack):
    stack.ensure_workers()
    t0 = time.monotonic()
    parent = stack.run_deployment(PARAMS)

    # ---- the gpu worker and its flow runs die mid-fine-tune; the lost runs are marked Crashed
    _wait_mid_finetune(stack, parent, timeout=600)
    t_kill = time.monotonic()
    for name in [n for n in stack.procs if n.startswith("worker-gpu")]:
        stack.stop(name)
    before = _finetunes(stack, parent)
    lost = [r for r in before if r.state and r.state.name in ("Pending", "Running")]  # picked up by the dead worker
    for r in lost:
        stack.kill_flow_run(str(r.id), r.infrastructure_pid)
    time.sleep(1)
    from prefect.states import Crashed

    for r in lost:
        assert not stack.pids_with_env(f"PREFECT__FLOW_RUN_ID={r.id}"), f"processes of {r.name} survived"
        crashed = Crashed(message="gpu worker killed by the test")
        stack.client_call(lambda c, run_id=r.id, state=crashed: c.set_flow_run_state(run_id, state, force=True))
    finished = sorted(r.name for r in before if r.state and r.state.name == "Completed")
    stack.start_worker("gpu", "worker-gpu-restarted")

    fr = stack.wait_final(parent, timeout=900)
    assert fr.state.name == "Completed", f"{fr.state.name}: {fr.state.message}"
    wall = time.monotonic() - t0

    # ---- where everything ran (Prefect API)
    assert fr.work_pool_name == "cpu"
    kids = stack.children(parent)
    remote = [r for r in kids if r.flow_name in ("codem-finetune", "codem-generate")]
    assert remote and {r.work_pool_name for r in remote} == {"gpu"}, [(r.name, r.work_pool_name) for r in remote]
    models = ["base", *(f"codem-{c}" for c in CORPORA)]
    done = {r.name for r in remote if r.state.name == "Completed"}
    assert done == {f"finetune-{c}" for c in CORPORA} | {f"generate-{m}" for m in models}, done
    assert _overlap([r for r in remote if r.flow_name == "codem-finetune"]), "no two fine-tunes overlapped"
    local = {r.flow_name for r in kids if r.work_pool_name is None}  # subflows inside the codem flow run, on cpu
    assert local == {"codem-evolve", "codem-execute", "codem-report"}, local
    execute_flow = next(r for r in kids if r.flow_name == "codem-execute")
    assert set(stack.settled_task_states(str(execute_flow.id))) == {f"execute-{m}" for m in models}

    # ---- nothing that had finished was recomputed: one flow run per finished fine-tune, one Completed task per item
    per_item = {}
    for r in remote:
        per_item.setdefault(r.name, []).append(r.state.name)
    assert all(per_item[name] == ["Completed"] for name in finished), (finished, per_item)
    assert all(sorted(per_item[r.name]) == ["Completed", "Crashed"] for r in lost), (lost, per_item)
    work = stack.client_call(lambda c: work_task_runs(c, parent))
    completed = [
        t.name
        for t in work
        if t.state
        and t.state.name == "Completed"
        and not (t.flow_run_id == fr.id and t.name.startswith(("finetune-", "generate-")))
    ]  # the dispatches
    assert sorted(completed) == sorted(set(completed)), f"an item ran twice: {sorted(completed)}"
    print(
        f"\nrun 1: killed the gpu worker after {t_kill - t0:.0f} s with {finished} done and "
        f"{[r.name for r in lost]} lost; completed in {wall:.0f} s; flow runs on gpu: {per_item}"
    )

    # ---- a second run: everything Cached, no flow run on the gpu pool
    second = stack.run_deployment(PARAMS)
    fr2 = stack.wait_final(second, timeout=420)
    assert fr2.state.name == "Completed", f"{fr2.state.name}: {fr2.state.message}"
    states2 = stack.settled_task_states(second)
    assert states2 and set(states2.values()) == {"Cached"}, states2
    assert not [r for r in stack.children(second) if r.work_pool_name == "gpu"]
    print(f"run 2: {len(states2)} task runs, all Cached, in {time.monotonic() - t0 - wall:.0f} s")

    # ---- the results are in the bucket
    fs = stack.s3fs()
    prefix = f"{BUCKET}/e2e/tiny"
    report = {p.rsplit("/", 1)[-1] for p in fs.ls(f"{prefix}/reports/tiny")}
    assert set(REPORT_FILES) <= report, report
    for png in ("corr_eval_languages.png", "corr_train_corpora.png"):
        assert fs.cat_file(f"{prefix}/reports/tiny/{png}")[:8] == b"\x89PNG\r\n\x1a\n"
    matrix = fs.cat_file(f"{prefix}/reports/tiny/matrix.csv").decode().splitlines()
    assert matrix[0].startswith("train,") and {"python", "go"} <= set(matrix[0].split(",")), matrix
    assert matrix[1].startswith("base,"), matrix
    assert len(matrix) == 1 + len(models)
    assert fs.ls(f"{prefix}/_prefect/results"), "task results are persisted in the store"


def test_bad_config_fails_the_deployment_run_with_one_line(stack):
    """At the start of a deployment run, before any task: one-line Failed state message, no task run."""
    stack.ensure_workers()
    closed = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    cases = {
        "unknown pipeline preset 'no-such-preset'": stack.run_deployment({"preset": "no-such-preset"}),
        f"cannot reach S3 endpoint {closed}": stack.run_deployment(
            {**PARAMS, "store": f"s3://{BUCKET}/bad"}, job_env={"CODEM_S3_ENDPOINT_URL": closed}
        ),
        "no usable S3 credentials": stack.run_deployment(
            {**PARAMS, "store": f"s3://{BUCKET}/bad"}, job_env={"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""}
        ),
    }
    # submitted through `codem pipeline run --deployment ... --watch`: the worker's flow run fails,
    # the CLI says so in one line
    watched = subprocess.Popen(
        [
            str(BIN / "codem"),
            "pipeline",
            "run",
            "--deployment",
            "codem/full-matrix",
            "--preset",
            "tiny",
            "--store",
            f"s3://{BUCKET}/bad",
            "--storage-block",
            "no-such-block",
            "--watch",
        ],
        cwd=stack.root,
        env=stack.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for message, run_id in cases.items():
        fr = stack.wait_final(run_id, timeout=240)
        assert fr.state.name == "Failed", (message, fr.state)
        assert message in fr.state.message and "\n" not in fr.state.message, fr.state.message
        assert stack.settled_task_states(run_id, timeout=5) == {}, f"{message}: tasks ran"
    out, err = watched.communicate(timeout=240)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert watched.returncode == 2 and len(lines) == 1, (watched.returncode, out, err)
    assert re.match(
        r"error: flow run \S+ \([0-9a-f-]{36}\) ended Failed: .*no Prefect Secret block 'no-such-block'", lines[0]
    ), lines


def test_cli_bad_config_one_line_nonzero_exit(stack):
    """``codem pipeline run`` and ``codem pipeline check --pool``: one line on stderr, exit 2, nothing started."""
    from prefect.client.schemas.actions import WorkPoolCreate

    stack.ensure_workers()
    stack.client_call(lambda c: c.create_work_pool(WorkPoolCreate(name="idle", type="process"), overwrite=True))
    stack.client_call(
        lambda c: c.create_deployment(
            c.create_flow_from_name("codem"),
            "on-idle-pool",
            work_pool_name="idle",
            entrypoint="codem_prefect.flows.full_matrix.codem",
        )
    )
    codem = str(BIN / "codem")
    closed = f"http://127.0.0.1:{_free_port()}"
    local = str(stack.root / "cli-store")
    no_creds = {"AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None}
    cases = [
        (["pipeline", "run", "--preset", "no-such-preset"], {}, "unknown pipeline preset 'no-such-preset'"),
        (["pipeline", "run", "--preset", "tiny", "--stages", "evolve,deploy"], {}, "unknown stage 'deploy'"),
        (
            ["pipeline", "run", "--preset", "tiny", "--store", f"s3://{BUCKET}/cli"],
            {"CODEM_S3_ENDPOINT_URL": closed},
            f"cannot reach S3 endpoint {closed}",
        ),
        (
            ["pipeline", "run", "--preset", "tiny", "--store", f"s3://{BUCKET}/cli"],
            no_creds,
            "no usable S3 credentials",
        ),
        (
            ["pipeline", "run", "--preset", "tiny", "--store", "s3://no-such-bucket/cli"],
            {},
            "S3 bucket 'no-such-bucket' does not exist",
        ),
        (
            ["pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "no-pool"],
            {},
            f"no work pool 'no-pool' on {stack.api}",
        ),
        (
            ["pipeline", "run", "--preset", "tiny", "--store", local, "--dispatch", "cluster"],
            {},
            "unknown dispatch 'cluster'",
        ),
        (
            ["pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "idle"],
            {},
            "no online worker in work pool 'idle'",
        ),
        (
            ["pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "cpu"],
            {"PREFECT_API_URL": None},
            "PREFECT_API_URL is not set",
        ),
        (
            ["pipeline", "run", "--preset", "tiny", "--deployment", "codem/on-idle-pool"],
            {},
            "no online worker in work pool 'idle'",
        ),
        (["pipeline", "run", "--preset", "tiny", "--deployment", "codem/no-such"], {}, "no deployment 'codem/no-such'"),
        (
            ["pipeline", "run", "--preset", "no-such-preset", "--deployment", "codem/full-matrix"],
            {},
            "unknown pipeline preset",
        ),
    ]
    # all at once (each is a cold `codem` start); `run` never reaches Prefect: nothing may start a server
    procs = [
        (
            subprocess.Popen(
                [codem, *args],
                cwd=stack.root,
                env=stack.env(**env),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            ),
            args,
            msg,
        )
        for args, env, msg in cases
    ]
    ok = subprocess.run(
        [codem, "pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "cpu"],
        cwd=stack.root,
        env=stack.env(),
        capture_output=True,
        text=True,
        timeout=180,
    )
    for proc, args, msg in procs:
        out, err = proc.communicate(timeout=180)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert proc.returncode == 2, (args, proc.returncode, out, err)
        assert lines == [lines[0]] and lines[0].startswith("error: ") and msg in lines[0], (args, err)
        assert not out.strip(), (args, out)
    assert ok.returncode == 0 and "pool cpu has a worker" in ok.stdout, (ok.stdout, ok.stderr)
