"""Issue 6 end to end: ``deployments/prefect.yaml`` deployed for real, run by a real worker, against S3.

A Prefect server subprocess (temporary PREFECT_HOME, free port), a ``moto`` S3 server on
127.0.0.1, the ``cpu`` process pool created from ``deployments/work-pools/cpu-process.json``,
``prefect deploy --prefect-file deployments/prefect.yaml`` (the cpu deployments), and
``prefect worker start --pool cpu`` subprocesses. Then, through ``prefect deployment run
codem/full-matrix`` with the tiny preset as deployment parameters and ``store=s3://...``:

- kill-and-resume: the worker and the flow run's processes are SIGKILLed once some tasks have
  Completed; the flow run is marked Crashed; a new worker and a new deployment run complete,
  and every task that had Completed in the first run is ``Cached`` in the second (task-run
  states from the API); the report, matrix and heatmaps are in the bucket.
- bad config at the start of a deployment run (unknown preset, unreachable S3 endpoint, no S3
  credentials on the worker) fails the flow run with one line and no task run.
- the CLI paths (``codem pipeline run [--deployment D]`` / ``codem pipeline check --pool P``) fail
  with one line and exit 2: unknown preset or stage, unreachable storage, missing credentials,
  missing bucket, no such pool/deployment, a pool without an online worker; ``--watch`` reports a
  deployment run that failed on the worker in one line.

Select with ``-m deployment``. Every subprocess runs in its own process group and is killed at
teardown (plus anything still carrying this test's PREFECT_HOME in its environment).
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.teacher_server import requires_local_teacher

pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")
pytest.importorskip("s3fs")

pytestmark = [pytest.mark.slow, pytest.mark.deployment]

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
BUCKET = "codem-e2e"
# The tiny preset, made smaller still through deployment parameters: one corpus (Go: the
# teacher's seed-42 answer survives cleaning, so a model is trained), two evaluation languages.
PARAMS = {"preset": "tiny", "corpora": ["go"], "languages": ["python", "go"], "store": f"s3://{BUCKET}/e2e"}
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
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("PREFECT_", "AWS_")) and k not in ("CODEM_STORE", "CODEM_S3_ENDPOINT_URL", "CODEM_HOME")}
        env.update({
            "PREFECT_HOME": str(self.home), "PREFECT_API_URL": self.api,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_UI_ENABLED": "false",
            # services this test does not need (it creates its runs itself): less load on 2 cores
            **{f"PREFECT_SERVER_SERVICES_{s}_ENABLED": "false"
               for s in ("SCHEDULER", "LATE_RUNS", "PAUSE_EXPIRATIONS", "CANCELLATION_CLEANUP", "REPOSSESSOR", "TRIGGERS",
                         "EVENT_PERSISTER", "FOREMAN", "CLEANUP_RECONCILER")},
            "PREFECT_WORKER_QUERY_SECONDS": "1", "PREFECT_CLI_WRAP_LINES": "false", "COLUMNS": "200",
            "CODEM_REPO": str(REPO), "CODEM_HOME": str(self.root / "codem-home"), "CODEM_OFFLINE": "1",
            "CODEM_S3_ENDPOINT_URL": self.s3, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
            "AWS_SHARED_CREDENTIALS_FILE": str(self.root / "no-aws-credentials"), "AWS_CONFIG_FILE": str(self.root / "no-aws-config"),
            "PYTHONUNBUFFERED": "1",
        })
        env.update(extra)
        return {k: v for k, v in env.items() if v is not None}

    # -------------------------------------------------------------- processes
    def spawn(self, name: str, args: list[str], **env: str) -> subprocess.Popen:
        log = open(self.root / f"{name}.log", "ab")
        proc = subprocess.Popen(args, cwd=REPO, env=self.env(**env), stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
        log.close()
        self.procs[name] = proc
        return proc

    def cli(self, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), cwd=REPO, env=self.env(**env), capture_output=True, text=True, timeout=timeout)

    def prefect(self, *args: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess:
        res = self.cli(str(BIN / "prefect"), *args, timeout=timeout, **env)
        assert res.returncode == 0, f"prefect {' '.join(args)} -> rc {res.returncode}\n{res.stdout[-3000:]}\n{res.stderr[-3000:]}"
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
        from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
        from prefect.client.schemas.sorting import TaskRunSort

        runs = self.client_call(lambda c: c.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])),
            sort=TaskRunSort.EXPECTED_START_TIME_ASC, limit=200, offset=0))
        return {r.name: (r.state.name if r.state else None) for r in runs}

    def settled_task_states(self, flow_run_id: str, timeout: float = 30) -> dict[str, str | None]:
        """Task-run states reach the API through events, a moment after the fact: wait until they stop changing."""
        last, stable_since = None, time.monotonic()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            cur = self.task_states(flow_run_id)
            if cur != last:
                last, stable_since = cur, time.monotonic()
            elif time.monotonic() - stable_since > 3 and all(cur.values()):
                break
            time.sleep(0.5)
        return last or {}

    # -------------------------------------------------------------- workers and runs
    def ensure_worker(self, name: str = "worker-2") -> None:
        if not any(n.startswith("worker") for n in self.procs):
            self.spawn(name, [str(BIN / "prefect"), "worker", "start", "--pool", "cpu", "--name", f"e2e-{name}"])

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
        logs = "\n".join(f"--- {w}\n{_tail(self.root / f'{w}.log')}" for w in self.procs if w.startswith("worker"))
        raise AssertionError(f"flow run {flow_run_id} not finished after {timeout:.0f}s "
                             f"(state {fr.state.name if fr.state else None})\n{logs}")

    def s3fs(self):
        import s3fs

        return s3fs.S3FileSystem(key="testing", secret="testing", client_kwargs={"endpoint_url": self.s3, "region_name": "us-east-1"},
                                 skip_instance_cache=True)


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
        boto3.client("s3", endpoint_url=st.s3, aws_access_key_id="testing", aws_secret_access_key="testing",
                     region_name="us-east-1").create_bucket(Bucket=BUCKET)
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
        # What docs/orchestration.md tells users to run, from the repository root.
        st.prefect("work-pool", "create", "cpu", "--type", "process", "--base-job-template",
                   "deployments/work-pools/cpu-process.json", "--overwrite")
        st.ensure_worker("worker-1")  # starts polling while the deployments are created
        dep = st.prefect("--no-prompt", "deploy", "--prefect-file", "deployments/prefect.yaml",
                         "--name", "full-matrix", "--name", "reevaluate", "--name", "evolve-only", "--name", "evaluate-model")
        assert dep.stdout.count("successfully created") == 4, dep.stdout
        print(f"\nstack up in {time.monotonic() - t0:.0f} s (server, moto, pool, 4 deployments, worker)")
        yield st
    finally:
        st.close()


def test_deployments_from_the_yaml(stack):
    """The deployments carry the yaml's entrypoint, pool, parameters and pull step (CODEM_REPO resolved)."""
    dep = stack.client_call(lambda c: c.read_deployment_by_name("codem/full-matrix"))
    assert dep.entrypoint == "flows/full_matrix.py:codem" and dep.work_pool_name == "cpu"
    assert dep.parameters == {"preset": "demo"}
    assert dep.pull_steps == [{"prefect.deployments.steps.set_working_directory": {"directory": str(REPO)}}]
    ev = stack.client_call(lambda c: c.read_deployment_by_name("codem/evaluate-model"))
    assert ev.parameters["stages"] == ["generate", "execute", "report"] and ev.parameters["models"] == ["base"]


