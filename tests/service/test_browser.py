"""The web page in a real headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from service.settings import Settings

ASK_TIMEOUT_MS = 60_000  # an answer takes seconds on a busy machine
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def test_search_highlight_similar_report_and_ask(page, api_url):
    page.goto(api_url)
    expect(page.locator("#district option")).to_have_count(5)  # 全部 + four named districts
    page.fill("#q", "行刑衔接 移送案件")
    page.click("#search-form button[type=submit]")
    results = page.locator("li.result")
    expect(results.first).to_be_visible()
    assert results.count() == 10
    first = results.first
    marks = first.locator("mark").all_text_contents()
    assert marks and any(term in "".join(marks) for term in ("行刑", "衔接", "移送", "案件"))
    assert (
        "普陀区" in first.locator(".meta").inner_text() or "沙坪坝区" in first.locator(".meta").inner_text()
    )
    page.screenshot(path=SCREENSHOTS / "1-search.png", full_page=True)

    first.locator("button.similar-button").click()
    similar = first.locator(".similar-list li")
    expect(similar.first).to_be_visible()
    assert similar.count() == 5
    page.screenshot(path=SCREENSHOTS / "2-similar.png", full_page=True)

    passage_text = first.locator(".passage").inner_text()
    first.locator("a", has_text="在报告中查看").first.click()
    cited = page.locator("mark#cited")
    expect(cited).to_be_visible()
    assert cited.inner_text().strip() == passage_text.strip()
    page.screenshot(path=SCREENSHOTS / "3-report.png")

    page.goto(api_url)
    page.fill("#question", "哪些区开展了普法宣传活动？")
    with page.expect_response(lambda r: r.url.endswith("/ask")) as asked:
        page.click("#ask-form button[type=submit]")
    assert asked.value.headers["content-type"].startswith("text/event-stream")  # the page streams
    expect(page.locator("#ask-status")).to_have_text("摘自报告原文的回答", timeout=ASK_TIMEOUT_MS)
    expect(page.locator("#answer-notice")).to_be_visible()
    answer = page.locator("#answer-text").inner_text()
    assert "[1]" in answer and "：" in answer
    assert page.locator("#citations li.citation").count() >= 3
    page.screenshot(path=SCREENSHOTS / "4-ask.png", full_page=True)


def test_query_text_is_escaped(page, api_url):
    attack = "<img src=x onerror=alert(1)>"
    page.goto(api_url)
    page.fill("#q", attack)
    page.click("#search-form button[type=submit]")
    expect(page.locator("#search-status")).to_contain_text(attack)
    page.fill("#question", attack)
    page.click("#ask-form button[type=submit]")
    expect(page.locator("#answer-text")).to_be_visible(timeout=ASK_TIMEOUT_MS)
    page.wait_for_timeout(300)
    assert page.locator("img").count() == 0
    assert page.dialogs == []
    page.screenshot(path=SCREENSHOTS / "5-escaped.png", full_page=True)


def test_phone_width_has_no_horizontal_scroll(browser, api_url):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True
    )
    page = context.new_page()
    page.goto(api_url)
    page.fill("#q", "应急预案 演练")
    page.click("#search-form button[type=submit]")
    expect(page.locator("li.result").first).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    page.screenshot(path=SCREENSHOTS / "6-phone.png")
    context.close()


def test_query_typed_while_the_filters_load_is_kept(page, api_url):
    # The district list answers late on a busy server; a query typed before it arrives was
    # wiped by the page filling its fields from the (empty) address, and the search button
    # then met an empty required field and did nothing.
    held = []
    page.route("**/districts", lambda route: held.append(route))
    page.goto(api_url)
    while not held:
        page.wait_for_timeout(20)
    page.fill("#q", "安全生产 执法检查")
    held[0].continue_()
    expect(page.locator("#district option")).not_to_have_count(1)
    expect(page.locator("#q")).to_have_value("安全生产 执法检查")
    page.click("#search-form button[type=submit]")
    expect(page.locator("li.result").first).to_be_visible()


def test_a_shared_address_restores_its_search_and_back_returns_to_it(page, api_url):
    page.goto(f"{api_url}?q=应急演练&district=北碚区")
    expect(page.locator("#district")).to_have_value("北碚区")
    expect(page.locator("#q")).to_have_value("应急演练")
    expect(page.locator("li.result").first).to_be_visible()
    assert all("北碚区" in text for text in page.locator("li.result").all_inner_texts())
    page.fill("#q", "行政复议")
    page.click("#search-form button[type=submit]")
    expect(page.locator("#search-status")).to_contain_text("行政复议")
    page.go_back()
    expect(page.locator("#q")).to_have_value("应急演练")
    expect(page.locator("#search-status")).to_contain_text("应急演练")


def test_explain_toggle_shows_each_results_scores(page, api_url):
    page.goto(api_url)
    page.fill("#q", "行刑衔接 移送案件")
    page.click("#search-form button[type=submit]")
    expect(page.locator("li.result").first).to_be_visible()
    assert page.locator(".explain").count() == 0  # off unless asked for
    page.check("#explain")
    page.click("#search-form button[type=submit]")
    expect(page.locator("li.result .explain").first).to_be_visible()
    assert page.locator("li.result .explain").count() == 10
    first = page.locator("li.result .explain").first.inner_text()
    assert "dense" in first and "BM25" in first and "bigram" in first and "命中词：" in first
    expect(page.locator("#explain-summary")).to_contain_text("过滤条件")
    page.screenshot(path=SCREENSHOTS / "7-explain.png", full_page=True)


def test_page_asks_for_the_api_key_once(browser, real_index, server_factory):
    client = server_factory(Settings(index_dir=real_index, api_keys="page-key-1"))
    url = str(client.base_url)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.goto(url)
    expect(page.locator("#key-form")).to_be_visible()
    page.fill("#key", "wrong-key")
    page.click("#key-form button[type=submit]")
    expect(page.locator("#key-message")).to_contain_text("not valid")
    expect(page.locator("#key-form")).to_be_visible()
    page.fill("#key", "page-key-1")
    page.click("#key-form button[type=submit]")
    expect(page.locator("#key-form")).to_be_hidden()
    expect(page.locator("#district option")).to_have_count(5)
    page.screenshot(path=SCREENSHOTS / "8-key.png", full_page=True)

    page.reload()  # the key is remembered: no second prompt
    expect(page.locator("#district option")).to_have_count(5)
    assert page.locator("#key-form").is_hidden()
    page.fill("#q", "行刑衔接 移送案件")
    page.click("#search-form button[type=submit]")
    expect(page.locator("li.result").first).to_be_visible()
    page.locator("li.result").first.locator("a", has_text="在报告中查看").click()
    expect(page.locator("mark#cited")).to_be_visible()  # the reading view sends the key too
    page.goto(url)
    page.fill("#question", "北碚区如何化解行政争议？")
    page.click("#ask-form button[type=submit]")
    expect(page.locator("#citations li.citation").first).to_be_visible(timeout=ASK_TIMEOUT_MS)
    context.close()
