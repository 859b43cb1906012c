"""Chinese tokenization for BM25, the same at index and query time."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

from indexer.text.normalize import normalize_for_matching

# bm25s's default splitter keeps a whole run of Hanzi as one token; jieba's search mode
# emits both a long word and its parts (行政执法, 行政, 执法) so partial terms still match.
_WORDLIKE = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)


class ChineseTokenizer:
    def __init__(self) -> None:
        self._jieba = segmenter_module().Tokenizer()
        self._jieba.cache_file = f"{self._jieba.__module__.split('.')[0]}.cache"  # one per library
        self._jieba.initialize()
        with resources.as_file(resources.files("indexer.text") / "resources" / "domain_words.txt") as path:
            self._jieba.load_userdict(str(path))
        self.stopwords = frozenset(_resource_lines("stopwords.txt"))
        self.user_words = list(domain_words())
        self._synonyms: dict[str, tuple[str, ...]] = {}
        for line in _resource_lines("synonyms.txt"):
            group = tuple(dict.fromkeys(normalize_for_matching(t) for t in line.split()))
            for term in group:
                self._synonyms[term] = tuple(t for t in group if t != term)
                # A multi-word term must be one token on both sides, or BM25 cannot match it whole.
                self._jieba.add_word(term, freq=10)
                self.user_words.append(term)

    def tokenize(self, text: str) -> list[str]:
        text = normalize_for_matching(text)
        return [
            token
            for token in (t.strip() for t in self._jieba.lcut_for_search(text))
            if token and token not in self.stopwords and _WORDLIKE.search(token)
        ]

    def expand(self, text: str) -> list[str]:
        """Tokens of `text` plus the tokens of synonyms of any term it contains (for queries)."""
        tokens = self.tokenize(text)
        normalized = normalize_for_matching(text)
        extra: list[str] = []
        for term, others in self._synonyms.items():
            if term in normalized:
                extra += [o for o in others if o not in tokens and o not in extra and o not in self.stopwords]
        return tokens + extra

    def words(self, text: str) -> list[str]:
        """Plain jieba segmentation (no sub-words, nothing dropped), for reading a query's scope."""
        return self._jieba.lcut(text)


def segmenter_module():
    """jieba_fast where it is installed, else jieba. jieba_fast is jieba with the dictionary walk
    and route search in C: the same cuts in 45% of the time (0.19 against 0.40 ms for a
    125-character passage), which is most of tokenizing a million passages. Indexes built
    with either are identical (tests/indexer/test_tokens.py compares the two)."""
    try:
        import jieba_fast as module
    except ImportError:
        import jieba as module
    return module


# The files that decide how a text is cut into BM25 tokens.
WORD_LIST_FILES = ("domain_words.txt", "synonyms.txt", "stopwords.txt")


@lru_cache(maxsize=1)
def word_lists_fingerprint() -> str:
    """Which word lists cut an index's passages: a query cut with other lists misses the words
    that changed (利用微信公众号 indexed as 利用微/信/公众/号 never matches 微信公众号), so an index
    records this and a search warns when it differs."""
    digest = hashlib.sha256()
    for name in WORD_LIST_FILES:
        digest.update(name.encode())
        digest.update((resources.files("indexer.text") / "resources" / name).read_bytes())
    return digest.hexdigest()[:16]


def _resource_lines(name: str) -> list[str]:
    text = (resources.files("indexer.text") / "resources" / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def domain_words() -> tuple[str, ...]:
    """The words jieba is told to keep whole (domain_words.txt), in file order."""
    return tuple(line.split()[0] for line in _resource_lines("domain_words.txt"))


@lru_cache(maxsize=1)
def dictionary_counts() -> dict[str, int]:
    """jieba's own dictionary: how often it has seen each word (查出 472, 大队 1655), to tell a word
    typed on purpose from a slip or a short form."""
    jieba = segmenter_module()
    jieba.initialize()
    return jieba.dt.FREQ


@lru_cache(maxsize=1)
def get_tokenizer() -> ChineseTokenizer:
    """The process-wide tokenizer; loading jieba's dictionary takes about a second."""
    import logging

    segmenter_module().setLogLevel(logging.WARNING)
    return ChineseTokenizer()


def tokenize(text: str) -> list[str]:
    """Module-level form of the shared tokenizer, so worker processes can be handed it."""
    return get_tokenizer().tokenize(text)


_HANZI_OR_ALNUM_RUN = re.compile(r"[\u4e00-\u9fff]+|[0-9a-z]+")


def char_bigrams(text: str) -> list[str]:
    """Overlapping Hanzi pairs (and whole Latin/digit runs), a second lexical view of a text.

    A colloquial query rarely uses the report's words, but it often shares characters with
    them (计划 inside 工作计划, 排查 inside 隐患排查治理): pairs of characters match where
    jieba's words cut differently on the two sides.
    """
    grams: list[str] = []
    for run in _HANZI_OR_ALNUM_RUN.findall(normalize_for_matching(text).lower()):
        if len(run) < 2 or not ("\u4e00" <= run[0] <= "\u9fff"):
            grams.append(run)
        else:
            grams += [run[i : i + 2] for i in range(len(run) - 1)]
    return grams
