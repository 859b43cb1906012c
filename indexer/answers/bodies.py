"""A government body the question names where the sentences answering it name others
(入选了重庆市应急管理局评选的案例 asked, 入选了应急管理部…案例 written; 跟区司法局一起制定 asked,
会同区公安分局、区人民检察院…制定 written).

The bureau's own name and the place are no topic words, so a body of another level went unseen:
the answer quoted the sentence under the plain notice, and a chatbot would repeat the body asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.text.normalize import normalize_for_matching
from indexer.text.tokens import char_bigrams

# Fields of government bodies, from general knowledge of Chinese administration; the longest
# first, so 应急管理 is not read as 应急.
_FIELDS = sorted(
    (
        "应急管理 应急 司法 公安 安委 安全生产委员会 消防救援 中级人民 人民 住建 住房城乡建设 "
        "市场监管 市场监督管理 生态环境 财政 教育 卫健 卫生健康 交通 交通运输 水利 规划自然资源 城市管理 城管 "
        "气象 林业 农业农村 商务 经信 经济信息 发展改革 发改 人社 人力社保 民政 文旅 文化旅游 统计 审计 "
        "信访 依法治区 依法治市 检察"
    ).split()
    # 法 is a field only of a court (区法院); elsewhere it is a word of law (依法办案).
    + ["法(?=院)"],
    key=len,
    reverse=True,
)
_KINDS = tuple("委员会 办公室 分局 法院 检察院 支队 大队 部 厅 局 委 办 会 院".split())
# The level a name carries; a known place before 省/市/区/县 is read apart (see _with_place).
_LEVEL = r"国务院|国家|中央|省|市|区|县"

_BODY = re.compile(
    rf"(?P<level>{_LEVEL})?(?:(?P<field>{'|'.join(_FIELDS)})(?P<kind>{'|'.join(_KINDS)})|(?P<government>(?:人民)?政府))"
    # 司法部门, 办法, 公安部署, 教育部分: a kind of body named in general, or another word
    # (区司法局法制科 is a body).
    r"(?![门分署理事]|法(?!制))"
)
_LEVELS = {"国务院": "national", "国家": "national", "中央": "national", "省": "province", "市": "city"}
_SAME_FIELD = {
    "应急": "应急管理",
    "安全生产委员会": "安委",
    "住房城乡建设": "住建",
    "市场监督管理": "市场监管",
    "卫生健康": "卫健",
    "城市管理": "城管",
    "交通运输": "交通",
    "发展改革": "发改",
    "文化旅游": "文旅",
    "人力社保": "人社",
    "经济信息": "经信",
}
# A district's police bureau is its 公安分局: one kind.
_SAME_KIND = {"委员会": "委", "办公室": "办", "分局": "局"}
# A court or procuratorate, 人民 written or left off (区检察院 is 区人民检察院; a 中级 court is a court).
_JUSTICE = {"检察院": "检察", "法院": "法"}


@dataclass(frozen=True)
class Body:
    written: str
    level: str | None  # national, province, city, district; None when the name carries none
    field: str
    kind: str

    def same_as(self, other: Body) -> bool:
        """One body, its level written or left off (区应急局 and 沙坪坝区应急管理局)."""
        levels_agree = self.level is None or other.level is None or self.level == other.level
        return levels_agree and (self.field, self.kind) == (other.field, other.kind)

    @property
    def is_the_bureau(self) -> bool:
        """The bureau every report is of: an emergency-management bureau of no level above a district."""
        return (self.field, self.kind) == ("应急管理", "局") and self.level in (None, "district")


def bodies(text: str, places: tuple[str, ...] = ()) -> list[Body]:
    """The government bodies the text names, in order; a place of `places` written before a
    body's level is part of its name (重庆市应急管理局)."""
    normal = normalize_for_matching(text)
    found = []
    for match in _BODY.finditer(normal):
        level = match["level"]
        if match["government"] and level in (None, "国务院", "中央"):
            continue  # 政府 of no level is government in general (政府监管责任)
        level_kind = None if level is None else _LEVELS.get(level, "district")
        # 经区政府授权: the government of a level is a body as much as its bureaus
        field = "政府" if match["government"] else _SAME_FIELD.get(match["field"], match["field"])
        kind = "政府" if match["government"] else _SAME_KIND.get(match["kind"], match["kind"])
        if kind in _JUSTICE:
            field, kind = _JUSTICE[kind], "院"
        written = _with_place(normal, match, places) if level in ("省", "市", "区", "县") else match.group(0)
        found.append(Body(written, level_kind, field, kind))
    return found


