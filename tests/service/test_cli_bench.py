"""Every misuse of `reportsearch bench` is one line and exit 2, never a traceback."""

from __future__ import annotations

from tests.conftest import CORPUS
from tests.service.test_cli_search import assert_clean_error, run


def test_bench_misuse_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    (readonly / "file").write_text("x")
    cases = [
        (("bench",), "Choose a benchmark"),
        (("bench", "--passages", "10", "--corpus", str(CORPUS)), "between 1000"),
        (("bench", "--passages", "1000", "--corpus", str(empty)), "No reports"),
        (("bench", "--passages", "1000", "--corpus", str(tmp_path / "absent")), "No reports"),
        (("bench", "--passages", "1000", "--sample", "0", "--corpus", str(CORPUS)), "--sample"),
        # A workdir under a plain file cannot be created.
        (
            (
                "bench",
                "--passages",
                "1000",
                "--corpus",
                str(CORPUS),
                "--workdir",
                str(readonly / "file" / "w"),
            ),
            "Cannot write",
        ),
        (("bench", "--http", "--concurrency", "0"), "--concurrency"),
    ]
    for args, fragment in cases:
        assert_clean_error(run(*args, timeout=120), fragment)
