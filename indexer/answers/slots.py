"""What kind of answer a question asks for beyond its topic: a time, a person, an organisation,
a telephone number. A sentence on the topic that does not hold one does not answer it: "252机制
是什么时候建立的" is not answered by "建立…252工作机制" without a date, nor "局长是谁" by
"党委书记、局长积极履行…", which names nobody. Without this check such sentences were quoted as
answers, and a chatbot repeating them says something the reports do not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.answers.bodies import bodies
from indexer.answers.document_numbers import DOCUMENT_NUMBER
from indexer.answers.polarity import NOT_EVEN_ONE
from indexer.answers.terms import CLAUSE_MARKS, wordings
from indexer.retrieval.scope import DISTRICTS_COUNTED
from indexer.text.normalize import normalize_for_matching

TIME, MONTH, DAY = "time", "month", "day"
PERSON, ORGANISATION, PHONE, NAME = "person", "organisation", "phone", "name"
# 依据哪份通知，文号多少: a 文号 printed in the sentence (鄂政办函〔2021〕17号), which never words 文号.
DOCUMENT = "document_number"
DOCUMENT_WORDS = frozenset({"文号", "发文字号", "字号", "发文号"})
RATE = "rate"  # read by rates.py: a per-person or average figure
EVERY = "every"  # 都持证上岗了吗: whether it holds for all
TOTAL = "total"  # read by totals.py: how many there are, not how many an action picked out
CAUSE = "cause"  # 为什么只排到第二方阵: a sentence stating the place gives no reason for it
CHARGE = "charge"  # 以什么罪名移送: a sentence on the handover that names no crime does not say
AWARD = "award"  # 选送后拿了什么奖: a sentence on the film sent names no prize
JUDGMENT = "judgment"  # 法院怎么判的: a sentence on the case handed over gives no sentence passed
FREQUENCY = "frequency"  # 多久训练一次: 定期组织训练 says it recurs, not how often
PLACE = "place"  # 分别坐落于哪些街道: a count of stations names no street
# What the notice says the reports leave out, per slot.
WHAT = {
    TIME: "时间",
    MONTH: "月份",
    DAY: "日期",
    PERSON: "人名",
    ORGANISATION: "单位名称",
    PHONE: "电话号码",
    DOCUMENT: "文号",
    NAME: "名称",
    RATE: "人均或平均数",
    EVERY: "范围（是否全部如此）",
    TOTAL: "总数（写到的数字只是某项工作涉及的那一部分）",
    CAUSE: "原因",
    CHARGE: "罪名",
    AWARD: "奖项或荣誉",
    JUDGMENT: "判决结果",
    FREQUENCY: "频次（多久一次）",
    PLACE: "具体地点（哪些街道、社区或地方）",
}

_ASKS = (
    (
        DOCUMENT,
        re.compile(
            r"(?:文号|字号|发文号)(?:是|为|叫)?(?:多少|什么|啥|几号)"
            # 请给出全称和文号, 文号请写全: the number asked beside the title, or on its own
            r"|(?:和|及|与|、|带上?|附上?|连同)(?:完整)?(?:的)?(?:文号|发文字号)"
            r"|(?:文号|发文字号)(?:请|也|要|都)?(?:写全|写出来|列出|给出|一并)"
        ),
    ),
    (PHONE, re.compile(r"(?:电话|热线|号码|手机号)(?:是|为)?(?:多少|什么|啥|几号)")),
    (DAY, re.compile(r"哪一?天|哪一?日|几号|具体日期|什么日子|几月几日")),
    # (not 6月份, a month claimed)
    (MONTH, re.compile(r"几月|哪个月|哪一个月|什么月份|(?<![\d一二三四五六七八九十])月份")),
    (TIME, re.compile(r"什么时候|啥时候|何时|什么时间|哪段时间|什么时段|哪一?年")),
    # A name, not a role: 由谁负责 is answered by 主要负责人, 局长是谁 is not; nor is 是谁来统一
    # 执法, answered by the body that does it (执法支队).
    (
        PERSON,
        re.compile(
            r"是谁(?![来去在负牵主组执办管做干抓搞出签审查发把])|谁是|哪位|哪几位|哪一位|都有谁|姓名|是哪个领导|(?:人|领导|局长|主任|组长|队长)叫什么"
            # (局长 名字, typed as keywords)
            r"|(?:领导|局长|主任|组长|队长|书记|负责人)[\s，,]*的?[\s，,]*名字"
            # (谁任主任, 谁担任组长: the person holding a post)
            r"|谁(?:来)?(?:任|担任|当)(?:主任|组长|队长|局长|书记|负责人|委员)"
        ),
    ),
    (
        ORGANISATION,
        re.compile(
            r"哪一?家(?![都也])|哪几家|哪个单位|哪个机构|哪所|哪个公司|哪个律所|什么单位|什么机构|什么公司"
            r"|哪些单位|哪几个单位|哪些机构|哪几个机构"
            # 写明了律师事务所的名称: the body's name asked, not a sentence on it
            r"|(?:律师事务所|事务所|律所|公司)的?(?:名称|名字|全称)"
        ),
    ),
    (
        JUDGMENT,
        re.compile(
            r"怎么判|如何判|判了(?:什么|多少|几年|没有|没)|判决结果|判决(?:如何|怎样|怎么样)|判刑了?吗|量刑"
        ),
    ),
    (CHARGE, re.compile(r"(?:什么|哪个|哪种|哪项|哪一项|何种|啥)罪|罪名(?:是|为)?(?:什么|啥|哪)")),
    (
        AWARD,
        re.compile(
            r"(?:什么|哪些|哪个|哪项|几项|啥|何种)(?:奖|奖项|荣誉|称号|表彰|名次)"
            r"|(?:获|得|拿)(?:得|到)?了?(?:什么|哪些|啥)(?:奖|荣誉|称号)|奖项(?:是|有)(?:什么|哪些)"
            # whether it won one (有没有…获奖, 获奖了吗): a sentence on the entry names no prize
            r"|(?:有没有|是否|有无)[^，,。？?]{0,16}(?:获奖|得奖|拿奖|拿到奖)"
            r"|(?:获奖|得奖|拿奖|拿到奖|得到奖|拿了奖|获了奖)了?(?:吗|没有|没)"
        ),
    ),
    # The name of a thing (平台叫什么, 品牌名称是什么): a sentence on the platform names none.
    (
        NAME,
        re.compile(
            r"叫什么|叫啥|叫做什么|什么名字|名字是什么|名字是啥|名称是什么|名称是啥|名称叫什么|名称为何|取名|命名为"
            r"|(?:片名|剧名|书名|标题)(?:是什么|是啥|叫什么|叫啥)"
        ),
    ),
    (
        FREQUENCY,
        re.compile(
            # (not 这种高频度的督导: a frequency claimed)
            # (not 多久来一次是怎么定的: how it is decided, answered by what it depends on)
            r"(?:多久[^，,。？?]{0,6}一[次回趟遍]|多长时间[^，,。？?]{0,6}一[次回趟遍]|(?:每)?隔多[久长])"
            r"(?!是?(?:怎么|如何|怎样|按什么|根据什么|依据什么|由什么)(?:定|确定|决定|安排))"
            r"|(?:频次|频率|频度)(?:是|为|有)?(?:多少|多高|怎样|如何|怎么样|几)"
            # (not 一年开展了几次: how many times, a count answers it)
            r"|几(?:天|周|个月|个季度|年)[^，,。？?]{0,4}?一[次回趟遍]"
        ),
    ),
    (
        PLACE,
        re.compile(
            # (not 哪些地方, often which respects, nor 什么位置, often a rank)
            r"(?:哪些|哪几个|哪个|哪一个|什么)(?:街道|街镇|镇街|乡镇|社区|小区|村|地点|场所)"
            # (not 法制宣教科设在哪: a unit inside the bureau, answered by 局内设…)
            r"|坐落|位于哪|分布在哪|在哪(?:个|些)?(?:街道|社区|村)|具体地址|地址是"
        ),
    ),
    (CAUSE, re.compile(r"为什么|为何|为啥|缘何|什么原因|啥原因|何种原因|原因是什么|原因何在|怎么会")),
    # Whether something holds for all (执法人员都持证上岗了吗): a sentence that it was pursued
    # (强化…持证上岗) is no yes.
    (
        EVERY,
        re.compile(
            r"(?:都|全部|全都|全员|所有|每个|每一个|每名|每家).{0,16}(?:吗|没有|了没|与否)[？?]?$"
            # (…全区都用上了吧: a guess to be confirmed asks the same, unless it guesses that
            # none was (一直都没做过…吧) or all of a count (那70起都立案了吧: partial.py checks it))
            r"|^[^\d０-９]*(?:都|全部|全都|全员|所有)(?![没不未])[^\d０-９]{0,16}吧[？?]?$"
            r"|(?:是否|是不是|有没有)(?:都|全部|全都|全员|所有)"
        ),
    ),
)
_DATE = re.compile(
    r"(?:19|20)\d{2}\s*年|\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|\d{1,2}\s*日|年初|年底|年末|年中|上半年|下半年"
    r"|今年|去年|当年|同年|季度|月底|月初|月中|旬|春节|国庆|元旦"
)
_MONTH = re.compile(r"\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|月底|月初|月中|春节|国庆|元旦")
# (Not the serial of a 文号: 鄂政办函〔2021〕17号 is no 17th.)
_DAY = re.compile(r"(?<![〕\]】)）\d])\d{1,2}\s*[日号]|[一二三四五六七八九十]{1,3}[日号]")
# A crime by its name (危险作业罪, 失火罪), not 犯罪 in general (打击违法犯罪).
_CHARGE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,}(?<!犯)罪(?!犯)")
_PHONE = re.compile(r"\d{5,}|\d{3,4}-\d{7,8}")
# A firm's or institute's full name, its seat in brackets inside (北京德和衡（武汉）律师事务所).
_FIRM = (
    r"[\u4e00-\u9fff*]{2,}(?:[(（][\u4e00-\u9fff]{2,6}[)）])?"
    r"(?:律师事务所|事务所|公司|集团|协会|学会|研究院|研究所|大学|学院|医院|银行|中心|基金会)"
)
_ORGANISATION = re.compile(
    rf"{_FIRM}"
    # ... or a government body acting with the bureau (会同区公安分局、区人民检察院): 哪几家单位
    r"|[\u4e00-\u9fff*]{2,}(?:公安分局|公安局|人民法院|法院|检察院|救援支队|司法局)"
    # ... or a body of the bureau's own (重大案件由审理委员会审议): 交给哪个机构
    r"|[\u4e00-\u9fff*]{2,}(?:委员会|领导小组)"
)
# Units asked in general (来自哪些单位), not a firm (哪家律所): a body or the district's own units answer.
_UNITS_ASKED = re.compile(r"(?:哪些|哪几个|哪个|什么)(?:单位|机构)")
_LOCAL_UNITS = re.compile(r"镇街|街镇|街道|乡镇|管委会|社区|村")
# A name as the reports write one: in quotation marks or title marks (“沙小安”, 《应急侠》), or an
# organisation's full name.
_QUOTED_NAME = re.compile(r"“[^”]{2,}”|《[^》]{2,}》|「[^」]{2,}」|‘[^’]{2,}’|\"[^\"]{2,}\"")
# A sentence saying it is still to be done: no, it does not hold for all yet.
_NOT_YET = re.compile(r"有待|仍需|尚需|还需|亟待|亟需|尚未|仍未|还未")
# A sentence saying it holds for all: 持证率100%, 均已通过, 全部整改, 全覆盖, 无一例外.
# (普查: every one of them examined, 对…期间办结的案卷进行普查)
_ALL_STATED = re.compile(
    r"100\s*[%％]|百分之百|均|全部|全员|全覆盖|所有|一律|无一|都已|全数|全体|普查"
    r"|全面(?:推行|推广|铺开|实施|施行)"  # 全面推行“桌面推演+盲演”模式 answers 全区都铺开了吗
)
# A sentence naming a prize or honour: 第三名, 优秀组织奖, 入选…案例, 称号, 表彰;
# 优秀 or 先进 alone (优秀选手, 先进经验) names no prize (先进单位 does); 入选 only of a list of cases.
_AWARD_STATED = re.compile(
    r"奖|称号|荣誉|荣获|获评|授予|先进单位|先进集体|第[一二三四五六七八九十\d]+名|表彰|冠军|亚军|季军"
    r"|入选[^，。；]{0,20}案例"
)
# How often, written: 每季度, 每月举办, 一年两次, 每半年一次, 按月; not 定期 or 常态化, which say
# only that it recurs.
_FREQUENCY_STATED = re.compile(
    r"每[一二两三四五六七八九十半\d]*个?(?:天|日|周|星期|旬|月|季度|季|半年|年)"
    r"|[一二两三四五六七八九十半\d]+个?(?:天|周|星期|月|季度|年)[^，。；]{0,4}?[一二两三四五六七八九十\d]+次"
    r"|按(?:日|周|月|季度|季|年)|逐月|每逢"
    r"|年内(?:至少)?[一二两三四五\d]+次"  # 重点企业年内一次以上全覆盖执法检查
)
# A place by its name: a list of streets (A街道、B街道), an address (XX路12号), where a thing
# stands (位于…街道); not 各街道, 全区街道 or 街道应急救援队伍, which name none, nor 位于第二方阵.
_PLACE_STATED = re.compile(
    r"(?<![各全本该每个些级由和与、在到向于])[\u4e00-\u9fff]{2,3}(?:街道|街|镇|乡|村|社区|小区)"
    r"(?:、[\u4e00-\u9fff]{2,3}(?:街道|街|镇|乡|村|社区|小区))+"
    r"|[\u4e00-\u9fff]{2,6}(?:路|大道|街)\d+号|地址[:：]"
    r"|(?:位于|坐落于?|设在)[\u4e00-\u9fff]{2,8}?(?:区|街道|镇|乡|村|社区|路)"
    r"|在[\u4e00-\u9fff]{2,6}(?:广场|公园|体育馆|礼堂|会议室|学校|中学|小学|大学|基地)"
    r"|在[\u4e00-\u9fff]{2,8}?(?:城区|区域|片区|园区|地区)"  # 在中心城区进行试点推广
)
# A sentence passed on a case (判处, 有期徒刑, 判决).
_JUDGMENT_STATED = re.compile(r"判决|判处|判刑|有期徒刑|拘役|缓刑|罚金|败诉|胜诉|维持|撤销|驳回")
# A sentence giving a cause or a purpose: 因受疫情影响…故未开展, 为进一步落实…, 由于…导致.
_CAUSE_STATED = re.compile(
    r"因为|由于|因受|受[^，。；]{1,12}影响|原因|导致|造成|致使|鉴于|所致|以致|为了|旨在|以便|目的"
    r"|(?:^|[，。；：])为(?:进一步|全面|切实|深入|有效|加强|推进|确保|落实|贯彻)"
)
# Kinds of body any organisation's name answers (法律顾问单位叫什么 -> …律师事务所).
_BODIES = frozenset({"单位", "机构", "公司", "律所", "组织", "部门"})
# The commonest Chinese surnames (general knowledge): a name jieba tags as a person (nr) must
# start with one, since it also tags terms such as 法律顾问 so.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


def asked_slot(question: str) -> str | None:
    """The kind of answer the question asks for, when it is one a sentence may lack."""
    text = normalize_for_matching(question)
    for slot, pattern in _ASKS:
        if slot == EVERY and (
            _DISTRICTS_ALL.search(text)
            or NOT_EVEN_ONE.search(text)
            or not pattern.search(_INTERVALS.sub("", text))
        ):
            continue
        if pattern.search(text):
            return slot
    return None


# Every one of a kind claimed (每家企业都贴了码, 所有企业都…): the kind is the noun after it ...
EVERY_OF_KIND = re.compile(r"(?:每一?家|所有的?|全部的?|家家)(?P<kind>企业|单位|厂|工厂|商户|场所)")


def some_of_kind(kind: str) -> re.Pattern[str]:
    """... and a count of a narrower kind of it (198家重点监管企业)."""
    return re.compile(rf"\d+(?:\.\d+)?[多余]?家[\u4e00-\u9fff]{{1,6}}?{re.escape(kind)}")


# 每周都, 每个月都: how often, not whether it holds for all (the interval is checked by dates).
_INTERVALS = re.compile(r"每一?个?(?:天|日|周|星期|旬|月|季度|季|半年|年度|年)都?")


# 各区都开展了普法吗: the 都 is of the districts, each answering for itself.
_DISTRICTS_ALL = re.compile(
    rf"各区|各个区|每个区|所有区|这些区|{DISTRICTS_COUNTED}|各地|各家应急"
    # 甲区和乙区都开通了…吗: the 都 is of the two districts named, each answering for itself
    r"|(?:区|县)(?:和|与|跟|同|及|以及|、)[\u4e00-\u9fff]{2,4}(?:区|县)?(?:是不是|是否|有没有)?都"
    r"|(?:和|与|跟|同|及|以及|、)[\u4e00-\u9fff]{2,4}(?:区|县)(?:是不是|是否|有没有)?都"
)


# Posts that answer "who" as the reports do, by giving a post a role (组长是谁 -> 局长任组长),
# unless the question names that post (局长是谁 is not answered by 党委书记、局长积极履行…).
_POSTS = re.compile(
    r"党委书记|副书记|书记|副局长|局长|副主任|主任|副组长|组长|大队长|队长|科长|股长|处长|站长|所长"
    r"|副区长|区长|主要负责人|负责人|分管领导"
)
_POST_ASSIGNED = re.compile(rf"({_POSTS.pattern})(?:任|担任|兼任|牵头|负责)")


# 谁牵头, 谁制定的: a doing a body does as often as a person (区应急管理局牵头建立…机制), so a
# body named in the sentence answers it.
_DONE_BY_BODY = re.compile(
    r"谁(?:来)?(?:牵头|负责|组织|主办|承办|制定|出台|发布|印发|评选|评的|授予|颁发|建立|组建|批准|审批)"
)


# A part whose title announces the causes of what it lists (不足和原因, 问题及原因分析).
_CAUSES_TITLED = re.compile(r"原因|成因")


# The words a question asking why names the cause by (啥原因, 理由是什么).
CAUSE_WORDS = frozenset("原因 理由 缘故 缘由 起因 原由".split())


# The period a figure runs over, asked (统计到什么时候为止, 对应的是什么时间范围), and as reports
# write it beside the figure when no date is given.
_PERIOD_ASKED = re.compile(r"时间范围|时间段|时段|为止|截至|截止|统计")
_PERIOD = re.compile(r"全年|年内|今年以来|年初以来|截至目前|截至|截止|累计")


# When someone speaks in a meeting (什么时候表态, 何时发言): answered by the order, not a date.
_WHEN_SPEAKING = re.compile(r"(?:什么时候|啥时候|何时)(?:才|再|来)?(?:表态|发言|讲话|拍板|表决|发表意见)")
_SPEAKING_ORDER = re.compile(r"末尾|最后|最先|首先|率先|第一个|会前|会后|事先")


# A 文号 in brackets right after a title: 》（沪应急法规〔2020〕63号）.
_NUMBER_AFTER_TITLE = r"》?\s*[（(]\s*[\u4e00-\u9fff]{0,10}[〔\[【(](?:19|20)\d{2}[〕\]】)]\d{1,5}号"


def fills(slot: str, sentence: str, question: str = "", headings: str = "") -> bool:
    """Whether the sentence holds an answer of that kind to the question; `headings` are the
    normalised titles above it."""
    text = normalize_for_matching(sentence)
    if slot == CHARGE:
        return bool(_CHARGE_NAMED.search(text))
    if slot == PERSON:
        if _DONE_BY_BODY.search(normalize_for_matching(question)) and bodies(text):
            return True
        asked = set(_POSTS.findall(normalize_for_matching(question)))
        if any(m.group(1) not in asked for m in _POST_ASSIGNED.finditer(text)):
            return True
        if re.search(rf"(?:聘请|聘用|委托|签约){_FIRM}", text):
            return True  # 法律顾问是谁: the firm engaged (聘请…律师事务所) names who
    if slot == TIME:
        if _WHEN_SPEAKING.search(normalize_for_matching(question)) and _SPEAKING_ORDER.search(text):
            return True  # 一把手什么时候表态: 坚持末尾表态制 says when, in the meeting's order
        if _PERIOD_ASKED.search(normalize_for_matching(question)) and _PERIOD.search(text):
            return True  # 数字统计到什么时候为止, 是什么时间范围的: 全年, 截至目前
        return bool(_DATE.search(text))
    if slot == MONTH:
        return bool(_MONTH.search(text))
    if slot == DAY:
        return bool(_DAY.search(text))
    if slot == PHONE:
        return bool(_PHONE.search(text))
    if slot == DOCUMENT:
        # (the number of the document the question names: 《…实施细则》's, not the 〔2020〕63号 of
        # the 《…实施办法》 it was made under, in the same sentence)
        for title in re.findall(r"《([^》]{2,40})》", normalize_for_matching(question)):
            if title in text:
                return bool(re.search(re.escape(title) + _NUMBER_AFTER_TITLE, text))
        return bool(DOCUMENT_NUMBER.search(text))
    if slot == ORGANISATION:
        if _UNITS_ASKED.search(normalize_for_matching(question)) and (
            bodies(text) or _LOCAL_UNITS.search(text)
        ):
            return True  # 委托给了哪些单位: 17个镇街、5个园城管委会 are units, though no firm's name
        return bool(_ORGANISATION.search(text))
    if slot == NAME:
        return _names_asked_thing(sentence, question)
    if slot == EVERY:
        # 有待进一步提升 says no to 都已提升到位了吧 as plainly as 均已 says yes; so does a pilot
        # (在中心城区进行试点推广) to 全市都铺开了吧
        return bool(
            _ALL_STATED.search(text)
            or _NOT_YET.search(text)
            or "试点" in text
            # 198家重点监管企业 says no to 每家企业都…了吧
            or (
                (every := EVERY_OF_KIND.search(normalize_for_matching(question)))
                and some_of_kind(every["kind"]).search(text)
            )
        )
    if slot == CAUSE:
        # under 二、…存在的不足和原因 the report gives its causes without writing 因为 in them
        return bool(_CAUSE_STATED.search(text) or _CAUSES_TITLED.search(headings))
    if slot == AWARD:
        return bool(_AWARD_STATED.search(text))
    if slot == FREQUENCY:
        return bool(_FREQUENCY_STATED.search(text))
    if slot == PLACE:
        return bool(_PLACE_STATED.search(text))
    if slot == JUDGMENT:
        return bool(_JUDGMENT_STATED.search(text))
    return any(
        len(word) in (2, 3) and word[0] in _SURNAMES and _beside_a_post(word, text)
        for word in _person_words(text)
    )


# Where a report names a person: by a post or as the signer (签发人：张某, 局长李某, 王某同志).
_NAMED_AS = re.compile(rf"{_POSTS.pattern}|签发人|联系人|同志|成员")


def _beside_a_post(name: str, text: str) -> bool:
    """Whether the name stands within a few characters of a post: jieba tags 高水平 (以高水平执法)
    and 陈述 as names, and no post stands beside them."""
    at = text.find(name)
    return at >= 0 and bool(_NAMED_AS.search(text[max(0, at - 6) : at + len(name) + 6]))


@lru_cache(maxsize=2048)
def _person_words(text: str) -> tuple[str, ...]:
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)  # its dictionary loads on first use, on stderr otherwise
    return tuple(word for word, tag in jieba.posseg.cut(text) if tag == "nr")


def _names_asked_thing(sentence: str, question: str) -> bool:
    """Whether the sentence names the thing the question asks the name of: a name in quotation
    or title marks in a clause that words that thing (推行“三色预警”工作机制 for 机制叫什么), or
    the name holding it; not a title in a sentence merely on the topic (《…审核办法》 does not
    name a 平台)."""
    head = _named_thing(question)
    # 招牌叫什么: the report names its 品牌.
    heads = wordings(head, question) if head else frozenset()
    for clause in CLAUSE_MARKS.split(sentence):
        if head and re.search(rf"{_BUILT}了?[\u4e00-\u9fff]{{4,14}}{re.escape(head)}", clause):
            return True  # 率先建成防汛决策指挥系统: a built thing named in full, unquoted
        names = [*_QUOTED_NAME.finditer(clause), *_ORGANISATION.finditer(clause)]
        if not names:
            continue
        if head is None or (head in _BODIES and _ORGANISATION.search(clause)):
            return True
        if head in _DOCUMENTS and any(n.group(0).startswith("《") for n in names):
            return True  # 法制审核文件叫什么: 《…法制审核办法》 is that document, whatever it calls itself
        # The thing worded in the name or right beside it (“三色预警”工作机制, 微电影《应急侠》),
        # not anywhere in the clause: 支队 of 执法支队 is no name in “一支队伍执法”.
        if any(
            _worded_in(clause[max(0, n.start() - _NAMED_BEFORE) : n.end() + _NAMED_AFTER], h)
            for n in names
            for h in heads
        ):
            return True
    return False


# Words for a document of any kind: a title in 《》 names one.
_DOCUMENTS = frozenset("文件 规范性文件 红头文件 文书 号文".split())  # (号文: 63号文叫什么)
# Characters beside a quoted name where the thing it names is worded (微电影《应急侠》; “数智普陀”
# …监管子系统, its noun some words on).
_NAMED_BEFORE, _NAMED_AFTER = 6, 14
# A measure word after a numeral (一支队伍): 支 there counts, it starts no 支队.
_COUNTED_BY = re.compile(r"[一二两三四五六七八九十几\d]$")


def _worded_in(text: str, head: str) -> bool:
    """Whether the text words the head, not as a numeral's measure word and the next character."""
    return any(
        not _COUNTED_BY.search(text[:at]) for at in (m.start() for m in re.finditer(re.escape(head), text))
    )


# Verbs that bring a system, platform or team into being, whose object is its full name
# (组建…志愿服务队 names the team).
_BUILT = r"(?:建成|建立|上线|开发|启用|打造|推出|搭建|研发|开通|组建|成立|设立)"


def _named_thing(question: str) -> str | None:
    """The last two characters of the noun before 叫什么 / 名称是什么 (平台 of 公示平台叫什么)."""
    text = normalize_for_matching(question)
    asked = dict(_ASKS)[NAME].search(text)
    if asked is None:
        return None
    # (…签的那个协议，正式名称叫啥: the thing before the comma)
    before = re.sub(
        r"(?:的|正式|名字|名称|全称|题目|标题|具体|分别|各自|都|片名|剧名|书名|名(?=$)|[，,\s])+$",
        "",
        text[: asked.start()],
    )
    thing = re.search(r"[\u4e00-\u9fff]{2}$", before)
    return thing.group() if thing else None
