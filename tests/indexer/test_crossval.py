"""Cross-validation of levers (indexer/evaluation/crossval.py) on made-up per-query scores."""

from collections import Counter

from indexer.evaluation.crossval import cross_validate, stratified_folds


def test_folds_are_stratified_by_kind_and_fixed_by_the_seed():
    kinds = ["a"] * 23 + ["b"] * 11 + ["c"] * 6
    folds = stratified_folds(kinds, 5, seed=1)
    assert folds == stratified_folds(kinds, 5, seed=1)
    assert folds != stratified_folds(kinds, 5, seed=2)
    for kind in "abc":
        sizes = Counter(f for f, k in zip(folds, kinds, strict=True) if k == kind)
        assert max(sizes.values()) - min(sizes.values()) <= 1
    assert max(Counter(folds).values()) - min(Counter(folds).values()) <= 1


def test_a_lever_that_helps_everywhere_is_kept():
    kinds = ["keyword", "question"] * 10
    folds = stratified_folds(kinds, 5)
    off = [0.5] * 20
    on = [0.6] * 20
    result = cross_validate({"off": off, "on": on}, kinds, folds, "off")
    assert result["keep"] and result["fold_wins"] == 5
    assert all(f["chosen"] == "on" for f in result["folds"])
    assert result["summary"]["question"]["delta"] == 0.1


def test_a_lever_that_costs_keyword_queries_is_dropped_even_if_the_mean_rises():
    kinds = ["keyword", "question"] * 10
    folds = stratified_folds(kinds, 5)
    off = [0.5] * 20
    on = [0.45 if k == "keyword" else 0.7 for k in kinds]
    result = cross_validate({"off": off, "on": on}, kinds, folds, "off")
    assert result["summary"]["all"]["delta"] > 0
    assert result["summary"]["keyword"]["delta"] < 0
    assert not result["keep"]


def test_the_setting_is_chosen_on_the_training_folds_only():
    # "lucky" wins only on the queries of fold 0; held out there, it was never chosen.
    kinds = ["keyword"] * 10
    folds = [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    off = [0.5] * 10
    lucky = [1.0 if f == 0 else 0.49 for f in folds]
    result = cross_validate({"off": off, "lucky": lucky}, kinds, folds, "off")
    assert result["folds"][0]["chosen"] == "off"
    assert [f["chosen"] for f in result["folds"][1:]] == ["lucky"] * 4
    assert not result["keep"]