@requires_local_teacher
def test_kill_worker_mid_run_then_resume_from_cache(stack):
    t0 = time.monotonic()
    first = stack.run_deployment(PARAMS)

    # ---- run 1: wait for some finished tasks, then kill the worker and the flow run's processes
    deadline = time.monotonic() + 420
    while True:
        states = stack.task_states(first)
        fr = stack.flow_run(first)
        assert not (fr.state and fr.state.type.value in FINAL), \
            f"the first run ended ({fr.state.name}) before the kill; tasks {states}\n{_tail(stack.root / 'worker-1.log')}"
        if sum(s == "Completed" for s in states.values()) >= 2:
            break
        assert time.monotonic() < deadline, f"no 2 Completed tasks after 420 s: {states}\n{_tail(stack.root / 'worker-1.log')}"
        time.sleep(1)
    t_kill = time.monotonic()
    stack.stop("worker-1")
    stack.kill_flow_run(first, fr.infrastructure_pid)
    time.sleep(1)
    assert not stack.pids_with_env(f"PREFECT__FLOW_RUN_ID={first}"), "processes of the killed flow run survived"

    from prefect.states import Crashed

    stack.client_call(lambda c: c.set_flow_run_state(first, Crashed(message="worker killed by the test"), force=True))
    run1 = stack.settled_task_states(first)
    done1 = sorted(n for n, s in run1.items() if s == "Completed")
    assert len(done1) >= 2, run1
    assert stack.flow_run(first).state.name == "Crashed"

    # ---- run 2: a new worker, a new deployment run
    stack.ensure_worker("worker-2")
    second = stack.run_deployment(PARAMS)
    fr2 = stack.wait_final(second, timeout=420)
    assert fr2.state.name == "Completed", f"{fr2.state.name}: {fr2.state.message}\n{_tail(stack.root / 'worker-2.log')}"
    run2 = stack.settled_task_states(second)

    cached = sorted(n for n, s in run2.items() if s == "Cached")
    ran = sorted(n for n, s in run2.items() if s == "Completed")
    print(f"\nrun 1 (killed after {t_kill - t0:.0f} s): {run1}\nrun 2: {run2}\n"
          f"first run completed {len(done1)}; second run cached {len(cached)}, ran {len(ran)}; "
          f"kill-and-resume wall {time.monotonic() - t0:.0f} s")
    assert {n: run2.get(n) for n in done1} == {n: "Cached" for n in done1}, "a task finished in run 1 was recomputed"
    assert set(run2.values()) <= {"Cached", "Completed"}, run2
    assert ran and not set(ran) & set(done1), "run 2 had nothing left to do: the kill was not mid-run"
    assert {"evolve-go", "generate-base", "execute-base", "report-tiny"} <= set(run2), run2

    # ---- the results are in the bucket
    fs = stack.s3fs()
    prefix = f"{BUCKET}/e2e/tiny"
    report = {p.rsplit("/", 1)[-1] for p in fs.ls(f"{prefix}/reports/tiny")}
    assert set(REPORT_FILES) <= report, report
    for png in ("corr_eval_languages.png", "corr_train_corpora.png"):
        assert fs.cat_file(f"{prefix}/reports/tiny/{png}")[:8] == b"\x89PNG\r\n\x1a\n"
    matrix = fs.cat_file(f"{prefix}/reports/tiny/matrix.csv").decode().splitlines()
    assert matrix[0].startswith("train,") and "go" in matrix[0].split(",") and matrix[1].startswith("base,"), matrix
    assert json.loads(fs.cat_file(f"{prefix}/reports/tiny/report.json"))
    assert fs.ls(f"{prefix}/_prefect/results"), "task results are persisted in the store"
    assert fr2.state.type.value == "COMPLETED"


