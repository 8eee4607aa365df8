from __future__ import annotations

import pytest

from extract.entities import Entities, find_countries, find_organizations, find_people


@pytest.mark.parametrize("text,name,title,code", [
    ("US Secretary of State John Kerry said", "John Kerry", "US Secretary of State", "US"),
    ("British Foreign Secretary Philip Hammond", "Philip Hammond", "British Foreign Secretary", "GB"),
    ("talks with Prime Minister Justin Trudeau of Canada", "Justin Trudeau", "Prime Minister of Canada", "CA"),
    ("European Commission President Ursula von der Leyen", "Ursula von der Leyen", "European Commission President", None),
    ("Crown Prince and Prime Minister Mohamed bin Salman", "Mohamed bin Salman", "Crown Prince and Prime Minister", None),
    ("President Joseph R. Biden, Jr. spoke", "Joseph R. Biden, Jr.", "President", None),
    ("held talks with Iraqi counterpart Haider al-Abadi.", "Haider al-Abadi", "Iraqi counterpart", "IQ"),
    ("The Taliban met Zalmay Khalilzad, a US peace envoy, in Qatar.", "Zalmay Khalilzad", "US peace envoy", "US"),
    ("-   Melanie Campbell, President and CEO of the National Urban League -", "Melanie Campbell",
     "President and CEO of the National Urban League", None),
    # a titled name may open on its particle
    ("Joining the call was President von der Leyen of the European Commission.", "von der Leyen",
     "President of the European Commission", None),
    # a dotted honorific is no part of the title
    ("spoke with H.E. Sheikh Mohammed bin Abdulrahman Al Thani today", "Mohammed bin Abdulrahman Al Thani", "Sheikh",
     None),
    # an office that goes on after "and" keeps its words in the title, not the name
    ("Secretary of Health and Human Services Xavier Becerra joined", "Xavier Becerra",
     "Secretary of Health and Human Services", None),
    ("Director of the Office of Management and Budget Shalanda Young said", "Shalanda Young",
     "Director of the Office of Management and Budget", None),
    ("met Frédéric Bernard, Head of Cabinet to the President of the European Council.", "Frédéric Bernard",
     "Head of Cabinet to the President of the European Council", None),
    # a lower-case title holds no "and" (nor a verb of speech)
    ("attended by Israeli prime minister Benjamin Netanyahu and energy minister Yuval Steinitz.", "Yuval Steinitz",
     "energy minister", None),
    # a plural office before two names is each one's title
    ("with Senators Roger Wicker and Cindy Hyde-Smith", "Roger Wicker", "Senator", None),
    ("spoke with Coordinating Minister for Maritime Affairs and Investment Luhut Pandjaitan of Indonesia.",
     "Luhut Pandjaitan", "Coordinating Minister for Maritime Affairs and Investment of Indonesia", "ID"),
    # an office the title serves, after "to the", is the title's end, not the person's office
    ("Senior Advisor to the President Anita Dunn spoke", "Anita Dunn", "Senior Advisor to the President", None),
    ("including Second Gentleman Douglas Emhoff and", "Douglas Emhoff", "Second Gentleman", None),
    # an aside of who came along is no apposition
    ("Brian Deese, along with Deputy NEC Director Fazili and Deputy OMB Director Miller, convened", "Brian Deese",
     None, None),
    # a middle initial is no acronym: the name stands untitled
    ("Lisa A. Cooper, Johns Hopkins University", "Lisa A. Cooper", None, None),
    # an office's field runs on past words the lexicon does not know, and after "for ... and"
    ("Assistant Secretary of State for Western Hemisphere Affairs Brian A. Nichols traveled", "Brian A. Nichols",
     "Assistant Secretary of State for Western Hemisphere Affairs", None),
    ("Acting Deputy Secretary of State for Management and Resources John Bass represented", "John Bass",
     "Acting Deputy Secretary of State for Management and Resources", None),
    # an office cut in its field: the name opens on no plural, body's head or country
    ("met United Nations High Commissioner for Refugees Filippo Grandi today", "Filippo Grandi",
     "United Nations High Commissioner for Refugees", None),
    ("UN Special Coordinator for the Middle East Peace Process Tor Wennesland spoke", "Tor Wennesland",
     "UN Special Coordinator for the Middle East Peace Process", None),
    ("Chairman of the Surface Transportation Board Marty Oberman spoke", "Marty Oberman",
     "Chairman of the Surface Transportation Board", None),
    ("with Director of National Security Shin Wonsik of the Republic of Korea", "Shin Wonsik",
     "Director of National Security of the Republic of Korea", "KR"),
])
def test_person_with_title(text, name, title, code):
    people = [p for p in find_people(text) if p.name == name]
    assert people, find_people(text)
    assert (people[0].title, people[0].country_code) == (title, code)
    assert text[people[0].name_start:people[0].name_end] == name


