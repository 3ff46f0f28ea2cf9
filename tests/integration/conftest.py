"""Markers used by the integration tests (select with ``-m``)."""


def pytest_configure(config):
    config.addinivalue_line("markers", "deployment: deploys deployments/prefect.yaml to a Prefect server subprocess and runs "
                                       "it with real workers against S3 on moto (tests/integration/test_deployment_e2e.py)")