def test_bad_config_fails_the_deployment_run_with_one_line(stack):
    """At the start of a deployment run, before any task: one-line Failed state message, no task run."""
    stack.ensure_worker()
    closed = f"http://127.0.0.1:{_free_port()}"  # nothing listens there
    cases = {
        "unknown pipeline preset 'no-such-preset'": stack.run_deployment({"preset": "no-such-preset"}),
        f"cannot reach S3 endpoint {closed}": stack.run_deployment(
            {**PARAMS, "store": f"s3://{BUCKET}/bad"}, job_env={"CODEM_S3_ENDPOINT_URL": closed}),
        "no usable S3 credentials": stack.run_deployment(
            {**PARAMS, "store": f"s3://{BUCKET}/bad"}, job_env={"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": ""}),
    }
    # submitted through `codem pipeline run --deployment ... --watch`: the worker's flow run fails, the CLI says so in one line
    watched = subprocess.Popen([str(BIN / "codem"), "pipeline", "run", "--deployment", "codem/full-matrix", "--preset", "tiny",
                                "--store", f"s3://{BUCKET}/bad", "--storage-block", "no-such-block", "--watch"],
                               cwd=stack.root, env=stack.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for message, run_id in cases.items():
        fr = stack.wait_final(run_id, timeout=240)
        assert fr.state.name == "Failed", (message, fr.state)
        assert message in fr.state.message and "\n" not in fr.state.message, fr.state.message
        assert stack.settled_task_states(run_id, timeout=5) == {}, f"{message}: tasks ran"
    out, err = watched.communicate(timeout=240)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert watched.returncode == 2 and len(lines) == 1, (watched.returncode, out, err)
    assert re.match(r"error: flow run \S+ \([0-9a-f-]{36}\) ended Failed: .*no Prefect Secret block 'no-such-block'", lines[0]), lines


def test_cli_bad_config_one_line_nonzero_exit(stack):
    """``codem pipeline run`` and ``codem pipeline check --pool``: one line on stderr, exit 2, nothing started."""
    from prefect.client.schemas.actions import WorkPoolCreate

    stack.ensure_worker()
    stack.client_call(lambda c: c.create_work_pool(WorkPoolCreate(name="idle", type="process"), overwrite=True))
    stack.client_call(lambda c: c.create_deployment(c.create_flow_from_name("codem"), "on-idle-pool", work_pool_name="idle",
                                                    entrypoint="flows/full_matrix.py:codem"))
    codem = str(BIN / "codem")
    closed = f"http://127.0.0.1:{_free_port()}"
    local = str(stack.root / "cli-store")
    no_creds = {"AWS_ACCESS_KEY_ID": None, "AWS_SECRET_ACCESS_KEY": None}
    cases = [
        (["pipeline", "run", "--preset", "no-such-preset"], {}, "unknown pipeline preset 'no-such-preset'"),
        (["pipeline", "run", "--preset", "tiny", "--stages", "evolve,deploy"], {}, "unknown stage 'deploy'"),
        (["pipeline", "run", "--preset", "tiny", "--store", f"s3://{BUCKET}/cli"], {"CODEM_S3_ENDPOINT_URL": closed},
         f"cannot reach S3 endpoint {closed}"),
        (["pipeline", "run", "--preset", "tiny", "--store", f"s3://{BUCKET}/cli"], no_creds, "no usable S3 credentials"),
        (["pipeline", "run", "--preset", "tiny", "--store", "s3://no-such-bucket/cli"], {}, "S3 bucket 'no-such-bucket' does not exist"),
        (["pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "gpu"], {},
         f"no work pool 'gpu' on {stack.api}"),
        (["pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "idle"], {},
         "no online worker in work pool 'idle'"),
        (["pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "cpu"],
         {"PREFECT_API_URL": None}, "PREFECT_API_URL is not set"),
        (["pipeline", "run", "--preset", "tiny", "--deployment", "codem/on-idle-pool"], {}, "no online worker in work pool 'idle'"),
        (["pipeline", "run", "--preset", "tiny", "--deployment", "codem/no-such"], {}, "no deployment 'codem/no-such'"),
        (["pipeline", "run", "--preset", "no-such-preset", "--deployment", "codem/full-matrix"], {}, "unknown pipeline preset"),
    ]
    # all at once (each is a cold `codem` start); `run` never reaches Prefect: nothing may start a server
    procs = [(subprocess.Popen([codem, *args], cwd=stack.root, env=stack.env(**env), stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True), args, msg) for args, env, msg in cases]
    ok = subprocess.run([codem, "pipeline", "check", "--preset", "tiny", "--stages", "report", "--store", local, "--pool", "cpu"],
                        cwd=stack.root, env=stack.env(), capture_output=True, text=True, timeout=180)
    for proc, args, msg in procs:
        out, err = proc.communicate(timeout=180)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert proc.returncode == 2, (args, proc.returncode, out, err)
        assert lines == [lines[0]] and lines[0].startswith("error: ") and msg in lines[0], (args, err)
        assert not out.strip(), (args, out)
    assert ok.returncode == 0 and "pool cpu has a worker" in ok.stdout, (ok.stdout, ok.stderr)
