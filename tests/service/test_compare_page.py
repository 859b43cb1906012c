"""The comparison page in a real Chromium: a topic across districts, the heatmap, the indicator
pivot with cells opening their sentence, shared URLs, and every export opened and checked."""

from __future__ import annotations

import csv
import io
from urllib.parse import quote

import pytest
from docx import Document
from openpyxl import load_workbook
from playwright.sync_api import expect

from tests.service.test_browser import SCREENSHOTS, browser  # noqa: F401 - the shared Chromium fixture

expect.set_options(timeout=30_000)  # a comparison runs a search per district; CI machines are slow

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def page(browser):  # noqa: F811
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN", accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def test_a_topic_typed_and_sent_while_the_options_load_is_compared_once(page, api_url, searcher):
    # The page's options come from /openapi.json, slow on a cold server. A topic typed before
    # they arrive used to be wiped, and a topic sent meanwhile loaded the options twice.
    held = []
    page.route("**/openapi.json", lambda route: held.append(route))
    page.goto(f"{api_url}/static/compare.html?view=topic")
    while not held:
        page.wait_for_timeout(20)
    page.fill("#topic", "隐患排查")
    page.press("#topic", "Enter")
    held[0].continue_()
    expect(page.locator("#columns .column").first).to_be_visible()
    expect(page.locator("#topic")).to_have_value("隐患排查")
    years = {r.get("year") for r in searcher.reports if r.get("year")}
    expect(page.locator("#topic-year option")).to_have_count(len(years) + 1)


def test_a_topic_compared_across_districts_links_into_the_reports(page, api_url, searcher):
    page.goto(f"{api_url}/static/compare.html?view=topic")
    page.fill("#topic", "安全生产培训")
    page.press("#topic", "Enter")  # keyboard alone
    columns = page.locator("#columns .column")
    expect(columns.first).to_be_visible()
    assert columns.count() == len({r.get("district") or r["report_id"] for r in searcher.reports})
    assert "topic=" in page.url  # the view is in the URL
    page.screenshot(path=SCREENSHOTS / "compare-topic-desktop.png", full_page=True)
    link = columns.first.locator("a").first
    href = link.get_attribute("href")
    link.click()
    expect(page.locator("#cited")).to_be_visible()
    marked = page.locator("#cited").inner_text()
    assert marked and marked.strip() in searcher.cleaned_text(href.split("/reports/")[1].split("?")[0])
    page.go_back()
    expect(page.locator("#columns .column").first).to_be_visible()
    assert page.input_value("#topic") == "安全生产培训"


def test_a_shared_url_with_filters_reopens_the_same_view(page, api_url, searcher):
    year = searcher.years()[0]
    page.goto(f"{api_url}/static/compare.html?view=topic&topic={quote('执法检查')}&year={year}")
    expect(page.locator("#columns .column").first).to_be_visible()
    assert page.input_value("#topic-year") == str(year)
    page.reload()
    expect(page.locator("#columns .column").first).to_be_visible()
    assert page.input_value("#topic") == "执法检查" and page.input_value("#topic-year") == str(year)


def test_the_heatmap_is_drawn_in_the_page(page, api_url, searcher):
    page.goto(f"{api_url}/static/compare.html?view=matrix")
    cells = page.locator("#heatmap td[data-value]")
    expect(cells.first).to_be_visible()
    labels = page.locator("#heatmap th[scope=col]").count()
    assert labels >= 4 and cells.count() == labels * labels
    page.screenshot(path=SCREENSHOTS / "compare-heatmap-desktop.png", full_page=True)


def test_a_pivot_cell_opens_its_sentence_marked_in_the_report(page, api_url, searcher):
    year = max(searcher.years())
    page.goto(f"{api_url}/static/compare.html?view=indicators&year={year}")
    cell = page.locator("#pivot td a").first
    expect(cell).to_be_visible()
    sentence = cell.get_attribute("title")
    table = page.inner_text("#pivot")
    # Shown from value and unit: no unit doubled onto the figure as written (3.86万 + 万元).
    assert "万万" not in table and "%%" not in table and "无件" not in table
    page.screenshot(path=SCREENSHOTS / "compare-pivot-desktop.png", full_page=True)
    cell.click()
    expect(page.locator("#cited")).to_be_visible()
    assert page.locator("#cited").inner_text().strip() == sentence.strip()


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "docx", "md"])
def test_each_export_downloads_and_opens_with_its_citations(page, api_url, fmt):
    page.goto(f"{api_url}/static/compare.html?view=topic&topic={quote('隐患排查')}")
    expect(page.locator(f"#topic-exports a.export-{fmt}")).to_be_visible()
    with page.expect_download() as info:
        page.click(f"#topic-exports a.export-{fmt}")
    data = open(info.value.path(), "rb").read()
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(data)).active
        header = [c.value for c in sheet[1]]
        assert {"区", "原文", "报告", "段落编号", "起始字符", "结束字符"} <= set(header)
        assert sheet.max_row > 1
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        assert rows and all(r["段落编号"] and r["结束字符"].isdigit() for r in rows)
    elif fmt == "docx":
        paragraphs = [p.text for p in Document(io.BytesIO(data)).paragraphs]
        assert "引用出处" in paragraphs and any(p.startswith("[1] ") for p in paragraphs)
    else:
        text = data.decode("utf-8")
        assert "[^1]:" in text and "隐患排查" in text


def test_the_page_works_at_phone_width(browser, api_url):  # noqa: F811
    context = browser.new_context(viewport=PHONE, locale="zh-CN", is_mobile=True)
    page = context.new_page()
    try:
        for view, ready in (
            (f"view=topic&topic={quote('普法宣传')}", "#columns .column"),
            ("view=matrix", "#heatmap td"),
            ("view=indicators", "#pivot td"),
        ):
            page.goto(f"{api_url}/static/compare.html?{view}")
            expect(page.locator(ready).first).to_be_visible()
            # Nothing wider than the phone except inside the scrolling table boxes.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, view
            name = view.split("&")[0].split("=")[1]
            page.screenshot(path=SCREENSHOTS / f"compare-{name}-phone.png", full_page=True)
    finally:
        context.close()


def test_the_search_page_keeps_its_state_in_the_url(page, api_url, searcher):
    district = searcher.districts()[0]
    page.goto(f"{api_url}/")
    page.fill("#q", "应急演练")
    page.select_option("#district", district)
    page.press("#q", "Enter")
    expect(page.locator("li.result").first).to_be_visible()
    assert "q=" in page.url and "district=" in page.url
    page.reload()
    expect(page.locator("li.result").first).to_be_visible()
    assert page.input_value("#q") == "应急演练" and page.input_value("#district") == district
    assert all(district in m for m in page.locator("li.result .meta").all_inner_texts())


def test_a_shared_question_url_answers_and_a_citation_marks_its_sentence(page, api_url, api):
    question = "北碚区怎样开展普法宣传？"
    expected = api.post("/ask", json={"query": question}).json()
    assert expected["answered"] and expected["citations"]
    page.goto(f"{api_url}/?ask={quote(question)}")
    link = page.locator("#citations li a").first
    expect(link).to_be_visible()
    expect(page.locator("#answer-exports a.export-docx")).to_be_visible()
    link.click()
    expect(page.locator("#cited")).to_be_visible()
    assert page.locator("#cited").inner_text() == expected["citations"][0]["text"]
