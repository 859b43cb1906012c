"""A figure claimed of a thing only one district's report writes, the district left unsaid
(缙云志愿服务队有三十多人吧, where 北碚区's report alone names the team and counts 19人).

A claimed figure is checked against a report's own only when the question is scoped to one
(corrections.correctable): the passages found for an unscoped question may simply miss the
sentence. Unscoped, the claim was declined with "the sentences found do not write 三十多",
though the one report naming the thing writes its figure. When one district's report alone
words everything the question names, the claim is that report's, and is checked against it.
"""

from __future__ import annotations

from indexer.answers.question import corpus_vocabulary


def sole_district(searcher, question: str, terms: list[str]) -> str | None:
    """The one named district whose report words every term as a word; None when none does, or
    the reports of several districts (or the anonymised one) do."""
    if not terms:
        return None
    vocabulary = corpus_vocabulary(searcher)
    segment = searcher._tokenizer.words
    holding = [
        r
        for r in searcher.reports
        if all(vocabulary.says_as_word(t, question, [r["report_id"]], segment) for t in terms)
    ]
    districts = {r.get("district") for r in holding}
    if len(districts) != 1 or None in districts:
        return None
    return districts.pop()
