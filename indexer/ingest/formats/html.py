"""Web pages (.html/.htm): the article body, not the site's navigation; GB2312/GBK pages decoded."""

from __future__ import annotations

import re

from indexer.errors import ReportReadError

_CHARSET = re.compile(rb"""charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "section", "article", "td")
_NOISE = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe")
_BODY_HINTS = re.compile(r"article|content|main|text|zoom|detail|正文", re.IGNORECASE)


def decode_html(data: bytes, name: str) -> str:
    declared = _CHARSET.search(data[:4096])
    encodings = []
    if declared:
        label = declared.group(1).decode("ascii", "ignore").lower()
        # GB2312 pages routinely contain GBK/GB18030 characters; decode with the superset.
        encodings.append("gb18030" if label in ("gb2312", "gbk", "gb18030", "x-gbk") else label)
    encodings += ["utf-8", "gb18030"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise ReportReadError(f"{name}: cannot decode the page as {', '.join(encodings)}.")


def read_html(data: bytes, name: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_html(data, name), "html.parser")
    for tag in soup(_NOISE):
        tag.decompose()
    body = _article(soup)
    if body is None:
        raise ReportReadError(f"{name}: the page has no text.")
    for br in body.find_all("br"):
        br.replace_with("\n")
    for block in body.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = "\n".join(line.strip() for line in body.get_text().splitlines())
    if not text.strip():
        raise ReportReadError(f"{name}: the page has no text.")
    return text


def _article(soup):
    """The element holding the report: <article>, an element named like the content, or the
    element with the most paragraph text of its own (navigation is many short links)."""
    for candidate in soup.find_all("article"):
        if len(candidate.get_text(strip=True)) > 200:
            return candidate
    scored = []
    for element in soup.find_all(["div", "section", "main", "td"]):
        paragraphs = element.find_all("p", recursive=False) or element.find_all("p")
        text = sum(len(p.get_text(strip=True)) for p in paragraphs)
        hint = " ".join([element.get("id", ""), *element.get("class", [])])
        links = sum(len(a.get_text(strip=True)) for a in element.find_all("a"))
        scored.append(
            (text - 2 * links + (500 if _BODY_HINTS.search(hint) else 0), len(list(element.parents)), element)
        )
    top = max((score for score, _, _ in scored), default=0)
    if top > 0:
        # Wrappers around the article score as high as the article; take the innermost.
        near_top = [item for item in scored if item[0] >= 0.9 * top]
        return max(near_top, key=lambda item: item[1])[2]
    return soup.body or soup
