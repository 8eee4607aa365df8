"""Figures: one row per linguistic case, negatives included (eval/GUIDE.md, "Figures")."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.figures import find_figures

# (text, expected): expected is a list of (value, kind, unit, text[, qualifier]);
# only the figures listed may be found.
CASES = [
    # a rate counts what the sentence or paragraph counts, per its base
    ("Premature deaths were highest for black Americans, at a rate of seven per 100,000 people. White Americans "
     "followed at six per 100,000.",
     [(7, "count", "deaths", "seven per 100,000 people"), (100000, "count", "people", "100,000 people"),
      (6, "count", "deaths", "six per 100,000")]),
    # "zero" as a share or a count, not in "zero-tolerance" or "net zero emissions"
    ("A poll rounded his number to zero percent, a zero-tolerance policy, net zero emissions.",
     [(0, "percent", "percent", "zero percent")]),
    # digits, separators, number words
    ("Top officials from 21 countries met.", [(21, "count", "countries", "21 countries")]),
    ("Europol estimates up to 5,000 EU citizens have gone.",
     [(5000, "count", "citizens", "up to 5,000 EU citizens", "up to")]),
    ("the release of two Japanese hostages", [(2, "count", "hostages", "two Japanese hostages")]),
    ("A fire killed seventeen people.", [(17, "count", "people", "seventeen people")]),
    ("The bus carried twenty-five passengers.", [(25, "count", "passengers", "twenty-five passengers")]),
    ("He owns a dozen horses.", [(12, "count", "horses", "a dozen horses")]),
    ("Agents went to three U.S. cities.", [(3, "count", "cities", "three U.S. cities")]),   # an initialism between
    ("They met in 2 U.S. He left.", []),   # ... but an initialism ending a sentence counts nothing
    ("a quarter million video clips", [(250000, "count", "video clips", "a quarter million video clips")]),
    ("over half a million doses", [(500000, "count", "doses", "over half a million doses", "over")]),
    # casualty verbs and states count people
    ("attacked a supermarket, killing four, and fled", [(4, "count", "people", "killing four")]),
    ("the attack had killed twelve and injured twelve more.",
     [(12, "count", "people", "killed twelve"), (12, "count", "people", "injured twelve more")]),
    ("Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.", [(190, "count", "people", "190 were dead")]),
    ("the death toll rose to 22 people, with 25 others injured.",
     [(22, "count", "people", "22 people"), (25, "count", "people", "25 others")]),
    # the counted noun
    ("talks involving 21 of some 60 countries",
     [(21, "count", "countries", "21"), (60, "count", "countries", "some 60 countries", "some")]),
    ("six Mexican nationals were killed, and seven more were injured.",
     [(6, "count", "nationals", "six Mexican nationals"), (7, "count", "nationals", "seven more")]),
    ("While 54 nations have signed, only 27 have ratified it.",
     [(54, "count", "nations", "54 nations"), (27, "count", "nations", "27")]),
    ("150 security forces were killed", [(150, "count", "security forces", "150 security forces")]),
    ("four deadly mass shootings", [(4, "count", "shootings", "four deadly mass shootings")]),
    ("a 55-member union", [(55, "count", "members", "55-member")]),
    ("the ten-storey building", [(10, "count", "storeys", "ten-storey")]),
    ("two police officers", [(2, "count", "police officers", "two police officers")]),
    ("roughly 32,000 more deaths", [(32000, "count", "deaths", "roughly 32,000 more deaths", "about")]),
    ("Seven members states had bid", [(7, "count", "member states", "Seven members states")]),
    # ... but a noun that is only ever plural stays so ("civil rights leaders")
    ("met 40 civil rights leaders", [(40, "count", "rights leaders", "40 civil rights leaders")]),
    ("Polls found 337 suspected users.", [(337, "count", "users", "337 suspected users")]),
    ("one person was killed", [(1, "count", "people", "one person")]),
    # scales and money in every common form
    ("a US$200 million ransom", [(200e6, "money", "USD", "US$200 million")]),
    ("a $1MM grant", [(1e6, "money", "USD", "$1MM")]),
    ("revenue of USD34.6 million", [(34.6e6, "money", "USD", "USD34.6 million")]),
    ("a €5m fine", [(5e6, "money", "EUR", "€5m")]),
    ("it lost 1.5bn dollars", [(1.5e9, "money", "USD", "1.5bn dollars")]),
    ("exports of 1.7 billion dollars", [(1.7e9, "money", "USD", "1.7 billion dollars")]),
    ("a pint costs £3.50", [(3.5, "money", "GBP", "£3.50")]),
    ("a fee of Rs 500", [(500, "money", "INR", "Rs 500")]),
    ("a grant of 5 million euros", [(5e6, "money", "EUR", "5 million euros")]),
    ("the economy is worth US$3.4 trillion", [(3.4e12, "money", "USD", "US$3.4 trillion")]),
    ("more than $50B in resilience", [(50e9, "money", "USD", "more than $50B", "more than")]),
    ("worth ₿7300", [(7300, "money", "BTC", "₿7300")]),
    ("it raised 3.8 billion yen", [(3.8e9, "money", "JPY", "3.8 billion yen")]),
    ("a fine of 5 million pounds.", [(5e6, "money", "GBP", "5 million pounds")]),
    # percentages
    ("tariffs on 40% of goods", [(40, "percent", "percent", "40%")]),
    ("tariffs on 40 percent of goods", [(40, "percent", "percent", "40 percent")]),
    ("tariffs on 40 per cent of goods", [(40, "percent", "percent", "40 per cent")]),
    ("accounts for over 60 percent of trade", [(60, "percent", "percent", "over 60 percent", "over")]),
    # ranges: the low end carries the whole range and its qualifier, the high end its own words
    ("between 36 and 40 people", [(36, "count", "people", "between 36 and 40 people"),
                                  (40, "count", "people", "40 people")]),
    ("about 16\u201317 percent of trade", [(16, "percent", "percent", "about 16\u201317 percent", "about"),
                                          (17, "percent", "percent", "17 percent")]),
    # a hyphen joining the scale word, as Canadian and British papers write it
    ("a $5-billion plan", [(5e9, "money", "USD", "$5-billion")]),
    ("a C$1.2-billion deal", [(1.2e9, "money", "CAD", "C$1.2-billion")]),
    ("costs between $5 and $7 billion", [(5e9, "money", "USD", "between $5 and $7 billion"),
                                         (7e9, "money", "USD", "$7 billion")]),
    ("the attacks killed between 5 and 10.", [(5, "count", "people", "killed between 5 and 10"),
                                             (10, "count", "people", "10")]),
    # a death toll counts people
    ("The death toll rose to 17.", [(17, "count", "people", "17")]),
    # ... and so does a crowd; "a hundred thousand": the hundred scales the thousand
    ("Blind Faith played before a crowd of a hundred thousand at a free concert.",
     [(100000, "count", "people", "a hundred thousand")]),
    ("They sold a hundred thousand records.", [(100000, "count", "records", "a hundred thousand records")]),
    ("The death toll has risen to at least 250.", [(250, "count", "people", "at least 250", "at least")]),
    ("the budget of Rs 27.84 lakh crore", [(27.84e12, "money", "INR", "Rs 27.84 lakh crore")]),
    # hedges
    ("at least five died", [(5, "count", "people", "at least five died", "at least")]),
    ("nearly 30 years", [(30, "duration", "years", "nearly 30 years", "nearly")]),
    ("almost 30 years", [(30, "duration", "years", "almost 30 years", "nearly")]),
    ("approximately one week after", [(1, "duration", "weeks", "approximately one week", "about")]),
    ("less than thirteen hours later", [(13, "duration", "hours", "less than thirteen hours", "under")]),
    ("under 20 miles away", [(20, "measure", "miles", "under 20 miles", "under")]),
    ("four or more people", [(4, "count", "people", "four", "at least")]),
    # measures
    ("The field is about 160 km east of Riyadh.", [(160, "measure", "km", "about 160 km", "about")]),
    ("roughly five miles (eight kilometers) away",
     [(5, "measure", "miles", "roughly five miles", "about"), (8, "measure", "km", "eight kilometers")]),
    ("5.7  million barrels of production", [(5.7e6, "measure", "barrels", "5.7  million barrels")]),
    ("3,000 tonnes of grain", [(3000, "measure", "tonnes", "3,000 tonnes")]),
    ("a 20kg bag", [(20, "measure", "kg", "20kg")]),
    ("covering 160 square miles", [(160, "measure", "square miles", "160 square miles")]),
    ("burned 400 hectares", [(400, "measure", "hectares", "400 hectares")]),
    # a unit in the singular after a number written without separators
    ("a cable carrying 1000 megawatt of power", [(1000, "measure", "MW", "1000 megawatt")]),
    ("a 1,000-megawatt cable", [(1000, "measure", "MW", "1,000-megawatt")]),
    ("temperatures of 40 degrees", [(40, "measure", "degrees", "40 degrees")]),
    ("at over 100 mph", [(100, "measure", "mph", "over 100 mph", "over")]),
    ("90 million pounds of nitrogen", [(90e6, "measure", "lb", "90 million pounds")]),
    # durations
    ("in three months or six months", [(3, "duration", "months", "three months"),
                                       (6, "duration", "months", "six months")]),
    ("ongoing for seventeen years", [(17, "duration", "years", "seventeen years")]),
    ("the eight-year war", [(8, "duration", "years", "eight-year")]),
    ("a 45-year-old man", [(45, "duration", "years", "45-year-old")]),
    ("the victims were aged fifteen", [(15, "duration", "years", "aged fifteen")]),
    ("It will take two days.", [(2, "duration", "days", "two days")]),
    # the same quantity twice is one figure, the first
    ("17 people died. Later 17 people were buried.", [(17, "count", "people", "17 people")]),
    # number words with "and a half", bare scales, ranges written out in words
    ("two and a half million people", [(2.5e6, "count", "people", "two and a half million people")]),
    ("a three-and-a-half year war", [(3.5, "duration", "years", "three-and-a-half year")]),
    ("an 18-and-a-half hour shift", [(18.5, "duration", "hours", "18-and-a-half hour")]),
    ("a million and a half dollars", [(1.5e6, "money", "USD", "a million and a half dollars")]),
    ("Two million people replied and an additional million-and-a-half expressed interest.",
     [(2e6, "count", "people", "Two million people"), (1.5e6, "count", "people", "million-and-a-half")]),
    ("an estimated one-to-two hundred people showed up",
     [(100, "count", "people", "an estimated one-to-two hundred people", "about"),
      (200, "count", "people", "two hundred people")]),
    ("five to six hundred troops", [(500, "count", "troops", "five to six hundred troops"),
                                    (600, "count", "troops", "six hundred troops")]),
    ("ninety to one hundred people", [(90, "count", "people", "ninety to one hundred people"),
                                      (100, "count", "people", "one hundred people")]),
    # the high end of a range does not hide a later statement of its number
    ("one-to-two hundred people came. Fewer than two hundred showed up.",
     [(100, "count", "people", "one-to-two hundred people"), (200, "count", "people", "two hundred people"),
      (200, "count", "people", "Fewer than two hundred", "under")]),
    ("$5,200 to $10,000, $5,300 to $10,000", [(5200, "money", "USD", "$5,200 to $10,000"),
                                             (10000, "money", "USD", "$10,000"),
                                             (5300, "money", "USD", "$5,300 to $10,000")]),
    # "N of the X's Ys": the part counts the whole's nouns; "N of them" and "one of the" do not
    ("she was directing six of the House's committees", [(6, "count", "committees", "six of the House's committees")]),
    ("Two of the victims were children.", [(2, "count", "victims", "Two of the victims")]),
    ("three of them left", []),
    ("two of the 10 largest companies", [(2, "count", "companies", "two"),
                                         (10, "count", "companies", "10 largest companies")]),
    # a quantity "one" counts the singular noun after it; elsewhere "one" is not a count
    ("The vote failed by one vote.", [(1, "count", "votes", "one vote")]),
    ("Only one country signed.", [(1, "count", "countries", "one country")]),
    ("had at least one health condition", [(1, "count", "conditions", "at least one health condition", "at least")]),
    ("more than one candidate", [(1, "count", "candidates", "more than one candidate", "more than")]),
    ("By one tradition, Charlemagne brought it.", []),
    ("by one estimate, prices rose", []),
    ("it is just one example of many", []),
    ("the one China policy", []),
    ("more than one quarter of output", []),
    # hedges: "fewer than" is under, "an estimated" is about; a bare subject of a crowd verb counts people
    ("Fewer than two hundred showed up at the gates.", [(200, "count", "people", "Fewer than two hundred", "under")]),
    ("Some 5,000 marched through the city.", [(5000, "count", "people", "Some 5,000", "some")]),
    ("An estimated 33,000 girls are married.", [(33000, "count", "girls", "An estimated 33,000 girls", "about")]),
    ("He arrested three for trespass. Over a thousand were reported nearby.",
     [(3, "count", "people", "arrested three"), (1000, "count", "people", "Over a thousand", "over")]),
    ("there were four people on board; one died, with the other three taken to hospital",
     [(4, "count", "people", "four people"), (3, "count", "people", "three")]),
    ("Over 1,000 were found.", [(1000, "count", None, "Over 1,000", "over")]),
    # a hedged four-digit number with a noun is a count, not a year
    ("nearly 2000 people came", [(2000, "count", "people", "nearly 2000 people", "nearly")]),
    ("the 2016 elections", []),
    # units: weights in pounds, speeds written out, temperatures glued, light-years, CDN$
    ("he weighed 82 pounds (37 kg).", [(82, "measure", "lb", "82 pounds"), (37, "measure", "kg", "37 kg")]),
    ("winds of 75 miles per hour", [(75, "measure", "mph", "75 miles per hour")]),
    ("glue at 450°F", [(450, "measure", "°F", "450°F")]),
    ("from 39° Fahrenheit up", [(39, "measure", "°F", "39° Fahrenheit")]),
    ("about 110 light-years from Earth", [(110, "measure", "light-years", "about 110 light-years", "about")]),
    ("raised nearly CDN$11,000", [(11000, "money", "CAD", "nearly CDN$11,000", "nearly")]),
    ("offered a one million US dollar reward", [(1e6, "money", "USD", "one million US dollar")]),
    ("a year there lasts 33 Earth days", [(33, "duration", "days", "33 Earth days")]),
    ("placed Humberto 785 miles west of Bermuda", [(785, "measure", "miles", "785 miles")]),
    ("**ELIMINATING 10 REGULATIONS**", [(10, "count", "regulations", "10 REGULATIONS")]),
    # numbered acts and URL-encoded text are not figures
    ("in the West.  Proclamation 6920 describes the monument", []),
    ("[link](https://x.com/a#:~:text=John%20Deere%20pledges%20%2420%20billion%20U.S.)", []),
    # NOT figures: years, dates, clock times, ordinals
    ("In 2015 the talks began.", []),
    ("The talks began on 22 January, 2015.", []),
    ("The talks began on January 22.", []),
    ("They met at 10:30 and again at 3 p.m.", []),
    ("It was the first time, the 21st summit.", []),
    ("the 1990s", []),
    # numbers inside names
    ("The G7 and the G20 met.", []),
    ("under Article 5 and Resolution 2249", []),
    ("the COVID-19 pandemic and the F-35 jet", []),
    ("a Boeing 737 crashed", []),
    ("call (202) 456-1111 or +44 20 7946 0958", []),
    # page furniture and vague words
    ("3 min read", []),
    ("hundreds of people and dozens of cars", []),
    ("several days and a few weeks", []),
    ("thousands of protesters", []),
    # "one" as a pronoun; "a year" is optional and left out
    ("one of the leaders said", []),
    ("It will take a year.", []),
    ("the team won 3-1 on Sunday", []),
    ("a two-state solution", []),
    ("the 5G network", []),
    # a bare number after "with", "earned", "won", "secured" continues the count of its sentence
    ("Both earned 9 delegates, followed by Senator Amy Klobuchar, with 6.",
     [(9, "count", "delegates", "9 delegates"), (6, "count", "delegates", "6")]),
    ("Elizabeth Warren earned 8 delegates, Joe Biden earned 6.",
     [(8, "count", "delegates", "8 delegates"), (6, "count", "delegates", "6")]),
    ("He was born in 1950 and won the race with 52 percent.", [(52, "percent", "percent", "52 percent")]),
    # "N of the X's (M) nouns": the part counts what the whole is made of
    ("Trump secured 39 of the state's 40 delegates.",
     [(39, "count", "delegates", "39"), (40, "count", "delegates", "40 delegates")]),
    ("Trump secured all 25 of Nevada's delegates.", [(25, "count", "delegates", "25 of Nevada's delegates")]),
    # decades and centuries are stored in years
    ("PEPFAR saved lives for two decades.", [(20, "duration", "years", "two decades")]),
    ("3,728 measles cases were reported", [(3728, "count", "measles cases", "3,728 measles cases")]),
    ("He was named one of Time's 25 most influential Americans.",
     [(25, "count", "Americans", "25 most influential Americans")]),
    ("Both leaders want ambitious outcomes at COP26 in Glasgow.", []),   # a conference, not Colombian pesos
    ("the tusk (one and two thirds meters) came from the wall", []),      # a fraction is no count of "thirds"
    ("officials said the number of cases in the outbreak rose to 58.", [(58, "count", "cases", "58")]),
    ("creating over 115,000 construction and manufacturing jobs",
     [(115000, "count", "jobs", "over 115,000 construction and manufacturing jobs", "over")]),
    ("17 people and 3 dogs", [(17, "count", "people", "17 people"), (3, "count", "dogs", "3 dogs")]),
    ("Senator Bernie Sanders had the most pledged delegates, with 60.", [(60, "count", "delegates", "60")]),
    # a time told in hours, minutes and seconds is one duration, in its smallest unit
    ("His time was 1 hour 59 minutes 40.2 seconds.",
     [(7180.2, "duration", "seconds", "1 hour 59 minutes 40.2 seconds")]),
    ("It took 3 hours and 20 minutes.", [(200, "duration", "minutes", "3 hours and 20 minutes")]),
    # an adjective of degree describes the noun, it names no kind of it
    ("The study estimated roughly 16,000 premature deaths a year.",
     [(16000, "count", "deaths", "roughly 16,000 premature deaths", "about")]),
    ("There were 461 severe cases.", [(461, "count", "cases", "461 severe cases")]),
    # a plural possessive counts its owners
    ("It limits abortions to cases with two doctors' approval.", [(2, "count", "doctors", "two doctors")]),
    ("the three countries’ leaders met", [(3, "count", "countries", "three countries")]),
    ("They waited two hours, 30 minutes of it outside.",
     [(2, "duration", "hours", "two hours"), (30, "duration", "minutes", "30 minutes")]),
]


def _as_tuples(figs):
    out = []
    for f in figs:
        out.append((f.value, f.kind, f.unit, f.text, f.qualifier))
    return out


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_figures(text, expected):
    got = _as_tuples(find_figures(text))
    want = [(float(e[0]), e[1], e[2], e[3], e[4] if len(e) > 4 else None) for e in expected]
    # text is compared by containment: the span may include a hedge or a verb
    assert len(got) == len(want), got
    for g, w in zip(got, want):
        assert g[0] == pytest.approx(w[0]) and g[1:3] == w[1:3], (g, w)
        assert w[3] in g[3] or g[3] in w[3], (g, w)
        assert g[4] == w[4], (g, w)


XFAIL = [
    # the noun is two words back, across a verb: the annotator's "escape rooms"
    ("Escape rooms have grown, with reportedly over 1,000 in Poland.", (1000, "count", "escape rooms")),
    # an age written as an apposition after the name (optional in gold)
    ("Adamowicz, 53, has supported LGBT rights.", (53, "duration", "years")),
    # fractions and "halved" are optional percentages the rules do not read
    ("The attack halved Saudi oil output.", (50, "percent", "percent")),
]


@pytest.mark.parametrize("text,expected", XFAIL, ids=[c[0][:40] for c in XFAIL])
@pytest.mark.xfail(strict=True, reason="known limit of the rules")
def test_figures_known_failures(text, expected):
    figs = find_figures(text)
    assert [(f.value, f.kind, f.unit) for f in figs] == [(float(expected[0]), expected[1], expected[2])]


def test_text_is_the_article_span():
    text = "Officials said up to 5,000 EU citizens and US$200 million, killing four, in 21 of some 60 countries."
    for f in find_figures(text):
        assert text[f.char_start:f.char_end] == f.text


CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "wikinews-2019-2020.jsonl"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
def test_spans_frame_their_text_on_wikinews():
    # speed is measured by benchmarks/bench_extract.py, not asserted here (shared machines flake)
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for t in texts:
        for f in find_figures(t):
            assert t[f.char_start:f.char_end] == f.text
