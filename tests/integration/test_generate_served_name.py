"""The generate stage through an OpenAI-compatible server: it starts one for the model (here a stand-in that,
like vLLM, answers 404 to any name but its served one) and asks it by the model's served name, never by the
local folder the weights were downloaded to; a server that dies or cannot be chosen is one line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from codem_core.inference.server import ModelServer, ServerError, choose_engine, model_endpoint
from codem_core.pipeline.config import load_pipeline_preset
from codem_core.storage import ArtifactStore, generations_key, model_key

STUB = Path(__file__).resolve().parent / "openai_stub.py"


def _asked(log: Path) -> list[str]:
    return [json.loads(line)["model"] for line in log.read_text().splitlines()] if log.is_file() else []


def _command(log: Path) -> str:
    return f"{{python}} {STUB} --port {{port}} --name {{name}} --log {log}"


def test_the_generate_stage_starts_a_server_and_asks_it_by_the_served_name(tmp_path, data_dir):
    from codem_core.pipeline.stages import generate

    log = tmp_path / "asked.jsonl"
    cfg = load_pipeline_preset(
        "tiny",
        {
            "corpora": ["python"],
            "languages": ["python", "go"],
            "generate": {
                "backend": "openai",
                "server": "command",
                "server_command": _command(log),
                "problems_per_language": 2,
            },
        },
    )
    store = ArtifactStore(tmp_path / "store")
    weights = tmp_path / "trained"
    weights.mkdir()
    (weights / "config.json").write_text("{}")
    manifest = store.upload_dir(weights, model_key("python"))
    messages: list[str] = []
    res = generate(cfg, store, "codem-python", "f" * 64, tmp_path / "work", log=messages.append)
    asked = _asked(log)
    assert asked == ["codem-python"] * 4, asked  # 2 problems x 2 languages, by name, never the folder
    assert any("serving " in m and "as 'codem-python'" in m for m in messages), messages
    rows = store.read_jsonl(generations_key("codem-python", "python"))
    assert len(rows) == 2 and all(r["completion"].strip() == "return 0" for r in rows)
    assert res and manifest


def test_an_already_running_server_is_asked_for_its_served_name(tmp_path):
    """server: none: the server at base_url, asked for served_model_name, else the first model it lists."""
    log = tmp_path / "asked.jsonl"
    cfg = load_pipeline_preset("tiny", {"generate": {"backend": "openai", "server": "none"}})
    with ModelServer("/models/some-folder", "codem-rust", engine="command", command=_command(log)) as server:
        g = cfg.generate.model_copy(update={"base_url": server.base_url})
        with model_endpoint(g, "/models/some-folder", "codem-rust") as (asked, url):
            assert (asked, url) == (None, server.base_url)  # the backend asks the server which model it serves
        from codem_core.inference.backends import make_backend

        be = make_backend("openai", asked, base_url=url)
        assert be.info.model == "codem-rust"
        g = g.model_copy(update={"served_model_name": "codem-rust"})
        with model_endpoint(g, "/models/some-folder", "codem-rust") as (asked, url):
            assert asked == "codem-rust"
    assert server.proc is None


def test_the_server_is_stopped_after_the_block_even_on_error(tmp_path):
    import urllib.error
    import urllib.request

    log = tmp_path / "asked.jsonl"
    cfg = load_pipeline_preset("tiny", {"generate": {"backend": "openai", "server": "command"}})
    g = cfg.generate.model_copy(update={"server_command": _command(log)})
    seen: list[str] = []
    with pytest.raises(RuntimeError), model_endpoint(g, "/m", "base") as (asked, url):
        seen.append(url)
        with urllib.request.urlopen(f"{url}/models", timeout=5) as resp:
            assert [m["id"] for m in json.loads(resp.read())["data"]] == ["base"]
        raise RuntimeError("generation failed")
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{seen[0]}/models", timeout=5)


def test_a_server_that_dies_is_one_line_with_its_exit_code(tmp_path):
    dying = f"{sys.executable} -c \"import sys; print('CUDA out of memory'); sys.exit(3)\""
    with pytest.raises(ServerError) as exc:
        ModelServer("/m", "base", engine="command", command=dying, startup_timeout=60).start()
    msg = str(exc.value)
    assert "\n" not in msg and "exited (code 3)" in msg and "CUDA out of memory" in msg


def test_engine_choice_and_bad_commands_are_one_line(tmp_path, monkeypatch):
    monkeypatch.delenv("CODEM_REQUIRE_CUDA", raising=False)
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    assert choose_engine(str(gguf)) == "llama.cpp"
    folder = tmp_path / "hf-model"
    folder.mkdir()
    (folder / "config.json").write_text("{}")
    with pytest.raises(ServerError, match="needs vLLM on a GPU"):
        choose_engine(str(folder))  # a transformers folder, no vLLM/CUDA here
    with pytest.raises(ServerError, match="unknown server engine"):
        choose_engine(str(gguf), "tgi")
    with pytest.raises(ServerError, match="needs a command line"):
        ModelServer("/m", "base", engine="command")
    with pytest.raises(ServerError, match="bad server command"):
        ModelServer("/m", "base", engine="command", command="serve {model} --gpu {gpu}")


def test_vllm_on_the_gpu_pool_without_cuda_refuses(monkeypatch):
    from codem_core import devices

    monkeypatch.setenv("CODEM_REQUIRE_CUDA", "1")
    monkeypatch.setattr(devices, "cuda_available", lambda: False)
    with pytest.raises(devices.CudaRequiredError, match="the vLLM server needs a GPU"):
        choose_engine("/models/codem-go", "vllm")