def _with_place(text: str, match: re.Match, places: tuple[str, ...]) -> str:
    """The body's name with the known place written before its level (重庆市应急管理局, not
    市应急管理局; 联合区司法局 is 区司法局)."""
    before = text[: match.start() + 1]  # through the level: 重庆市
    place = next((p for p in sorted(places, key=len, reverse=True) if before.endswith(p)), None)
    return text[match.start() + 1 - len(place) : match.end()] if place else match.group(0)


def other_body_notice(question: str, texts: list[str], places: tuple[str, ...] = ()) -> str:
    """The notice of an answer whose sentences name other bodies than one the question names
    (and none the same); "" when every body asked is written, or no sentence names another."""
    asked = [b for b in bodies(question, places) if not b.is_the_bureau]
    asked_text = normalize_for_matching(question)
    for body in asked:
        # 应急管理部发的63号文, where the sentence cites the city's document of that number: the
        # body may be written elsewhere (选送应急部), and is still not its issuer
        issued = _issuer_asked(asked_text, body.written, texts)
        if issued and body.written not in issued:
            return f"报告写的是{issued}，不是问题所说的“{body.written}”发的；以下是报告原句。"
    written = [bodies(text, places) for text in texts]
    # 闹上法院, 告到检察院: a court of no level is going to law, no body named.
    missing = [
        b
        for b in asked
        if not (b.kind == "院" and b.level is None)
        and not any(b.same_as(w) for named in written for w in named)
    ]
    if not missing:
        return ""
    for named, text in zip(written, texts, strict=True):
        other_bodies = [w for w in named if not w.is_the_bureau and not any(w.same_as(a) for a in asked)]
        # 经市应急管理局授权 asked, 经区政府授权…联合公安、检察院 written: the body in the asked one's
        # place; a government elsewhere in the sentence stands in for no bureau or court
        placed = [
            w.written
            for w in other_bodies
            if _in_same_place(asked_text, missing[0].written, normalize_for_matching(text), w.written)
        ]
        others = [w.written for w in other_bodies if w.kind != "政府"]
        if placed or others:
            listed = "、".join(dict.fromkeys(placed or others))
            return f"报告写的是“{listed}”，没有写到问题所说的“{missing[0].written}”；以下是报告原句。"
    return ""


# A body asked as the issuer of a document (应急管理部发的那份2020年63号文) ...
# (or right before its number: 应急管理部2020年63号文)
_ISSUED_BY = re.compile(r"^(?:(?:印发|下发|发布|出台|制定|颁布|发)的|(?:\d{4}年)?第?\d+号)")
# ... where the sentence writes the document by its title, its issuer's place first, and maybe
# its 文号 after it (《上海市…实施办法》（沪应急法规〔2020〕63号）).
_PLACED_TITLE = re.compile(
    r"《(?:[\u4e00-\u9fff]{2,3}(?:省|市|区|县)|国务院|应急管理部)[^《》]{2,40}》"
    r"(?:[（(][^（）()]{0,12}〔\d{4}〕\s*\d+\s*号[)）])?"
)
_SERIAL = re.compile(r"(\d{1,4})\s*号")


