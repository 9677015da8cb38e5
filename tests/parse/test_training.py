"""The boundary model's learner: a logistic regression whose weights do not depend on the order of its examples."""

from __future__ import annotations

from etl.parse.segments import boundary_score
from etl.parse.training import LOGISTIC_SCALE, train_logistic

# Candidates as the boundary model sees them: a byline under the headings opens a report, a short section label
# after a long text is a subhead; the bias and a shared cue carry no evidence either way.
EXAMPLES: list[tuple[list[str], bool]] = [
    (["bias", "lead=byline", "nh=2"], True),
    (["bias", "lead=byline", "nh=1"], True),
    (["bias", "lead=dateline", "nh=1"], True),
    (["bias", "lead=plain", "h0:len=1-4", "prev_chars=41-80"], False),
    (["bias", "lead=plain", "h0:len=5-8", "prev_chars=41-80"], False),
    (["bias", "lead=plain", "h0:len=1-4", "nh=1"], False),
]


def test_the_learner_separates_what_the_cues_separate() -> None:
    weights = {f: w * LOGISTIC_SCALE for f, w in train_logistic(EXAMPLES).items()}
    for feats, gold in EXAMPLES:
        assert (boundary_score(feats, weights) > 0) is gold
    assert weights["lead=byline"] > 0 > weights["lead=plain"]


def test_the_weights_do_not_depend_on_the_order_of_the_examples() -> None:
    forward = train_logistic(EXAMPLES)
    backward = train_logistic(list(reversed(EXAMPLES)))
    assert forward.keys() == backward.keys()
    assert all(abs(forward[f] - backward[f]) < 1e-9 for f in forward)


def test_regularisation_keeps_an_unseen_split_cautious() -> None:
    # Two examples alone cannot make a cue certain: the L2 penalty keeps the log-odds moderate.
    weights = train_logistic([(["a"], True), (["b"], False)])
    assert 0 < weights["a"] < 1.5 and -1.5 < weights["b"] < 0