@pytest.mark.parametrize("text", [
    "The John D. and Catherine T. MacArthur Foundation gave.",   # an initial ends no name
    "the Director of the White House Office of Science and Technology Policy spoke",   # a field, no name
    "The attack on the satirical magazine Charlie Hebdo.",
    "Leaders met in Downing Street.",
    "The United Nations General Assembly opens tomorrow.",
    "On Thursday the talks began.",
    "the Archbishop of Gdańsk spoke",
    "He was raised in Arroyo Grande, California.",          # a town of any size is no person
    "Today, as Hurricane Lorenzo hit the Azores.",             # storms are named like people
    "A member of the Maidan Wardak provincial council said.",  # a place before "provincial council"
    "The Baltimore Sun reported that he was on Capitol Hill.",  # newspaper and landform tails
    "If CentOS Stream does not meet a need, Saying Rocky Linux is wrong.",
    "the National Council of Negro Women",
    "met with the historic five Black Speakers of the House",   # a plural office is a group
    "met at the Capitol with the Co-Chairs of the Task Forces",
    "Special Assistant and Director of Partnerships and Engagement",   # an office's field after "of"
    "Special Assistant to the President for Private Sector and Partnerships, Office of Public Engagement",
    "Event Speakers Included:",
    "Philanthropies supporting CVIC include: Arnold Ventures, Emerson Collective and Open Society Foundations",
    "the National Institute of Criminal Justice Reform",   # a body's name: not the office of someone "Reform"
    "Minneapolis & St. Paul, MN",                           # a town written with "St."
    "visited Honiara, Solomon Islands; Port Vila, Vanuatu; and Suva, Fiji",   # a town its country confirms
])
def test_not_people(text):
    assert find_people(text) == []


def test_two_people_in_one_run():
    names = [p.name for p in find_people("President Biden and Vice President Harris met today.")]
    assert names == ["Biden", "Harris"]


def test_resolve_short_name_to_fullest():
    ents = Entities("British Foreign Secretary Philip Hammond arrived. Hammond said no.")
    assert ents.resolve("Hammond") == "Philip Hammond"
    assert ents.resolve("Nobody") == "Nobody"


def test_countries_and_organizations():
    text = "Australia, the Netherlands and the United Arab Emirates joined NATO and the EU."
    assert [c.name for c in find_countries(text)] == ["Australia", "Netherlands", "United Arab Emirates"]
    assert [o.name for o in find_organizations(text)] == ["NATO", "European Union"]


@pytest.mark.parametrize("text,bodies", [
    # a name that ends on a body's head noun and holds no person is a body
    ("the White House Office of Public Engagement and Domestic Policy Council hosted leaders",
     ["White House Office of Public Engagement", "Domestic Policy Council"]),
    ("a meeting of the President's Council of Advisors on Science and Technology",
     ["President's Council of Advisors on Science and Technology"]),
    ("the Office of Science and Technology Policy and the Department of the Treasury",
     ["Office of Science and Technology Policy", "Department of the Treasury"]),
    ("the National Institute of Criminal Justice Reform", ["National Institute of Criminal Justice Reform"]),
    # ... not an office, a government named for its leaders, people of a body, or a state after a town
    ("Jennifer Klein, Director of the Gender Policy Council, convened", []),
    ("the Biden-Harris Administration and Senior Administration Officials", []),
    ("Palestinian Authority President Mahmoud Abbas met Philadelphia, PA officials", ["Palestinian Authority"]),
    # one body's name with "and" in it; a sentence's opening words are no part of a name
    ("the Food and Drug Administration and the Belt and Road Initiative",
     ["Food and Drug Administration", "Belt and Road Initiative"]),
    ("The John D. and Catherine T. MacArthur Foundation", ["John D. and Catherine T. MacArthur Foundation"]),
    ("the White House and the Department of Agriculture met", ["Department of Agriculture"]),
    ("As the Trump Administration said, the National Coal Council met", ["National Coal Council"]),
])
def test_bodies_by_head_noun(text, bodies):
    from extract.entities import Entities
    assert [o.name for o in Entities(text).organizations_in(0, len(text))] == bodies


def test_short_name_is_not_a_country_word():
    # "Israel" is the country even in a text that names a Steve Israel
    ents = Entities("Representative Steve Israel spoke. Talks with Israel went on.")
    assert ents.is_known("Israel") is False
    assert ents.resolve("Steve Israel") == "Steve Israel"


def test_lazy_spans_match_whole_text():
    text = ("US Secretary of State John Kerry arrived.\n\nBritish Foreign Secretary Philip Hammond met Kerry.\n\n"
            "Hammond said no.")
    ents = Entities(text)
    assert [p.name for p in ents.people] == [p.name for p in find_people(text)]
    assert ents.resolve("Hammond") == "Philip Hammond" and ents.resolve("Kerry") == "John Kerry"


def test_sentence_initial_verb_is_no_part_of_the_name():
    assert [p.name for p in find_people("Born Robert Burns in Arroyo Grande, California.")] == ["Robert Burns"]


def test_regnal_number_is_no_surname():
    ents = Entities("The passing of Pope Emeritus Benedict XVI. I met Pope Benedict in 2011.")
    assert ents.resolve("Benedict") == "Benedict XVI"


def test_untitled_particle_opens_no_name():
    assert [p.name for p in find_people("He said von der Leyen was late.")] == []
