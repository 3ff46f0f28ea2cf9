"""Dependency bugs found earlier, pinned: the FastAPI versions prefect 3.8.8's server accepts."""

from __future__ import annotations

from fastapi import Body, FastAPI
from fastapi.testclient import TestClient


def test_prefect_server_accepts_the_explicit_nulls_its_client_sends():
    """``prefect deploy`` and worker polls failed with HTTP 422 under fastapi >= 0.151: prefect
    3.8.8's client sends ``{"limit": null, "offset": 0}`` (``read_work_pools``, ``work_pools/filter``)
    and newer FastAPI rejects null for a ``limit: int = Body(None)`` parameter. Fixed by pinning
    fastapi (85ecc16: constraints fastapi==0.150.0; 9ba0a5c: pyproject fastapi<0.151). This posts
    the client's body to an endpoint declared exactly as prefect's server declares it."""
    from prefect.server.api import dependencies

    app = FastAPI()

    @app.post("/work_pools/filter")
    def read_work_pools(
        work_pools: dict | None = None, limit: int = dependencies.LimitBody(), offset: int = Body(0, ge=0)
    ):
        return {"limit": limit, "offset": offset}

    res = TestClient(app).post("/work_pools/filter", json={"work_pools": None, "limit": None, "offset": 0})
    assert res.status_code == 200, res.text
    assert res.json()["limit"] > 0 and res.json()["offset"] == 0  # null means the server's default limit
