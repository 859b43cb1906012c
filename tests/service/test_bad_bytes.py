"""Bad bytes on every entry point: lone surrogates, invalid UTF-8, non-ASCII digits in ids.
Each gets a 422/404 or exit 2 with a message, never a traceback; a bad batch line is reported
on its own output line and the rest of the batch still runs."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from indexer.text.sentences import sentence_spans
from tests.conftest import CORPUS
from tests.service.test_cli_search import assert_clean_error, run

SURROGATE_BODY = b'{"query": "\\ud800"}'  # a JSON escape that decodes to a lone surrogate


def _run_bytes(*args: bytes) -> subprocess.CompletedProcess:
    """The CLI with raw argv bytes, as a shell passes $'\\xff'."""
    exe = shutil.which("reportsearch").encode()
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("path", ["/search", "/ask"])
def test_lone_surrogates_in_json_bodies_are_422(api, path):
    response = api.post(path, content=SURROGATE_BODY, headers={"content-type": "application/json"})
    assert response.status_code == 422, response.text
    assert "error" in response.json()


def test_lone_surrogates_and_bad_percent_escapes_in_query_strings_and_paths(api):
    for raw in ("%ED%A0%80", "%FF%FE", "%C3"):  # an encoded surrogate, invalid UTF-8, a cut sequence
        for path in (f"/search?q={raw}", f"/compare?topic={raw}", f"/passages/{raw}", f"/reports/{raw}"):
            response = api.get(path)
            assert response.status_code == 422, (path, response.text)
            assert "UTF-8" in response.json()["error"]


@pytest.mark.parametrize("suffix", ["p%C2%B2", "p%D9%A3", "p%EF%BC%91"])  # ², Arabic-Indic 3, full-width 1
def test_non_ascii_digits_in_passage_ids_are_404(api, suffix):
    passage_id = api.get("/search", params={"q": "普法", "k": 1}).json()["results"][0]["passage_id"]
    prefix = passage_id.rsplit("p", 1)[0]
    for path in (f"/passages/{prefix}{suffix}", f"/passages/{prefix}{suffix}/similar"):
        response = api.get(path)
        assert response.status_code == 404, (path, response.text)
        assert "error" in response.json()


def _raw_get(base_url: str, target: str) -> bytes:
    """A GET sent over a plain socket: httpx refuses to build a URL this long."""
    host, port = base_url.removeprefix("http://").split(":")
    request = f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
    with socket.create_connection((host, int(port)), timeout=60) as connection:
        connection.sendall(request)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    return received


def test_a_query_string_of_hundreds_of_kilobytes_gets_the_apps_own_error(api_url):
    # 30,000 Hanzi, percent-encoded: 270 KB of request line, past h11's 16 KiB default.
    received = _raw_get(api_url, "/search?q=" + quote("执" * 30000))
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 422"), head
    assert json.loads(body)["error"] == "query: the query has 30000 characters; the limit is 500"


def test_no_server_header_and_no_paths_in_health(api, real_index):
    response = api.get("/health")
    assert "server" not in response.headers
    assert str(real_index) not in response.text and str(Path.home()) not in response.text
    assert response.json()["index_id"]


def test_invalid_utf8_in_cli_arguments_is_one_line_and_exit_2(real_index):
    index = str(real_index).encode()
    assert_clean_error(_run_bytes(b"search", b"\xff", b"--index", index), "not valid")
    assert_clean_error(_run_bytes(b"ask", b"\xff\xfe", b"--index", index), "not valid")
    assert_clean_error(_run_bytes(b"similar", "p²".encode(), b"--index", index))


def test_a_bad_batch_line_is_reported_and_the_batch_goes_on(real_index, tmp_path):
    queries = tmp_path / "queries.jsonl"
    queries.write_bytes(
        b'{"id": "a", "query": "\xe6\xb3\x95\xe6\xb2\xbb"}\n'  # 法治, valid
        b'{"id": "b", "query": "\xff\xfe"}\n'  # invalid UTF-8
        b'{"id": "c", "query": "\\ud800"}\n'  # a lone surrogate through a JSON escape
        b"not json\n"
        b'{"id": "e", "query": "\xe6\x99\xae\xe6\xb3\x95"}\n'  # 普法, valid
    )
    done = run("search", "--queries", str(queries), "--index", str(real_index))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", 2, "c", 4, "e"]
    assert lines[0]["results"] and lines[4]["results"]
    assert all("error" in line and line["results"] == [] for line in lines[1:4])
    assert "UTF-8" in lines[1]["error"] and "JSON" in lines[3]["error"]


def test_a_file_name_that_is_not_utf8_is_refused_and_the_index_kept(real_index, tmp_path):
    index_dir = tmp_path / "idx"
    shutil.copytree(real_index, index_dir)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    bad = corpus.as_posix().encode() + b"/\xff\xfe.txt"
    Path(bad.decode("utf-8", "surrogateescape")).write_bytes(next(CORPUS.glob("*.txt")).read_bytes())
    before = run("reports", "--index", str(index_dir), "--json").stdout
    done = _run_bytes(b"add", bad, b"--corpus", str(corpus).encode(), b"--index", str(index_dir).encode())
    # The one error, then the file it skipped and why.
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error: No file was added.") and "not valid UTF-8" in done.stderr
    assert run("reports", "--index", str(index_dir), "--json").stdout == before


def test_full_width_and_small_form_sentence_ends_split_like_the_ideographic_stop():
    plain = "一是加强执法。二是开展培训！三是督促整改？四是完善制度；五是总结经验。"
    for variant in ("．", "｡", "﹒"):
        text = plain.replace("。", variant)
        assert len(sentence_spans(text)) == len(sentence_spans(plain)) == 5, variant
    assert len(sentence_spans("罚款3．5万元，整改12﹒5%。")) == 1  # a decimal point is not an end
