import pytest

from newsgold.signature import Signature, SignatureMismatch


def sig(**changes):
    base = dict(corpus="newsgold@aaa", schema="s1", layer="entities", mode="strict",
                options=(("determiners", "keep"),), resampling="bootstrap-sentence-1000-seed12345-95%")
    base.update(changes)
    return Signature(**base)


def test_string_names_every_setting():
    text = str(sig())
    for part in ("newsgold:", "corpus:newsgold@aaa", "schema:s1", "layer:entities", "mode:strict",
                 "opts:determiners=keep", "map:none", "ci:bootstrap-sentence-1000-seed12345-95%"):
        assert part in text


def test_round_trips_through_dict():
    assert Signature.from_dict(sig().to_dict()) == sig()


def test_option_order_does_not_matter():
    a = sig(options=(("a", 1), ("b", 2)))
    b = sig(options=(("b", 2), ("a", 1)))
    assert a == b and str(a) == str(b)


def test_other_resampling_or_version_stays_comparable():
    sig().require_comparable(sig(resampling="none", newsgold="9.9"))


@pytest.mark.parametrize("field, value", [("corpus", "newsgold@bbb"), ("schema", "s2"), ("mode", "partial"),
                                          ("layer", "events"), ("mapping", "conll-to-ontonotes")])
def test_different_configuration_is_refused_naming_the_field(field, value):
    with pytest.raises(SignatureMismatch, match=f"{field}: .* vs {value}"):
        sig().require_comparable(sig(**{field: value}))
