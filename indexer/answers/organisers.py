"""Who organised it: asked whether the bureau organised something (应急局是不是每季度牵头组织联合
检查) where the sentence quoted has another body organise it (区安办每季度组织…应急管理等单位开展
联合安全检查), the answer said yes under the plain notice; the bureau was among those organised.
Every report is its bureau's own, so a question naming no other body asks about the bureau.
"""

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
