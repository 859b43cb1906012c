"""Generated requests against every operation of the app's own OpenAPI schema, sent to a real
server: none gets a 5xx, and every error is JSON {"error": "..."}."""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

CASES_PER_OPERATION = 30  # a dozen operations: several hundred requests in all
SENT: Counter = Counter()  # requests sent per operation, checked by the last test


@pytest.fixture(scope="module")
def api_schema(api_url: str):
    return schemathesis.openapi.from_url(f"{api_url}/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=CASES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_no_server_error_and_every_error_is_json(case):
    response = case.call(timeout=60)
    SENT[f"{case.method.upper()} {case.path}"] += 1
    assert response.status_code < 500, (case.as_curl_command(), response.text[:300])
    if response.status_code >= 400:
        content_type = (response.headers.get("content-type") or [""])[0]
        assert content_type.startswith("application/json"), (case.as_curl_command(), response.status_code)
        body = response.json()
        assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"], (
            case.as_curl_command(),
            body,
        )


def test_the_run_covered_every_operation(api_schema):
    """Runs after the fuzzing above (file order): every operation got requests, a few hundred in
    all, and the schema still lists the routes a chatbot uses."""
    operations = {f"{r.ok().method.upper()} {r.ok().path}" for r in api_schema.get_all_operations()}
    assert {"POST /search", "POST /ask", "GET /passages/{passage_id}", "GET /compare"} <= operations
    # Schemathesis also sends methods an operation does not allow (expecting 405), hence <=.
    assert operations <= set(SENT) and sum(SENT.values()) >= 200, SENT
