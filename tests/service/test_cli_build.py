"""`reportsearch index` and `add` share one update path that keeps what the index records."""

from __future__ import annotations

import json
import shutil

from indexer.index import store
from tests.conftest import CORPUS
from tests.service.test_cli_search import run


def _manifest(index_dir):
    return store.read_manifest(store.current_version_dir(index_dir))


def test_add_keeps_the_options_model_and_prefixes_the_index_was_built_with(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "idx"
    corpus.mkdir()
    for path in sorted(CORPUS.glob("*.txt"))[:3]:
        shutil.copy(path, corpus / path.name)
    built = run(
        "index",
        "--corpus",
        str(corpus),
        "--index",
        str(index_dir),
        "--no-char-bigrams",
        "--no-clause-vectors",
        "--target-chars",
        "120",
        "--max-chars",
        "300",
    )
    assert built.returncode == 0, built.stderr
    before = _manifest(index_dir)
    assert before["options"]["char_bigrams"] is False and before["options"]["clause_vectors"] is False

    new_report = sorted(CORPUS.glob("*.txt"))[3]
    added = run("add", str(new_report), "--corpus", str(corpus), "--index", str(index_dir))
    assert added.returncode == 0, added.stderr
    after = _manifest(index_dir)
    assert after["counts"]["reports"] == before["counts"]["reports"] + 1
    assert after["options"] == before["options"]
    assert (after["model"], after["query_prefix"], after["passage_prefix"]) == (
        before["model"],
        before["query_prefix"],
        before["passage_prefix"],
    )
    assert after["counts"]["clauses"] == 0
    assert not (store.current_version_dir(index_dir) / "bm25-bigrams").exists()

    found = run("search", "危险化学品", "--index", str(index_dir), "--json")
    assert found.returncode == 0, found.stderr
    results = json.loads(found.stdout)["results"]
    assert results and all(len(r["text"]) <= 300 for r in results)

    # `index` again without options keeps them too; an explicit option overrides one.
    again = run("index", "--corpus", str(corpus), "--index", str(index_dir), "--char-bigrams")
    assert again.returncode == 0, again.stderr
    options = _manifest(index_dir)["options"]
    assert options["char_bigrams"] is True
    assert options["clause_vectors"] is False and options["chunking"] == before["options"]["chunking"]
