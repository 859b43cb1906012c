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
        (("bench", "--passages", "1000", "--gpu-rate", "0", "--corpus", str(CORPUS)), "--gpu-rate"),
    ]
    for args, fragment in cases:
        assert_clean_error(run(*args, timeout=120), fragment)


def test_the_million_passage_arithmetic_follows_the_measured_rate():
    from indexer.evaluation.bench import embedding_arithmetic

    figures = embedding_arithmetic(texts=3_600, passages=1_000, cpu_rate=20.0, gpu_rate=1_800.0)
    assert figures["texts_for_1m_passages"] == 3_600_000
    assert figures["cpu_hours_for_1m_passages"] == 50.0  # 3.6M texts / 20 a second
    assert figures["gpu_hours_for_1m_passages"] == 0.56
    assert "3,600,000 texts" in figures["arithmetic"] and "50.0 h" in figures["arithmetic"]
    assert embedding_arithmetic(10, 5, 0.0)["cpu_hours_for_1m_passages"] is None


def test_a_small_bench_reports_every_stage_its_memory_and_the_embedding_arithmetic(tmp_path):
    import json

    done = run(
        "bench", "--passages", "1000", "--sample", "16", "--corpus", str(CORPUS),
        "--workdir", str(tmp_path), "--json", timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    stages = result["build_s"]
    assert {"read", "embed", "tokenize", "dense", "bm25", "write"} <= set(stages)
    assert all(seconds >= 0 for seconds in stages.values())
    assert abs(stages["total"] - sum(v for k, v in stages.items() if k != "total")) < 0.05
    assert set(result["stage_rss_mb"]) >= {"read", "embed", "tokenize", "bm25"}
    assert 0 < max(result["stage_rss_mb"].values()) <= result["peak_rss_mb"] + 1  # HWM lags RSS a little
    assert 0 < result["serving_rss_mb"] and result["workers_peak_rss_mb"] >= 0
    embedding = result["embedding"]
    assert embedding["embedded_for_real"] == 16 and embedding["real_rate_per_s"] > 0
    assert embedding["texts_for_1m_passages"] > 1_000_000  # sentences too, not only passages
    assert "on this CPU" in embedding["arithmetic"]
    assert result["query_ms"]["hybrid"]["p50"] > 0 and result["ann_recall_at_10"] == 1.0


def test_a_load_test_of_a_server_that_never_answers_fails_after_its_figures():
    import socket

    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = run(
        "bench", "--http", "--url", f"http://127.0.0.1:{port}", "--requests", "4", "--concurrency", "1"
    )
    assert "transport errors 4" in done.stdout  # the figures are still shown
    assert_clean_error(done, "No request succeeded")
