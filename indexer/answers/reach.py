"""How far a first or a ranking reaches: 全国率先 is not 在全市率先.

Asked whether a district was the first in the country (全国第一个建成…的吗) to build a system, `ask`
quoted the sentence saying it was the first in its city (在全市率先建成…) as the answer; a chatbot
reads that as a yes. When the question claims a
first, a lead or a place over one reach and the cited sentences claim it over another only,
the answer says so.
"""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# Reaches, narrowest last; 全区 of a district report is the district itself.
_REACH = r"全国|全省|全市|全区|全县|全行业|全系统|国内|省内|市内"
# What a reach measures: being first or ahead (率先, 首个, 第一, 位列前茅).
_FIRST = (
    r"率先|首个|首家|首批|首创|首次|第一|领先|最早|唯一|前列|前茅|第[一二三四五六七八九十\d]+名?"
    r"|头一[个家批套回]|头号|最先|带头"  # spoken (全国头一个建成的)
)
# Reach and claim within one phrase, in either order (全国率先, 在全国…第一个, 位列全市第一).
_CLAIM = re.compile(
    rf"(?P<reach>{_REACH})[^，。；;！!？?]{{0,8}}?(?:{_FIRST})|(?:{_FIRST})[^，。；;！!？?]{{0,3}}?(?P<after>{_REACH})"
)


def _reaches(text: str) -> set[str]:
    return {m.group("reach") or m.group("after") for m in _CLAIM.finditer(normalize_for_matching(text))}


def reach_notice(question: str, texts: list[str]) -> str:
    """The notice of an answer whose sentences claim a first or a place over another reach than
    the question does; "" when they claim it over the same one, or the question claims none."""
    asked = _reaches(question)
    if not asked:
        return ""
    said = set().union(*(_reaches(t) for t in texts)) if texts else set()
    if not said or asked & said:
        return ""
    return (
        f"报告写的是在“{'”“'.join(sorted(said))}”范围内，不是问题所说的“{'”“'.join(sorted(asked))}”；"
        "以下是报告原句。"
    )


# A first time claimed (第一次做到, 首次实现), where the sentence writes a run (连续八年) or a repeat.
_FIRST_TIME = re.compile(r"第一次|首次|头一次|头一回|第一回")
_RUN = re.compile(r"连续[\d一二两三四五六七八九十]+年|再次|又一次|继续保持|连续")


def first_time_notice(question: str, texts: list[str]) -> str:
    """The notice of an answer to 是第一次…吗 whose sentences write the thing as a run or a
    repeat (连续八年未发生较大事故); "" otherwise."""
    if not _FIRST_TIME.search(normalize_for_matching(question)):
        return ""
    runs = [m.group() for t in texts for m in _RUN.finditer(normalize_for_matching(t))]
    if not runs:
        return ""
    return f"报告写的是“{'”“'.join(dict.fromkeys(runs))}”，不是问题所说的第一次；以下是报告原句。"


# A contest named by whose it is (湖北省…大比武, 武汉市第一届…大比武, 全国…大赛).
_LEVEL = r"(?:(?:(?![区县在的里于了是和与及])[\u4e00-\u9fff]){2,3}[省市]|全国|全省|全市|省级|市级|国家级|省里|市里|省|市)"
_CONTEST = re.compile(
    rf"(?P<level>{_LEVEL})(?:第[一二三四五六七八九十\d]+届|首届)?(?P<event>[\u4e00-\u9fff]{{2,14}}?"
    r"(?:大比武|比武|技能大赛|大赛|比赛|竞赛|知识竞赛|评比|擂台赛))"
)


def contest_level_notice(question: str, texts: list[str]) -> str:
    """The notice of an answer whose sentence names the question's contest as another level's
    (湖北省…大比武 asked, 武汉市第一届…大比武 written); "" otherwise."""
    for asked in _CONTEST.finditer(normalize_for_matching(question)):
        for text in texts:
            for said in _CONTEST.finditer(normalize_for_matching(text)):
                same_event = said["event"].endswith(asked["event"][-4:])
                if same_event and not _same_level(_level(asked["level"]), _level(said["level"])):
                    return f"报告写的是“{_bare(said.group(0))}”，不是问题所说的“{_bare(asked.group(0))}”；以下是报告原句。"
    return ""


def _same_level(asked: str, said: str) -> bool:
    """湖北省 and 省, 武汉市 and 市, 全市 and 市级 name one level; 省 and 市 do not."""
    return asked in said or said in asked or asked[-1] == said[-1] and len(min(asked, said, key=len)) <= 2


def _bare(text: str) -> str:
    """Without the preposition the level's characters may start with (在武汉市)."""
    return re.sub(r"^(?:在|于|参加|的)", "", text)


def _level(text: str) -> str:
    """The level a contest's name gives (市里 and 市级 are 市, 国家级 is 全国)."""
    level = re.sub(r"(?:里|级)$", "", _bare(text))
    return "全国" if level == "国家" else level