def _issuer_asked(question: str, asked: str, texts: list[str]) -> str:
    """The title (and 文号) of the document a sentence cites, when the question gives the body
    asked as its issuer: the title's place is who issued it, not a body the sentence names
    working with the bureau; "" otherwise. Of several, the one whose serial the question says."""
    at = question.find(asked)
    if at < 0 or not _ISSUED_BY.search(question[at + len(asked) :]):
        return ""
    serials = set(_SERIAL.findall(question))
    titles = [m.group(0) for text in texts for m in _PLACED_TITLE.finditer(text)]
    numbered = [t for t in titles if serials & set(_SERIAL.findall(t))]
    return (numbered or titles or [""])[0]


def _in_same_place(question: str, asked: str, text: str, written: str) -> bool:
    """Whether the text writes the body with the words the question puts right after the body
    it asks (…授权)."""
    at, there = question.find(asked), text.find(written)
    if at < 0 or there < 0:
        return False
    after = question[at + len(asked) : at + len(asked) + 2]
    # (the last of a list, 会同区公安分局、…、区消防救援支队制定, stands where the whole list does)
    listed = text[there - 1 : there] in ("、", "和", "及")
    return len(after) == 2 and text[there + len(written) :].startswith(after) and not listed


# What stands between a body a question names and the doing it gives that body (区司法局帮他们梳理).
_FOR_THEM = r"(?:帮|替|给|为|来|负责|统一)?(?:他们|它们|我们|其|该局|应急局)?"
# The bureau writing of itself as the doer (我局梳理了…).
_BUREAU_DOING = r"(?:我局|本局|该局)[^，,。；;]{0,4}?"


def bureau_did_notice(question: str, lead: str, places: tuple[str, ...] = ()) -> str:
    """The notice when the question gives a doing to another body (普法责任清单是区司法局帮他们
    梳理的) and the sentence answering it has the bureau do it itself (我局梳理了…清单); "" for
    any other. Another sentence naming that body for something else confirms nothing."""
    text = normalize_for_matching(lead)
    asked = normalize_for_matching(question)
    for body in bodies(question, places):
        if body.is_the_bureau or any(body.same_as(b) for b in bodies(lead, places)):
            continue
        at = asked.find(normalize_for_matching(body.written))
        if at < 0:
            continue
        doing = re.match(_FOR_THEM + r"(?P<verb>[\u4e00-\u9fff]{2})", asked[at + len(body.written) :])
        if doing is None:
            continue
        done = re.search(_BUREAU_DOING + re.escape(doing["verb"]) + r"[^，,。；;]*", text)
        if done:
            said = lead[done.start() : done.end()] if len(lead) == len(text) else done.group(0)
            return (
                f"报告写的是“{said}”：是应急管理局自己做的，不是问题所说的“{body.written}”；以下是报告原句。"
            )
    return ""


# A doing claimed of one body alone (一家单独搞的, 没别的部门参与) ...
_ALONE = re.compile(
    r"单独|独自|独家|一家(?:单位|部门)?(?:单独|自己|独自)?(?:搞|做|办|查|负责|完成)|没有?(?:别的|其他|其它)(?:部门|单位)"
)
# ... and a sentence having several do it (联合公安、工会…, 多部门共同参与).
_JOINTLY = re.compile(r"联合|会同|多部门|多个部门|共同|协同|联动|配合")


def done_jointly_notice(question: str, texts: list[str]) -> str:
    """The notice when the question says one body did something alone and a quoted sentence has
    several do it; "" for any other."""
    asked = normalize_for_matching(question)
    if not _ALONE.search(asked):
        return ""
    asked_pairs = set(char_bigrams(asked))
    for text in texts:
        for clause in re.split(r"[，,。；;]", text):
            # ... of the doing asked (参与事故调查 shares 调查 with the question)
            shared = set(char_bigrams(_JOINTLY.sub(" ", clause))) & asked_pairs
            if _JOINTLY.search(clause) and any(
                re.fullmatch(r"[\u4e00-\u9fff]{2}", p) for p in shared - {"部门", "参与"}
            ):
                return f"报告写的是“{clause}”，不是问题所说的一家单独做的；以下是报告原句。"
    return ""
