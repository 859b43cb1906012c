"""Who organised it, or whose requirement it followed: asked whether the bureau organised
something (应急局是不是每季度牵头组织联合检查) where the sentence quoted has another body organise
it (区安办每季度组织…应急管理等单位开展联合安全检查), the answer said yes under the plain notice;
the bureau was among those organised. Every report is its bureau's own, so a question naming no
other body asks about the bureau."""

from __future__ import annotations

import re

from indexer.text.normalize import normalize_for_matching

# Bodies other than the district's 应急管理局 that reports name as organising the work.
_OTHER_BODIES = (
    r"区安委办|区安委会|区安办|安委会|安委办|区委|区政府|市应急管理局|市局|区司法局|司法局|区人大|区政协"
)
_ORGANISED_BY = re.compile(rf"({_OTHER_BODIES})(?:每季度|每月|每年|定期)?(?:牵头)?组织")
_ASKS_ORGANISER = re.compile(r"组织|牵头")


def organiser_notice(question: str, lead: str) -> str:
    """The notice of an answer whose first sentence has another body organise what the question
    says the bureau organised; "" when the question names another body or asks no organiser."""
    asked = normalize_for_matching(question)
    if not _ASKS_ORGANISER.search(asked) or re.search(_OTHER_BODIES, asked):
        return ""
    bodies = [m.group(1) for m in _ORGANISED_BY.finditer(normalize_for_matching(lead))]
    if not bodies:
        return ""
    return f"报告写的是由“{'”“'.join(dict.fromkeys(bodies))}”组织，不是应急管理局自己组织；以下是报告原句。"


# Whose requirement the work followed (按照市应急管理局、区司法局工作要求): a question naming one
# body (是按应急管理部的要求搞的吗) is not confirmed by a sentence naming others.
_REQUIREMENT = r"(?:的)?(?:工作)?(?:要求|部署安排|部署|安排|规定|通知)"
_ASKED_REQUIREMENT = re.compile(rf"按(?:照)?([\u4e00-\u9fff*]{{2,16}}?){_REQUIREMENT}")
_WRITTEN_REQUIREMENT = re.compile(rf"(?:按照|根据|依据)(.{{2,60}}?){_REQUIREMENT}")
# 严格落实《省人民政府办公厅关于换发…的通知》(鄂政办函〔2021〕17号)、《湖北省司法厅关于…》要求: the
# requirement of the notices' issuers.
_NOTICES_FOLLOWED = re.compile(r"(?:落实|执行|贯彻)((?:《[^》]{2,80}》[^《》，,。；;]{0,24}?)+)要求")
_ISSUER = re.compile(r"《([^》]{2,20}?)关于")
_BODY_END = re.compile(r"(?:局|部|厅|办|委|会|院|政府|办公室)$")


def requirement_notice(question: str, texts: list[str]) -> str:
    """The notice of an answer whose first sentence writing a requirement follows another body's
    than the one the question names; "" when it names that body or the question names none."""
    asked = _ASKED_REQUIREMENT.search(normalize_for_matching(question))
    if asked is None or not _BODY_END.search(asked.group(1)):
        return ""
    body = asked.group(1)
    # 区司法局 is 司法局; 市应急管理局和区司法局 names two, each to be found
    cores = [b[1:] if b[0] in "区市省" and len(b) > 3 else b for b in re.split(r"和|与|及|、", body) if b]
    written = next((found for text in texts if (found := _requirements(normalize_for_matching(text)))), [])
    if not written or any(all(core in w for core in cores) for w in written):
        return ""
    return f"报告写的是按照“{written[0]}”的要求，不是问题所说的“{body}”；以下是报告原句。"


def _requirements(text: str) -> list[str]:
    """Whose requirements the text writes it followed, in its order: the bodies after 按照 and the
    issuers of the notices it carried out."""
    found = [(m.start(), m.group(1)) for m in _WRITTEN_REQUIREMENT.finditer(text)]
    for followed in _NOTICES_FOLLOWED.finditer(text):
        issuers = "、".join(dict.fromkeys(_ISSUER.findall(followed.group(1))))
        if issuers:
            found.append((followed.start(), issuers))
    return [body for _, body in sorted(found)]
