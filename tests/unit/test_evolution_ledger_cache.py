"""Cache keys, atomic entries, ledger totals, prices and Retry-After parsing."""

import httpx2
import openai

from codem_core.evolution.cache import ResponseCache, cache_key
from codem_core.evolution.ledger import Calibration, Ledger, price_for
from codem_core.evolution.teacher import MalformedResponse, retry_after_seconds, retry_reason


def test_cache_key_depends_on_model_params_prompt_template():
    m = [{"role": "user", "content": "x"}]
    base = cache_key("gpt", {"temperature": 0.2}, m, "h")
    assert base == cache_key("gpt", {"temperature": 0.2}, m, "h")
    assert (
        len(
            {
                base,
                cache_key("gpt2", {"temperature": 0.2}, m, "h"),
                cache_key("gpt", {"temperature": 0.3}, m, "h"),
                cache_key("gpt", {"temperature": 0.2}, [{"role": "user", "content": "y"}], "h"),
                cache_key("gpt", {"temperature": 0.2}, m, "h2"),
            }
        )
        == 5
    )


def test_cache_roundtrip_and_corrupt_entry(tmp_path):
    c = ResponseCache(tmp_path)
    c.put("ab" + "0" * 62, {"content": "hi"})
    assert c.get("ab" + "0" * 62)["content"] == "hi" and len(c) == 1
    (tmp_path / "cd").mkdir()
    (tmp_path / "cd" / ("cd" + "1" * 62 + ".json")).write_text("{trunc")
    assert c.get("cd" + "1" * 62) is None
    assert not list(tmp_path.rglob("*.tmp"))


def test_ledger_totals_and_cost(tmp_path):
    led = Ledger()
    for _ in range(3):
        led.attempt("gpt-3.5-turbo", "evolve")
    led.retry("gpt-3.5-turbo", "evolve", "429")
    led.retry("gpt-3.5-turbo", "evolve", "5xx")
    led.response("gpt-3.5-turbo", "evolve", 1_000_000, 0, 4_000_000, 1)
    led.response("gpt-3.5-turbo", "answer", 0, 1_000_000, 10, 2)
    led.cache_hit("gpt-3.5-turbo", "answer")
    d = led.to_dict()
    assert d["requests"] == 3 and d["retries_total"] == 2 and d["cache_hits"] == 1
    assert abs(d["cost_usd"] - (0.50 + 1.50)) < 1e-9
    assert price_for("unknown-model").known is False and price_for("smollm2-135m-instruct").known
    cal = Calibration(tmp_path / "cal.json")
    cal.update(led)
    again = Calibration(tmp_path / "cal.json")
    assert again.get("gpt-3.5-turbo", "evolve")["prompt_chars"] == 4_000_000


def _status_error(code, headers=None):
    req = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    resp = httpx2.Response(code, headers=headers or {}, request=req)
    return openai.APIStatusError.__subclasses__, resp


def test_retry_classification():
    req = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    rl = openai.RateLimitError(
        "rl", response=httpx2.Response(429, headers={"Retry-After": "3"}, request=req), body=None
    )
    assert retry_reason(rl) == "429" and retry_after_seconds(rl) == 3.0
    ise = openai.InternalServerError("x", response=httpx2.Response(503, request=req), body=None)
    assert retry_reason(ise) == "5xx" and retry_after_seconds(ise) is None
    assert retry_reason(openai.APITimeoutError(request=req)) == "timeout"
    assert retry_reason(openai.APIConnectionError(request=req)) == "connection"
    assert retry_reason(MalformedResponse("x")) == "malformed"
    auth = openai.AuthenticationError("x", response=httpx2.Response(401, request=req), body=None)
    assert retry_reason(auth) is None
    bad = openai.BadRequestError("x", response=httpx2.Response(400, request=req), body=None)
    assert retry_reason(bad) is None
