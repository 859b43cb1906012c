"""The API docs render in a real Chromium with every request off this machine refused."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.service.test_browser import CHROMIUM_ARGS


@pytest.mark.parametrize("path, ready", [("/docs", ".opblock-summary"), ("/redoc", "[data-section-id]")])
def test_api_docs_render_with_the_network_blocked(api_url, path, ready):
    blocked: list[str] = []

    def only_loopback(route):
        host = urlparse(route.request.url).hostname
        if host == "127.0.0.1":
            route.continue_()
        else:
            # ReDoc's footer links a logo image on its CDN: cosmetic, it just stays blank offline.
            if route.request.resource_type != "image":
                blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.route("**/*", only_loopback)
            page.goto(api_url + path)
            expect(page.locator(ready).first).to_be_visible(timeout=30_000)
            text = page.locator("body").inner_text()
        finally:
            browser.close()
    assert blocked == []  # no script, style, font or data from a CDN
    assert "/search" in text and "/ask" in text
