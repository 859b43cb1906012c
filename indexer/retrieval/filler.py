"""Everyday filler of spoken questions, which a report never writes: 请问, 我想知道, 一下, 呢."""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# Longest first inside each alternative; general spoken Mandarin, no domain words.
_FILLER = re.compile(
    r"请问一下|请问|麻烦问一下|想问一下|想问问|想问|我想知道|想知道|我想了解|想了解|我听说|听说|"
    r"说实话|说白了|其实|到底|究竟|就是说|就是|那个|这个|那种|这种|一下子|一下|"
    r"你们|我们|咱们|他们|她们|人家|大家|"
    r"是不是|有没有|会不会|能不能|可不可以|算不算|"
    r"什么的|之类的|的话|这样|那样|怎么样|"
    r"[吗呢吧啊呀嘛哦哈啦呗喔]"
)
_SPACES = re.compile(r"[\s，,。！!？?；;、…]+")


def without_filler(query: str) -> str:
    """The query with filler words and punctuation removed, clauses joined by a space; ''
    when nothing but filler is left."""
    text = _FILLER.sub(" ", normalize_for_matching(query))
    return " ".join(p for p in _SPACES.split(text) if p).strip()
