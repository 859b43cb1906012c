"""Optional generated answers from an OpenAI-compatible chat endpoint, grounded in numbered passages.

Nothing here is required: without a configured endpoint, or when the endpoint fails, times
out or cites nothing that exists, the extractive answer stands and says so. A model's reply is
held to the same evidence check as an extractive answer: each of its sentences (a claim) must
cite a passage that holds every number it states and covers its content terms; a claim that
fails is dropped, and a reply left with no supported claim gives way to the extractive answer.
A declined extractive answer is never sent to the model: it has nothing to ground a reply on.
"""

from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, replace

from indexer.answers.answer import Answer, Citation, district_label
from indexer.answers.evidence import EvidenceConfig
from indexer.answers.figures import numbers_in
from indexer.answers.terms import content_terms, wordings
from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import get_tokenizer

logger = logging.getLogger(__name__)
_CITATION = re.compile(r"\[(\d{1,3})\]")
# A claim ends at a full stop; its citations may follow the stop (…完成。[2]).
_CLAIM = re.compile(r"[^。！？!?\n]+[。！？!?]?(?:\s*\[\d{1,3}\])*")
SYSTEM_PROMPT = (
    "你是政府工作报告的检索助手。只根据用户给出的编号段落回答问题，用简洁的中文作答。"
    "每一句话后面用[编号]标注它依据的段落，例如[1]或[2][3]。段落中没有的信息不要编造；"
    "如果段落不能回答问题，就直接说报告中没有相关内容。"
)


@dataclass(frozen=True)
class GenerationConfig:
    url: str  # base URL, e.g. http://127.0.0.1:8080/v1
    model: str
    api_key: str | None = None
    timeout_s: float = 20.0
    max_passages: int = 8


def generate_answer(extractive: Answer, config: GenerationConfig) -> Answer:
    """Ask the endpoint; on any failure return the extractive answer with a note saying why."""
    sources = _sources(extractive, config.max_passages)
    if not extractive.answered or not sources:
        return extractive
    try:
        text = _chat(config, _messages(extractive.query, sources))
    except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError, IndexError, TypeError) as e:
        return _fallback(extractive, unavailable_note(e))
    return check_reply(extractive, sources, text)


# The answer is read by people (and repeated by a chatbot): why generation failed in words, not
# the exception's name and text; the server log keeps those.
GENERATED_NOTICE = "以下为生成式回答：每句都标注了出处，数字与所引原文逐一核对过。"


def unavailable_note(error: BaseException) -> str:
    if isinstance(error, TimeoutError) or "timed out" in str(error):
        why = "生成服务超时"
    elif isinstance(error, (urllib.error.URLError, OSError)):
        why = "无法连接生成服务"
    elif "empty completion" in str(error):
        why = "生成服务返回了空回答"
    else:
        why = "生成服务的回复无法读取"
    logger.warning("generation failed: %s: %s", type(error).__name__, error)
    return f"生成式回答不可用（{why}），以下为抽取式回答。"


def check_reply(extractive: Answer, sources: list[Citation], text: str) -> Answer:
    """The model's reply with only its supported claims, citations renumbered; or the
    extractive answer with a note saying why the reply was not used."""
    kept, dropped = [], 0
    for claim in _CLAIM.findall(text):
        if not claim.strip():
            continue
        cited = [int(n) for n in _CITATION.findall(claim)]
        valid = [n for n in dict.fromkeys(cited) if 1 <= n <= len(sources)]
        body = _CITATION.sub("", claim).strip()
        if valid and _supported(body, [sources[n - 1] for n in valid]):
            kept.append((claim, valid))
        elif _CITATION.sub("", claim).strip(" ，,。"):
            dropped += 1
    if not kept:
        why = "没有引用任何给定段落" if not _CITATION.search(text) else "的每一句都得不到所引段落的支持"
        return _fallback(extractive, f"生成式回答{why}，以下为抽取式回答。")
    used = list(dict.fromkeys(n for _, valid in kept for n in valid))
    renumber = {old: new for new, old in enumerate(used, 1)}

    def fix(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"[{renumber[n]}]" if n in renumber else ""  # citations that point nowhere are dropped

    answer = "".join(_CITATION.sub(fix, claim) for claim, _ in kept).strip()
    notes = [*extractive.notes]
    if dropped:
        notes.append(f"生成式回答中有{dropped}句得不到所引段落的支持，已删去。")
    return replace(
        extractive,
        answer=answer,
        mode="generated",
        citations=[sources[n - 1] for n in used],
        notes=notes,
        notice=GENERATED_NOTICE,  # the sentences are the model's words now, not quoted ones
    )


def _supported(claim: str, cited: list[Citation], config: EvidenceConfig | None = None) -> bool:
    """Every number of the claim is in a cited sentence, and the cited sentences cover at
    least the calibrated share of its content terms (the extractive check's min_share)."""
    config = config or EvidenceConfig()
    # The district, year and section a passage is labelled with in the prompt count as cited too.
    labels = [f"{c.district or ''}{c.year or ''}{''.join(c.section_path)}" for c in cited]
    evidence = normalize_for_matching(" ".join([*(c.text for c in cited), *labels]))
    if not numbers_in(claim) <= numbers_in(evidence):
        return False
    terms = content_terms(get_tokenizer(), claim)
    if not terms:
        return True  # "根据报告：" and the like state nothing
    covered = [t for t in terms if any(w in evidence for w in wordings(t, claim))]
    return len(covered) / len(terms) >= config.min_share


def _sources(answer: Answer, limit: int) -> list[Citation]:
    """One numbered source per passage, represented by its best cited sentence."""
    seen, out = set(), []
    for citation in answer.citations:
        if citation.passage_id not in seen:
            seen.add(citation.passage_id)
            out.append(citation)
    return out[:limit]


def _messages(question: str, sources: list[Citation]) -> list[dict]:
    numbered = "\n".join(
        f"[{i}]（{district_label(c.district, c.report_id)}，{c.year or ''}年，{' > '.join(c.section_path)}）{c.text}"
        for i, c in enumerate(sources, 1)
    )
    return [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"段落：\n{numbered}\n\n问题：{question}"},
    ]


def _chat(config: GenerationConfig, messages: list[dict]) -> str:
    body = json.dumps({"model": config.model, "messages": messages, "temperature": 0}, ensure_ascii=False)
    headers = {"Content-Type": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    request = urllib.request.Request(
        config.url.rstrip("/") + "/chat/completions",
        data=body.encode("utf-8"),
        headers=headers,
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=config.timeout_s) as response:
        payload = json.loads(response.read().decode("utf-8"))
    content = payload["choices"][0]["message"]["content"]
    if not isinstance(content, str) or not content.strip():
        raise ValueError("empty completion")
    return content


def _fallback(answer: Answer, note: str) -> Answer:
    return replace(answer, answer=note + "\n" + answer.answer, notes=[*answer.notes, note])
