"""Several-district answers list a district for saying what the question asks happened or did
not happen, not for being about its subject (indexer/answers/polarity.py), in our own wording."""

import pytest

from indexer.answers import polarity
from indexer.answers.answer import answer_question


@pytest.mark.parametrize(
    ("question", "absence", "presence"),
    [
        ("哪几个区一起安全事故都没出过？", True, False),
        ("哪些区今年未接到过投诉？", True, False),
        ("哪些区有过行政处罚被撤销的事？", False, True),
        ("哪些区发生了火灾？", False, True),
        ("哪些区出现过执法纠纷，结果如何？", False, False),  # how things stand: "none" answers it
        ("各区有没有聘请律师？", False, False),  # whether: "none" answers it too
        ("哪些区没收了违法所得？", False, False),  # 没收 is no negation
        ("哪些区开展了无人机巡查？", False, False),
    ],
)
def test_what_a_question_asks_of_each_district(question, absence, presence):
    assert polarity.asks_absence(question) is absence
    assert polarity.asks_presence(question) is presence


def test_a_negation_before_the_term_in_its_clause_denies_it():
    texts = ["截至年底，本局未曾被提起行政诉讼，开展执法检查120家次。", "全年进入行政诉讼程序的案件2件。"]
    negated, affirmed = polarity.stated(texts, "行政诉讼", "")
    assert negated == ["本局未曾被提起行政诉讼"] and affirmed == ["全年进入行政诉讼程序的案件2件"]
    # The negation must come before the term: 检查后未发现问题 does not deny 检查.
    assert polarity.stated(["执法检查后未发现问题"], "检查", "") == ([], ["执法检查后未发现问题"])
    assert polarity.stated(["组织无人机巡查3次"], "巡查", "") == ([], ["组织无人机巡查3次"])


def test_a_term_only_ever_denied_is_named_and_one_affirmed_anywhere_is_not():
    assert polarity.only_denied(["全年无败诉案件。"], ["行政", "败诉"], "") == "全年无败诉案件"
    assert polarity.only_denied(["全年无败诉案件。", "一起案件败诉后整改。"], ["败诉"], "") == ""


def test_the_subject_is_the_rarest_term_that_is_no_negation():
    assert (
        polarity.subject_of(["发生", "行政诉讼", "案件"], {"发生": 1.6, "行政诉讼": 3.8, "案件": 2.3})
        == "行政诉讼"
    )
    assert polarity.subject_of([], {"x": 1.0}) is None


def _listed(answer) -> set[str]:
    return {c.district for c in answer.citations}


def test_asked_where_it_did_not_happen_a_district_that_had_cases_is_not_listed(searcher):
    answer = answer_question(searcher, "哪几个区一起行政诉讼都没发生过？")
    # 北碚区 reports three cases that went to court; 硚口区 writes that none did.
    assert "北碚区" not in _listed(answer)
    assert answer.answered and "硚口区" in _listed(answer)
    assert any("未出现" in c.text and "行政诉讼" in c.text for c in answer.citations)


def test_asked_where_it_happened_a_district_that_writes_none_is_not_listed(searcher):
    answer = answer_question(searcher, "哪几个区有过行政复议的案子？")
    assert "硚口区" not in _listed(answer)
    named = answer_question(searcher, "硚口区和北碚区哪个区有过行政复议的案子？")
    assert "硚口区" not in _listed(named) and "硚口区的报告写的是“" in named.notice


def test_asked_where_it_did_not_happen_the_subject_is_what_follows_the_negation():
    rarity = {"连续": 4.0, "发生": 1.6, "较大": 3.0, "事故": 1.2}
    terms = ["连续", "发生", "较大", "事故"]
    question = "哪几个区连续几年都没出过较大事故？"
    assert polarity.subject_of(terms, rarity, question) == "较大"
    assert polarity.subject_of(terms, rarity) == "连续"
    # The thing may come before the negation; a verb after it is no subject.
    lawsuits = {"行政诉讼": 3.8, "发生": 1.6}
    assert polarity.subject_of(["行政诉讼", "发生"], lawsuits, "哪些区行政诉讼都没发生过？") == "行政诉讼"


def test_a_district_saying_it_had_no_serious_accident_for_years_is_listed(searcher):
    # 硚口区 writes 连续 before its negation and the accident after it.
    answer = answer_question(searcher, "哪几个区连续几年都没出过较大事故？")
    assert answer.answered and "硚口区" in {c.district for c in answer.citations}


def test_a_thing_guarded_against_is_neither_affirmed_nor_denied():
    texts = ["全年抓好重点行业整治，防范和遏制各类火灾发生。", "去年春节前后未发生火灾。"]
    negated, affirmed = polarity.stated(texts, "火灾", "")
    assert affirmed == [] and negated == ["去年春节前后未发生火灾"]
