"""docs/openapi.yaml describes the HTTP API; schemathesis generates requests from it against the live
server (a bounded number per operation) and none may get a server error."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import status_code_conformance

from tests.conftest import ROOT

OPENAPI = ROOT / "docs" / "openapi.yaml"


@pytest.fixture
def api(base_url: str) -> schemathesis.BaseSchema:
    return schemathesis.from_path(str(OPENAPI), base_url=base_url)


schema = schemathesis.from_pytest_fixture("api")


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_api_never_answers_with_a_server_error(case: schemathesis.Case) -> None:
    response = case.call(timeout=15)
    case.validate_response(response, checks=(schemathesis.checks.not_a_server_error, status_code_conformance))
