from __future__ import annotations

import pytest

from extract.places import country_code, country_name, find_places, lookup


@pytest.mark.parametrize("name,kind,code,location", [
    ("London", "city", "GB", "London"),
    ("Niamey", "city", "NE", "Niamey"),
    ("Brussels", "city", "BE", "Brussels"),
    ("Qatar", "country", "QA", "Qatar"),
    ("Downing Street", "landmark", "GB", "Downing Street, London"),
    ("White House", "landmark", "US", "White House, Washington"),
    ("Jordan", "country", "JO", "Jordan"),   # the country, not a city of the same name
])
def test_lookup(name, kind, code, location):
    p = lookup(name)
    assert (p.kind, p.country_code, p.location) == (kind, code, location)


@pytest.mark.parametrize("name", ["Of", "Split", "Bath", "Thursday", "john"])
def test_not_places(name):
    assert lookup(name) is None


def test_find_places_offsets():
    text = "talks in Jakarta, Indonesia, then at the White House"
    got = [(text[p.start:p.end], p.kind) for p in find_places(text)]
    assert got == [("Jakarta", "city"), ("Indonesia", "country"), ("White House", "landmark")]


@pytest.mark.parametrize("name,code", [("Britain", "GB"), ("British", "GB"), ("the Netherlands", "NL"),
                                       ("Iraqi", "IQ"), ("UAE", "AE"), ("Atlantis", None)])
def test_country_code(name, code):
    assert country_code(name) == code


def test_country_name():
    assert country_name("GB") == "United Kingdom" and country_name("US") == "United States"
