"""The BM25 tokenizer gives the same tokens whichever jieba build segments them."""

from __future__ import annotations

import jieba
import jieba_fast

from indexer.text import tokens
from indexer.text.tokens import ChineseTokenizer
from tests.conftest import CORPUS


def corpus_lines() -> list[str]:
    text = "\n".join(path.read_text("utf-8") for path in sorted(CORPUS.glob("*.txt")))
    # Whole paragraphs and their sentences: a sentence cut out starts and ends differently.
    lines = text.splitlines() + [s for line in text.splitlines() for s in line.split("。")]
    # Mixed scripts and forms a query may bring: traditional characters, full-width digits, 文号.
    return [line for line in lines if line.strip()] + [
        "區應急管理局２０２３年行政執法案件",
        "渝应急发〔2023〕12号文件要求的“双随机、一公开”抽查",
        "一把手带头学法，罚钱不是目的",
    ]


def test_jieba_fast_cuts_every_line_of_the_reports_as_jieba_does(monkeypatch):
    fast = ChineseTokenizer()
    assert type(fast._jieba).__module__ == "jieba_fast"  # the build path uses the C cuts
    monkeypatch.setattr(tokens, "segmenter_module", lambda: jieba)
    plain = ChineseTokenizer()
    assert type(plain._jieba).__module__ == "jieba"
    lines = corpus_lines()
    assert len(lines) > 300
    for line in lines:
        assert fast.tokenize(line) == plain.tokenize(line), line
        assert fast.words(line) == plain.words(line), line


def test_the_domain_dictionary_reaches_the_fast_segmenter():
    tokenizer = ChineseTokenizer()
    # 行刑衔接 is one of our domain words; jieba's own dictionary would cut it in two.
    assert "行刑衔接" in tokenizer.tokenize("推进行刑衔接工作")
    assert jieba_fast.__name__ == "jieba_fast"


def test_words_of_new_media_are_whole_words():
    # jieba's dictionary predates them: it cut 通过微信公众号推送 into 微, 信, 公众, 号 and
    # joined what was left to its neighbours (利用微), a "term" that only one report holds.
    tokenizer = ChineseTokenizer()
    words = tokenizer.words("各区怎么利用微信公众号、短视频这些新媒体做普法")
    assert {"微信公众号", "短视频", "新媒体"} <= set(words)
    assert "利用微" not in words
    # Search mode still gives the parts, so a report saying only 公众号 or 视频 is found.
    assert {"公众号", "视频"} <= set(tokenizer.tokenize("在微信公众号发布短视频"))
