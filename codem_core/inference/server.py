"""An OpenAI-compatible server for one model, started for a generation and stopped after it.

    with ModelServer(spec, name="codem-go") as server:      # engine "auto"
        backend = OpenAIBackend(server.base_url, server.name)

The server answers to a *served name* (the pipeline's model name: ``base``, ``codem-go``), which is
what every request asks for; never the local folder the weights were downloaded to (a server
answers 404 to a model it does not serve under that name).

Engines (``engine``):

* ``llama.cpp``: ``python -m llama_cpp.server`` (llama-cpp-python[server]) for a GGUF model (a
  ``.gguf`` file, a folder holding one, ``smollm2``), ``--model_alias NAME``;
* ``vllm``: ``python -m vllm.entrypoints.openai.api_server`` on a GPU for a transformers folder
  or a hub id (``--revision`` pins a hub model's commit), ``--served-model-name NAME``;
* ``auto``: GGUF -> llama.cpp; anything else -> vLLM when it is installed and CUDA is there;
  otherwise one line saying what is missing;
* ``command``: any other OpenAI-compatible server (SGLang, TGI, ...): a command line template
  with ``{model}``, ``{name}``, ``{port}`` (and ``{python}``), e.g. ``{python} -m sglang.launch_server
  --model-path {model} --served-model-name {name} --port {port}``.

It binds 127.0.0.1 on a free port; ``start`` waits until ``/v1/models`` lists the served name
(or the process exits: its last log lines are in the error); ``stop`` terminates it, then kills
it if it lingers.  Its output goes to ``log_path`` (default: a temp file).
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from ..errors import CodemError

ENGINES = ("auto", "vllm", "llama.cpp", "command")


class ServerError(CodemError):
    """The model server could not be started (missing engine, wrong model kind, it died or never answered)."""


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gguf_file(spec: str) -> Path | None:
    """The GGUF a model spec names (a .gguf file, a folder with exactly one, ``smollm2``), else None."""
    from ..training.models import SMOLLM2_ALIASES, smollm2_gguf_path

    if spec.strip().lower() in SMOLLM2_ALIASES:
        return smollm2_gguf_path()
    path = Path(spec).expanduser()
    if path.suffix.lower() == ".gguf" and path.is_file():
        return path
    if path.is_dir() and not (path / "config.json").is_file():
        found = sorted(path.glob("*.gguf"))
        return found[0] if len(found) == 1 else None
    return None


def choose_engine(spec: str, engine: str = "auto") -> str:
    """The engine that serves ``spec``: the one asked for, or (``auto``) llama.cpp for a GGUF, else vLLM on a GPU."""
    if engine not in ENGINES:
        raise ServerError(f"unknown server engine {engine!r}: use {', '.join(ENGINES)}")
    if engine == "vllm":
        from ..devices import require_cuda

        require_cuda("the vLLM server")
    if engine != "auto":
        return engine
    if gguf_file(spec) is not None:
        return "llama.cpp"
    from ..devices import cuda_available

    if importlib.util.find_spec("vllm") is not None and cuda_available():
        return "vllm"
    raise ServerError(
        f"no server engine for {spec}: a transformers model needs vLLM on a GPU (pip install vllm), "
        "a GGUF model llama-cpp-python[server]; or set generate.backend: transformers"
    )


def server_command(
    engine: str,
    spec: str,
    name: str,
    port: int,
    *,
    revision: str | None = None,
    threads: int | None = None,
    template: str | None = None,
) -> list[str]:
    """The command line that serves ``spec`` as ``name`` on 127.0.0.1:``port``."""
    if engine == "command":
        import shlex

        if not template:
            raise ServerError("server engine 'command' needs a command line (generate.server_command)")
        fields = {"model": spec, "name": name, "port": str(port), "python": sys.executable}
        try:
            return [part.format(**fields) for part in shlex.split(template)]
        except (KeyError, IndexError, ValueError) as exc:
            raise ServerError(
                f"bad server command {template!r}: use {{model}}, {{name}}, {{port}}, {{python}} ({exc})"
            ) from None
    _engine_installed(engine)
    if engine == "llama.cpp":
        gguf = gguf_file(spec)
        if gguf is None:
            raise ServerError(f"llama.cpp serves GGUF models; {spec} is not one (use engine vllm)")
        cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--model_alias", name]
        cmd += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--verbose", "False"]
        return cmd + (["--n_threads", str(threads)] if threads else [])
    if engine == "vllm":
        cmd = [sys.executable, "-m", "vllm.entrypoints.openai.api_server", "--model", spec]
        cmd += ["--served-model-name", name, "--host", "127.0.0.1", "--port", str(port)]
        return cmd + (["--revision", revision] if revision else [])
    raise ServerError(f"unknown server engine {engine!r}: use {', '.join(ENGINES)}")


def _engine_installed(engine: str) -> None:
    module = {"llama.cpp": "llama_cpp", "vllm": "vllm"}[engine]
    if importlib.util.find_spec(module) is None:
        what = "llama-cpp-python[server]" if engine == "llama.cpp" else "vllm"
        raise ServerError(f"the {engine} server is not installed: pip install {what}")


class ModelServer:
    """One model behind an OpenAI-compatible API on loopback, for the length of a ``with`` block."""

    def __init__(
        self,
        spec: str,
        name: str,
        *,
        engine: str = "auto",
        revision: str | None = None,
        threads: int | None = None,
        command: str | None = None,
        startup_timeout: float = 900.0,
        log_path: str | Path | None = None,
    ):
        self.spec, self.name = str(spec), name
        self.engine = choose_engine(self.spec, engine)
        self.port = free_port()
        self.command = server_command(
            self.engine, self.spec, name, self.port, revision=revision, threads=threads, template=command
        )
        self.startup_timeout = startup_timeout
        self.log_path = Path(log_path) if log_path else Path(tempfile.mkstemp(prefix="codem-server-", suffix=".log")[1])
        self.proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> ModelServer:
        with open(self.log_path, "ab") as out:
            self.proc = subprocess.Popen(self.command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.stop()
                raise ServerError(f"the {self.engine} server for {self.spec} exited (code {code}): {self._tail()}")
            if self.name in self._served():
                return self
            time.sleep(0.3)
        self.stop()
        raise ServerError(f"the {self.engine} server for {self.spec} did not answer in {self.startup_timeout:.0f} s")

    def _served(self) -> list[str]:
        try:
            with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as resp:
                return [m.get("id") for m in json.loads(resp.read()).get("data", [])]
        except (urllib.error.URLError, OSError, ValueError):
            return []

    def _tail(self) -> str:
        try:
            lines = [ln for ln in self.log_path.read_text(errors="replace").splitlines() if ln.strip()]
        except OSError:
            return "no log"
        return " | ".join(lines[-3:])[:400] or "no output"

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)

    def __enter__(self) -> ModelServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@contextlib.contextmanager
def model_endpoint(settings, spec: str, name: str, *, revision: str | None = None, log=print) -> Iterator[tuple]:
    """(model to ask for, base URL) of one model's generation under ``settings`` (the pipeline's generate section).

    transformers: the model spec itself, no URL.  openai with ``server: none``: the server at ``base_url``,
    asked for ``served_model_name`` (None: the first model it lists).  openai with a server engine: a server
    started here for ``spec`` under the served name ``name``, stopped when the block ends."""
    if settings.backend != "openai":
        yield spec, None
        return
    if settings.server == "none":
        yield settings.served_model_name, settings.base_url
        return
    server = ModelServer(spec, name, engine=settings.server, revision=revision, command=settings.server_command)
    with server:
        log(f"serving {spec} as {name!r} ({server.engine}) at {server.base_url}; log {server.log_path}")
        yield name, server.base_url
