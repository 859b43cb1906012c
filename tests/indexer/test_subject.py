"""A several-district answer lists a district only when its own quoted sentences name what the
question is about (indexer/answers/subject.py), in our own wording."""

import pytest

from indexer.answers.answer import answer_question
from indexer.answers.evidence import EvidenceConfig
from indexer.answers.question_forms import item_lists
from indexer.answers.subject import SubjectAsked, unworded_subject
from indexer.text.normalize import normalize_for_matching

RAREST = 4.66  # a word in one passage of the bundled corpus


def _asked(text, terms, rarity, topic=None, parts=None, unknown=()):
    topic = topic or text
    return SubjectAsked(
        text,
        normalize_for_matching(topic),
        terms,
        rarity,
        item_lists(topic, terms),
        frozenset(unknown),
        lambda word: (parts or {}).get(word, 1.0),
        RAREST,
    )


def test_a_rare_noun_none_of_the_sentences_names_is_returned():
    asked = _asked("哪些区加强了烟花爆竹监管？", ["烟花爆竹", "监管"], {"烟花爆竹": 4.4, "监管": 0.5})
    assert unworded_subject(["全面加强对各类企业的日常监管。"], asked, 0.85) == "烟花爆竹"
    assert unworded_subject(["开展烟花爆竹零售点检查。"], asked, 0.85) == ""


def test_the_subject_may_be_named_in_another_wording_or_in_the_titles_above():
    asked = _asked("哪些区管了危险化学品？", ["危险化学品"], {"危险化学品": 4.2})
    assert unworded_subject(["对危化品仓库开展突击检查。"], asked, 0.85) == ""
    assert unworded_subject(["危化品安全监管。组织专家上门服务。"], asked, 0.85) == ""


def test_verbs_kinds_of_answer_and_unknown_words_are_no_subject():
    # 签订 is how it was done; 数据 says what is wanted; 元宇宙 is left to the unknown-word rule.
    asked = _asked(
        "哪些区签订了协议，有哪些数据，用了元宇宙吗？",
        ["签订", "协议", "数据", "元宇宙"],
        {"签订": 4.6, "协议": 4.6, "数据": 4.6, "元宇宙": 4.66},
        unknown={"元宇宙"},
    )
    assert unworded_subject(["与街道订立协议。"], asked, 0.85) == ""


def test_the_unit_or_measure_a_figure_is_asked_in_is_no_subject():
    # A report counts 户（次） or 户 where the question writes 户次; 金额 is said by the figure.
    units = _asked(
        "哪些区写了抽查门店多少户次？", ["抽查", "门店", "户次"], {"抽查": 3.0, "门店": 4.5, "户次": 4.66}
    )
    assert unworded_subject(["抽查门店35户（次）。"], units, 0.85) == ""
    assert unworded_subject(["抽查仓库35户（次）。"], units, 0.85) == "门店"
    measure = _asked("哪些区写了罚没的金额？", ["罚没", "金额"], {"罚没": 4.5, "金额": 4.66})
    assert unworded_subject(["罚没1.2万元。"], measure, 0.85) == ""


def test_a_district_writing_its_count_unit_otherwise_stays_listed(searcher):
    # 普陀区 writes 家（次）: the question's 家次 must not drop it.
    answer = answer_question(searcher, "哪几个区写了执法检查企业的家次？")
    assert answer.answered and {"普陀区", "硚口区"} <= _listed(answer)
    assert "没有写到“家次”" not in answer.notice


def test_a_time_limit_is_named_by_the_time_taken():
    # answered_by.tsv: a report cutting 办理时长 has cut the 时限 asked about.
    asked = _asked("哪几个区缩短了审批时限？", ["审批", "时限"], {"审批": 3.0, "时限": 4.5})
    assert unworded_subject(["审批事项办理时长压缩一半。"], asked, 0.85) == ""
    assert unworded_subject(["审批事项全部网上办理。"], asked, 0.85) == "时限"


def test_a_word_common_in_the_reports_is_no_subject():
    # In about one passage of eight: a modifier a report may leave out (党委书记 for 党政负责人).
    asked = _asked("各区党政负责人怎么履职？", ["党政", "负责人"], {"党政": 2.2, "负责人": 1.9})
    assert unworded_subject(["局党委书记带头学法。"], asked, 0.85) == ""


def test_a_rare_part_names_a_compound_and_a_common_part_does_not():
    asked = _asked(
        "各区受理举报投诉多少件？", ["举报投诉"], {"举报投诉": 4.66}, parts={"举报": 3.2, "投诉": 4.2}
    )
    assert unworded_subject(["全年受理群众举报15件。"], asked, 0.85) == ""
    common = _asked("各区受理举报投诉多少件？", ["举报投诉"], {"举报投诉": 4.66}, parts={"举报": 1.0})
    assert unworded_subject(["全年受理群众举报15件。"], common, 0.85) == "举报投诉"


def test_one_item_of_a_list_or_the_kind_after_it_is_enough():
    asked = _asked(
        "哪些区借助微博、抖音等新媒体做宣传？",
        ["微博", "抖音", "新媒体", "宣传"],
        {"微博": 4.4, "抖音": 4.66, "新媒体": 4.2, "宣传": 0.7},
    )
    assert unworded_subject(["在新媒体平台发布安全提示50条。"], asked, 0.85) == ""
    assert unworded_subject(["通过微博推送普法文章。"], asked, 0.85) == ""
    assert unworded_subject(["印发宣传海报。"], asked, 0.85) == "微博"


def test_a_compound_cut_in_two_is_named_by_its_rare_half():
    asked = _asked("哪些区有志愿服务队？", ["志愿", "服务队"], {"志愿": 4.2, "服务队": 4.66})
    assert unworded_subject(["发动社区志愿队参与巡查。"], asked, 0.85) == ""
    assert unworded_subject(["成立应急救援队。"], asked, 0.85) == "志愿"


def _listed(answer) -> set[str]:
    return {c.district for c in answer.citations}


def test_districts_whose_sentences_never_name_the_subject_are_left_out(searcher):
    answer = answer_question(searcher, "燃气安全隐患整治，哪些区做了？")
    assert answer.answered
    for district in _listed(answer):
        shown = [c for c in answer.citations if c.district == district]
        assert any("燃气" in normalize_for_matching("。".join([*c.section_path, c.text])) for c in shown)
    # Those with sentences on 隐患整治 alone are told apart from those with none.
    loose = answer_question(
        searcher, "燃气安全隐患整治，哪些区做了？", config=EvidenceConfig(subject_share=0)
    )
    left_out = {c.district for c in loose.citations} - _listed(answer)
    assert left_out and all(f"{d}" in answer.notice for d in left_out if d)
    assert "的相关句子没有写到“燃气”" in answer.notice


def test_a_named_district_left_out_is_told_what_its_sentences_do_not_name(searcher):
    answer = answer_question(searcher, "北碚区和硚口区在燃气安全方面做了哪些隐患整治？")
    # 北碚区's sentences on 隐患整治 speak of ten fields, none of them gas.
    assert "北碚区" not in _listed(answer)
    assert "北碚区的相关句子没有写到“燃气”" in answer.notice


@pytest.mark.parametrize("question", ["各区在有限空间作业方面做了哪些执法？"])
def test_a_dictionary_word_no_report_uses_is_named_whole(searcher, question):
    answer = answer_question(searcher, question)
    assert not answer.answered and "“有限空间”" in answer.notice
