"""Meetings and attendees: one row per linguistic case, negatives included."""
from __future__ import annotations

import re
from datetime import date

import pytest

from extract.meetings import find_meetings

THU = date(2015, 1, 22)   # a Thursday

SEED = (
    "Top officials from 21 countries kicked off talks in London on Thursday on pushing back Islamic State "
    "militants in Iraq and Syria.\n\n"
    "US Secretary of State John Kerry and British Foreign Secretary Philip Hammond co-hosted talks involving "
    "21 of some 60 countries.\n\n"
    "Japanese Foreign Minister Fumio Kishida will not be at the London meeting, but held talks with Hammond on "
    "Wednesday as Japanese Prime Minister Shinzo Abe admitted it was a race against time.\n\n"
    "Across town in Downing Street, Prime Minister David Cameron also held talks with Iraqi counterpart "
    "Haider al-Abadi.\n\n"
    "The countries confirmed to be attending Thursday's conference are Australia, Bahrain, the Netherlands "
    "and the United Arab Emirates.\n\n"
    "The coalition last met in Brussels in December."
)


def _summary(ms):
    return [(m.kind, m.location, m.country_code, m.start_date and m.start_date.isoformat(), m.date_precision,
             sorted(a.name for a in m.attendees)) for m in ms]


CASES = [
    pytest.param(  # a phone call, date from "On October 6"
        "On October 6, US President Donald Trump and Turkish President Recep Tayyip Erdoğan spoke on the phone.",
        date(2019, 10, 15),
        [("call", None, None, "2019-10-06", "day", ["Donald Trump", "Recep Tayyip Erdoğan", "Turkey", "United States"])],
        id="phone-call"),
    pytest.param(  # a readout: "today" is the published day, "of Kenya" is part of the title
        "President Joseph R. Biden, Jr. spoke with President William Ruto of Kenya today to thank him.",
        date(2023, 10, 3),
        [("call", None, None, "2023-10-03", "day", ["Joseph R. Biden, Jr.", "Kenya", "William Ruto"])],
        id="readout-call"),
    pytest.param(  # an organisation meets a person; the place is a country; "on Monday" goes back
        "The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar.",
        date(2019, 1, 24),
        [("meeting", "Qatar", "QA", "2019-01-21", "day", ["Taliban", "Zalmay Khalilzad"])],
        id="org-and-envoy"),
    pytest.param(  # a summit: city from the gazetteer, plural title shared by two presidents
        "Leaders of African Union (AU) member states met in Niamey, Niger's capital, for an AU summit where on "
        "Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.",
        date(2019, 7, 10),
        [("summit", "Niamey", "NE", "2019-07-07", "day", ["African Union", "Benin", "Muhammadu Buhari", "Nigeria", "Patrice Talon"])],
        id="summit-plural-title"),
    pytest.param(  # a host at a landmark: the place keeps its city
        "Vice President Kamala Harris hosted President Cyril Ramaphosa of South Africa for breakfast at the "
        "Naval Observatory today.",
        date(2022, 9, 16),
        [("meeting", "Naval Observatory, Washington", "US", "2022-09-16", "day", ["Cyril Ramaphosa", "Kamala Harris", "South Africa"])],
        id="hosted-landmark"),
    pytest.param(  # an attendee list after a colon, in bullets
        "President Joseph R. Biden, Jr. spoke today with the Bucharest Nine group.\n\n"
        "Joining the call were the following leaders:\n\n"
        "-   Bulgarian President Rumen Radev -   Polish President Andrzej Duda",
        date(2021, 12, 9),
        [("call", None, None, "2021-12-09", "day",
          ["Andrzej Duda", "Bucharest Nine", "Bulgaria", "Joseph R. Biden, Jr.", "Poland", "Rumen Radev"])],
        id="readout-bullet-list"),
    pytest.param(  # an announced meeting: the weekday resolves forward
        "German Chancellor Angela Merkel will meet French President Emmanuel Macron in Paris on Monday.",
        date(2019, 8, 21),
        [("meeting", "Paris", "FR", "2019-08-26", "day", ["Angela Merkel", "Emmanuel Macron", "France", "Germany"])],
        id="announced"),
    pytest.param(  # no meeting: "called for" is no call
        "On Thursday, French President Emmanuel Macron called for G7 action on the fires.",
        date(2019, 8, 24), [], id="neg-called-for"),
    pytest.param(  # no meeting: a press conference is optional in the guide
        "The minister told a press conference in Warsaw on Monday that the law would change.",
        date(2019, 5, 15), [], id="neg-press-conference"),
    pytest.param(  # no meeting: a habit, not an event
        "Unlike G20, which focuses on economics, G7 meetings usually center on politics.",
        date(2019, 8, 24), [], id="neg-generic-plural"),
    pytest.param(  # no meeting: "met with applause"
        "Tomasz Stefaniak was met with applause early today.", date(2019, 1, 14), [], id="neg-met-with-applause"),
    pytest.param(  # no meeting: a visit to a place meets no one
        "Politicians were reported to have visited the hospital while Adamowicz received surgery.",
        date(2019, 1, 14), [], id="neg-visit-place"),
    pytest.param(  # no meeting: a mere mention without place, date or two parties
        "The Taliban wants the Afghan government shut out of peace talks.", date(2019, 1, 24), [],
        id="neg-mere-mention"),
    # ---- false positives read on real Wikinews text (negatives) and their positive twins
    pytest.param(  # "called X "quote"" describes, it does not phone
        'Sam Wang called Conway "an incomparable mathematician" on Sunday.', date(2020, 4, 14), [],
        id="neg-called-describes"),
    pytest.param(  # ", called X": a participle that names a thing
        "He crossed on a jet-powered device attached to his feet, called Flyboard Air, on Sunday.",
        date(2019, 8, 5), [], id="neg-comma-called"),
    pytest.param(  # "jokingly called", "was called": naming
        "The team was jokingly called Bug Busters by Mayor John Smith on Monday.", date(2020, 9, 1), [],
        id="neg-adverb-called"),
    pytest.param(  # "called X on Monday": a phone call all the same
        "German Chancellor Angela Merkel called French President Emmanuel Macron on Monday.",
        date(2019, 8, 21), [("call", None, None, "2019-08-19", "day", ["Angela Merkel", "Emmanuel Macron", "France", "Germany"])],
        id="called-phones"),
    pytest.param(  # "spoke to Wikinews": an interview, the outlet is no party
        "Podcaster Spike Cohen spoke to Wikinews back in June.", date(2020, 10, 1), [],
        id="neg-spoke-to-outlet"),
    pytest.param(  # "spoke with" a group noun: a call with the leaders listed later
        "President Joseph R. Biden spoke today with Transatlantic leaders about Ukraine.", date(2022, 2, 18),
        [("call", None, None, "2022-02-18", "day", ["Joseph R. Biden"])], id="spoke-with-group-noun"),
    pytest.param(  # a bare "call" is a vote or a demand, not a phone call
        "The Baltimore Sun reported he was missing from Capitol Hill; his last roll call vote was on September 11.",
        date(2019, 10, 17), [], id="neg-roll-call"),
    pytest.param(  # "the calls by officials asking": a demand, with no call told before
        "On Monday, Prime Minister Boris Johnson joined the calls by officials asking the US to act.",
        date(2019, 10, 8), [], id="neg-the-calls-demand"),
    pytest.param(  # a capitalised verb inside a sentence is part of a name
        "As the storm hit the Azores, Met Eireann issued weather alerts on Thursday.", date(2019, 10, 3), [],
        id="neg-capitalised-met"),
    pytest.param(  # "Conference of State Legislatures": a standing body, not a meeting
        "According to the National Conference of State Legislatures, the next primary is on March 3.",
        date(2020, 2, 23), [], id="neg-body-named-conference"),
    pytest.param(  # "Summit of the Americas" keeps its "the" and is a meeting
        "Leaders met at the Summit of the Americas in Lima on Friday.", date(2018, 4, 14),
        [("summit", "Lima", "PE", "2018-04-13", "day", [])], id="summit-of-the"),
    pytest.param(  # no party and no place: a sitting of one body, not a contact
        "The Senate was to meet Monday to discuss the confirmation.", date(2019, 8, 7), [],
        id="neg-body-sits"),
    pytest.param(  # a biography's meeting decades ago is background
        "She lost the title in 1972 upon her marriage to Peter Jensen, whom she met in 1970 in Boston.",
        date(2019, 2, 9), [], id="neg-background-date"),
    pytest.param(  # a name followed by "said" is the speaker, not whom was received
        "The project has received, Gregory Kurtzer said, much attention.", date(2020, 12, 10), [],
        id="neg-speaker-not-object"),
    # ---- patterns added from the held-out set (positive, then the negative twin)
    pytest.param(  # a call in a fronted phrase: the main clause's subject and the person it acted on
        "The Times reported that, in a phone call in late July, Trump might have urged Ukrainian president "
        "Volodymyr Zelensky to investigate Hunter Biden. Trump is US President Donald Trump.",
        date(2019, 9, 25),
        [("call", None, None, "2019-07-01", "month", ["Donald Trump", "Ukraine", "United States", "Volodymyr Zelensky"])],
        id="fronted-call"),
    pytest.param(  # a fronted call with no person in the main clause names no party
        "In a phone call on Monday, officials discussed trade.", date(2019, 9, 25), [], id="neg-fronted-no-party"),
    pytest.param(  # "the call with X" points back at the call told and adds X
        "In a phone call on Monday, US President Donald Trump spoke. Trump described the call with Ukrainian "
        "president Volodymyr Zelensky as perfect.",
        date(2019, 9, 25),
        [("call", None, None, "2019-09-23", "day", ["Donald Trump", "Ukraine", "United States", "Volodymyr Zelensky"])],
        id="definite-call-with"),
    pytest.param(  # "gathered in" with two or more named subjects is a meeting
        "Egyptian foreign minister Sameh Shoukry and his Greek counterpart, Nikos Dendias, gathered in Cairo on "
        "Wednesday to discuss Libya.",
        date(2020, 1, 11),
        [("meeting", "Cairo", "EG", "2020-01-08", "day", ["Egypt", "Greece", "Nikos Dendias", "Sameh Shoukry"])],
        id="gathered-in"),
    pytest.param(  # a crowd gathering is no meeting
        "Thousands of protesters gathered in Cairo on Friday.", date(2020, 1, 11), [], id="neg-gathered-crowd"),
    pytest.param(  # an island is met "on"
        "The foreign ministers agreed to a future meet on Crete.", date(2020, 1, 11),
        [("meeting", "Crete", "GR", None, None, [])], id="island-on"),
    pytest.param(  # "on" a country is a topic, not a place
        "US Secretary of State John Kerry held talks with Russian Foreign Minister Sergei Lavrov on Syria.",
        date(2016, 1, 11),
        [("talks", None, None, None, None, ["John Kerry", "Russia", "Sergei Lavrov", "United States"])], id="neg-on-topic"),
    pytest.param(  # an office holder's meeting at a named place years ago is still a meeting
        "I had the privilege of spending time with Pope Benedict at the Vatican in 2011. Pope Emeritus "
        "Benedict XVI was a theologian.",
        date(2022, 12, 31),
        [("meeting", "Vatican, Vatican City", "VA", "2011-01-01", "year", ["Benedict XVI"])],
        id="spent-time-with-office"),
    pytest.param(  # a readout's list opened by "Joining <name> on the call were", bodies included
        "President Joseph R. Biden, Jr. spoke by video conference today with Allies and partners.\n\n"
        "Joining President Biden on the call were Prime Minister Trudeau of Canada, NATO Secretary General "
        "Stoltenberg, and representatives from France and the European Union.",
        date(2022, 9, 8),
        [("conference", None, None, "2022-09-08", "day",
          ["Canada", "European Union", "France", "Joseph R. Biden, Jr.", "Stoltenberg", "Trudeau"])],
        id="joining-list"),
    pytest.param(  # "joining" without the meeting's noun lists no attendee
        "President Joseph R. Biden, Jr. spoke today with Transatlantic leaders.\n\n"
        "Congresswoman Karen Bass emerged as a contender, joining Senators Kamala Harris and Elizabeth Warren.",
        date(2022, 9, 8),
        [("call", None, None, "2022-09-08", "day", ["Joseph R. Biden, Jr."])],
        id="neg-joining-no-noun"),
    pytest.param(  # a body named as an affiliation inside the list is no party
        "President Joseph R. Biden, Jr. spoke today with Transatlantic leaders.\n\n"
        "Joining the call were Prime Minister Trudeau of Canada and the Ambassador to the United Nations.",
        date(2022, 9, 8),
        [("call", None, None, "2022-09-08", "day", ["Canada", "Joseph R. Biden, Jr.", "Trudeau"])],
        id="neg-list-affiliation"),
    pytest.param(  # "H.E." before the name does not end the sentence
        "National Security Advisor Jake Sullivan spoke by phone today with H.E. Sheikh Mohammed bin "
        "Abdulrahman bin Jassim Al Thani, Deputy Prime Minister of Qatar.",
        date(2022, 12, 22),
        [("call", None, None, "2022-12-22", "day", ["Jake Sullivan", "Mohammed bin Abdulrahman bin Jassim Al Thani"])],
        id="honorific-he"),
    pytest.param(  # a list of named groups before the people of a call
        "President Biden convened a call with the Governors of Louisiana, Alabama, and Mississippi, FEMA "
        "Administrator Deanne Criswell, and Homeland Security Advisor Liz Sherwood-Randall.",
        date(2021, 8, 27),
        [("call", None, None, None, None, ["Biden", "Deanne Criswell", "Liz Sherwood-Randall"])],
        id="call-list-after-groups"),
    pytest.param(  # a party after a lower-case aside is not on the list
        "President Biden convened a call with the Governors about the storm and praised FEMA Administrator "
        "Deanne Criswell.",
        date(2021, 8, 27), [], id="neg-call-list-aside"),
    pytest.param(  # two leaders' turns in remarks: the meeting they are at, at the place the transcript opens with
        "Oval Office\n\n1:41 P.M. EST\n\nPRESIDENT BIDEN:  Mr. President, welcome.\n\n"
        "Anyway, I'm glad to see you again after a successful summit we had, the Summit of the Americas, in June.\n\n"
        "PRESIDENT LASSO:  Thank you very much, Mr. President.\n\n1:48 P.M. EST",
        date(2022, 12, 19),
        [("meeting", "Oval Office, Washington", "US", "2022-12-19", "day", ["Biden", "Lasso"]),
         ("summit", None, None, "2022-06-01", "month", ["Biden", "Lasso"])],
        id="remarks-two-leaders"),
    pytest.param(  # one leader answering questions is no meeting
        "East Room\n\n2:00 P.M. EST\n\nPRESIDENT BIDEN:  Good afternoon.\n\nQ:  Mr. President, a question.\n\n"
        "PRESIDENT BIDEN:  Go ahead.",
        date(2022, 12, 19), [], id="neg-remarks-one-leader"),
    # --- tuning2: patterns of readout and news language
    pytest.param(  # a possessive surname still ends the name: "Oleksiy Honcharuk's offer"
        "Yesterday, Ukrainian President Volodymyr Zelensky declined Prime Minister Oleksiy Honcharuk's offer to "
        "resign.\n\nZelensky said in a meeting with Honcharuk that he would stay.",
        date(2020, 1, 18),
        [("meeting", None, None, None, None, ["Oleksiy Honcharuk", "Volodymyr Zelensky"])],
        id="possessive-name-then-short-name",
        # known gap: the prime minister's title gives no country, so a domestic
        # meeting reads like a foreign one and Ukraine is added as a party
        marks=pytest.mark.xfail(strict=True, reason="country of an untitled-country official unknown")),
    pytest.param(  # "bilateral" before a noun is an adjective, no meeting
        "President Biden pledged to further deepen our strong bilateral ties with Italy this year.",
        date(2021, 6, 12), [], id="neg-bilateral-adjective"),
    pytest.param(  # ... but a noun "bilateral" with its party is one
        "President Biden held a bilateral with Prime Minister Mario Draghi of Italy in Rome on Friday.",
        date(2021, 6, 12),
        [("meeting", "Rome", "IT", "2021-06-11", "day", ["Biden", "Italy", "Mario Draghi"])],
        id="bilateral-noun"),
    pytest.param(  # the summit a meeting was held beside does not name it (it is a meeting of its own, and
        # who met beside it was at it); the official's country is a party
        "President Joseph R. Biden, Jr. met today with Prime Minister Draghi of Italy on the margins of the G7 Summit.",
        date(2021, 6, 12),
        [("meeting", None, None, "2021-06-12", "day", ["Draghi", "Italy", "Joseph R. Biden, Jr."]),
         ("summit", None, None, "2021-06-12", "day", ["Draghi", "Italy", "Joseph R. Biden, Jr."])],
        id="margins-of-summit"),
    pytest.param(  # two officials of one country: no country added
        "Ukrainian President Volodymyr Zelensky met Ukrainian Prime Minister Oleksiy Honcharuk in Kyiv on Friday.",
        date(2020, 1, 18),
        [("meeting", "Kyiv", "UA", "2020-01-17", "day", ["Oleksiy Honcharuk", "Volodymyr Zelensky"])],
        id="same-country-no-country-party"),
    pytest.param(  # "taking place in": the place of the negotiations
        "The President and the Prime Minister discussed ongoing hostage negotiations taking place in Qatar.",
        date(2024, 3, 18),
        [("talks", "Qatar", "QA", None, None, [])],
        id="negotiations-taking-place-in"),
    pytest.param(  # a future meeting with "soon" before its place
        "They agreed to have their teams meet soon in Washington to exchange views.",
        date(2024, 3, 18),
        [("meeting", "Washington", "US", None, None, [])],
        id="meet-soon-in-place"),
    pytest.param(  # negative: "take place" with no meeting word is no meeting
        "The vote will take place in Washington next week.",
        date(2024, 3, 18), [], id="neg-take-place-no-meeting"),
    pytest.param(  # the body whose meeting it is takes part
        "Today, Secretary of the Interior Deb Haaland convened the second meeting of the White House Council on "
        "Native American Affairs.",
        date(2021, 8, 6),
        [("meeting", None, None, "2021-08-06", "day",
          ["Deb Haaland", "White House Council on Native American Affairs"])],
        id="meeting-of-body"),
    pytest.param(  # negative: "a meeting of minds" names no body
        "Secretary of the Interior Deb Haaland called it a meeting of minds on Tuesday.",
        date(2021, 8, 6), [], id="neg-meeting-of-no-body"),
    pytest.param(  # "During the meeting, X committed to support Y": only the subject was there
        "Secretary of the Interior Deb Haaland met Governor Jared Polis in Denver on Monday.\n\n"
        "During the meeting, Governor Jared Polis committed to support Tribal Leader John Smith.",
        date(2021, 8, 6),
        [("meeting", "Denver", "US", "2021-08-02", "day", ["Deb Haaland", "Jared Polis"])],
        id="presence-subject-only"),
    pytest.param(  # a royal residence is a landmark of its own country, not Windsor, Ontario
        "President Joseph R. Biden, Jr. met today with King Charles III at Windsor Castle.",
        date(2023, 7, 10),
        [("meeting", "Windsor Castle, Windsor", "GB", "2023-07-10", "day", ["Charles III", "Joseph R. Biden, Jr."])],
        id="castle-landmark"),
    pytest.param(  # the event a bilateral sat beside is a meeting of its own, and gives the place
        "President Joseph R. Biden met Prime Minister Narendra Modi of India on the sidelines of the G20 summit "
        "in New Delhi on Saturday.",
        date(2023, 9, 10),
        [("meeting", "New Delhi", "IN", "2023-09-09", "day", ["India", "Joseph R. Biden", "Narendra Modi"]),
         ("summit", "New Delhi", "IN", "2023-09-09", "day", ["India", "Joseph R. Biden", "Narendra Modi"])],
        id="sidelines-event"),
    pytest.param(  # a bare acronym of a summit body is the event too; "this November" is the published year's
        "Chancellor Olaf Scholz met President Emmanuel Macron at the margins of the G7 in Hiroshima. "
        "Scholz will host Macron in Berlin this November.",
        date(2023, 5, 20),
        [("meeting", "Hiroshima", "JP", None, None, ["Emmanuel Macron", "Olaf Scholz"]),
         ("meeting", "Hiroshima", "JP", None, None, ["Emmanuel Macron", "Olaf Scholz"]),
         ("meeting", "Berlin", "DE", "2023-11-01", "month", ["Emmanuel Macron", "Olaf Scholz"])],
        id="margins-acronym-and-this-month"),
    pytest.param(  # a call told by its noun alone, its parties "between" two people
        "The September 9 phone call between President Joe Biden and President Xi Jinping covered trade.",
        date(2021, 10, 6),
        [("call", None, None, "2021-09-09", "day", ["Joe Biden", "Xi Jinping"])],
        id="call-between"),
    pytest.param(  # ... but beside a verb of meeting, a noun "between" others is another meeting, not this one
        "Jake Sullivan met Foreign Minister Cho Hyundong in Washington today to prepare the summit between "
        "President Joe Biden and President Yoon Suk Yeol.",
        date(2022, 9, 15),
        [("meeting", "Washington", "US", "2022-09-15", "day", ["Cho Hyundong", "Jake Sullivan"])],
        id="between-is-another-meeting"),
    pytest.param(  # an event named with its acronym in brackets; "the meeting included:" lists the bilateral's people
        "Vice President Kamala Harris convened today Indo-Pacific leaders on the margins of the Asia-Pacific "
        "Economic Cooperation (APEC) Leaders Meeting in Bangkok, Thailand. In addition to the Vice President, the "
        "meeting included: Prime Minister Fumio Kishida of Japan and Prime Minister Justin Trudeau of Canada.",
        date(2022, 11, 18),
        [("meeting", "Bangkok", "TH", "2022-11-18", "day",
          ["Canada", "Fumio Kishida", "Japan", "Justin Trudeau", "Kamala Harris"]),
         ("meeting", "Bangkok", "TH", "2022-11-18", "day", ["Kamala Harris"])],
        id="event-in-brackets-and-included-list"),
    pytest.param(  # a US state holding a country's name is not that country
        "President Joe Biden met today with Governor Michelle Lujan Grisham of New Mexico and Governor Ned Lamont "
        "of Connecticut at the White House.",
        date(2022, 7, 1),
        [("meeting", "White House, Washington", "US", "2022-07-01", "day",
          ["Joe Biden", "Michelle Lujan Grisham", "Ned Lamont"])],
        id="new-mexico-is-no-country"),
    pytest.param(  # "engaged on the margins of": a group engaging beside an event met there
        "Chancellor Olaf Scholz and President Emmanuel Macron engaged on the margins of the G7 in Hiroshima on Friday.",
        date(2023, 5, 20),
        [("meeting", "Hiroshima", "JP", "2023-05-19", "day", ["Emmanuel Macron", "Olaf Scholz"]),
         ("meeting", "Hiroshima", "JP", "2023-05-19", "day", ["Emmanuel Macron", "Olaf Scholz"])],
        id="engaged-on-the-margins"),
    pytest.param(  # ... but "engaged in" an activity is no meeting, nor is one party engaging
        "Protesters engaged in a sit-in at the ministry on Friday. Police engaged at the scene on Friday.",
        date(2023, 5, 20), [], id="engaged-in-is-no-meeting"),
    pytest.param(  # not every event beside a meeting is a meeting of leaders
        "President Joseph R. Biden met Prime Minister Fumio Kishida on the sidelines of the Olympics in Tokyo "
        "on Friday.",
        date(2021, 7, 24),
        [("meeting", "Tokyo", "JP", "2021-07-23", "day", ["Fumio Kishida", "Joseph R. Biden"])],
        id="sidelines-not-an-event"),
    pytest.param(  # an official told by the country's adjective and no name stands for the country
        "British Foreign Secretary Philip Hammond held talks with his Iraqi counterpart in Baghdad on Monday.",
        date(2015, 1, 22),
        [("talks", "Baghdad", "IQ", "2015-01-19", "day", ["Iraq", "Philip Hammond", "United Kingdom"])],
        id="demonym-counterpart"),
    pytest.param(  # ... one side each
        "Saudi officials met with a Chinese delegation in Riyadh on Monday.",
        date(2015, 1, 22),
        [("meeting", "Riyadh", "SA", "2015-01-19", "day", ["China", "Saudi Arabia"])],
        id="demonym-delegations"),
    pytest.param(  # ... but not a country's own forces, government or people
        "Afghan forces met heavy resistance on Monday, and the Afghan government is shut out of peace talks.",
        date(2019, 1, 24), [], id="demonym-not-an-envoy"),
    pytest.param(  # an office alone ("the Vice President") is the person the text named with it
        "Vice President Kamala Harris hosted Prime Minister Kishida Fumio for a breakfast meeting in Washington on "
        "Friday. The Vice President met with the Prime Minister in Bangkok in November 2022 and in Tokyo in "
        "September 2022.",
        date(2023, 1, 13),
        [("meeting", "Washington", "US", "2023-01-13", "day", ["Kamala Harris", "Kishida Fumio"]),
         ("meeting", "Bangkok", "TH", "2022-11-01", "month", ["Kamala Harris", "Kishida Fumio"]),
         ("meeting", "Tokyo", "JP", "2022-09-01", "month", ["Kamala Harris", "Kishida Fumio"])],
        id="office-alone-and-a-list-of-places"),
    pytest.param(  # "following up on" points at another, earlier meeting; each place its own day
        "The minister held talks with his Iraqi counterpart in Baghdad on Monday and in Erbil on Tuesday, "
        "following up on talks in Amman in December.",
        date(2015, 1, 22),
        [("talks", "Baghdad", "IQ", "2015-01-19", "day", ["Iraq"]),
         ("talks", "Erbil", "IQ", "2015-01-20", "day", ["Iraq"]),
         ("talks", "Amman", "JO", "2014-12-01", "month", [])],
        id="places-listed-and-following-up-on"),
    pytest.param(  # a meeting the subjects talked about, or had their teams hold, is not theirs
        "President Joseph R. Biden, Jr. spoke this morning with Prime Minister Benjamin Netanyahu of Israel. The "
        "President and the Prime Minister discussed ongoing hostage negotiations taking place in Qatar. The "
        "President and Prime Minister agreed to have their teams meet soon in Washington.",
        date(2024, 3, 18),
        [("call", None, None, "2024-03-18", "day", ["Benjamin Netanyahu", "Israel", "Joseph R. Biden, Jr."]),
         ("talks", "Qatar", "QA", None, None, []),
         ("meeting", "Washington", "US", None, None, [])],
        id="topic-and-delegated-meetings"),
    pytest.param(  # "the President's Council": a body named for the office, not the person
        "President Joe Biden convened a meeting of the President's Council of Advisors on Science and Technology "
        "today. To view the letter to the President, visit: https://example.gov/letter.",
        date(2022, 1, 20),
        [("meeting", None, None, "2022-01-20", "day",
          ["Joe Biden", "President's Council of Advisors on Science and Technology"])],
        id="office-named-body-and-web-visit"),
    pytest.param(  # a double-barrelled surname alone is the person told in full before
        "Homeland Security Advisor Dr. Liz Sherwood-Randall led a delegation to Panama on Tuesday. While in "
        "Panama, Sherwood-Randall met with President Laurentino Cortizo on Tuesday.",
        date(2023, 9, 8),
        [("meeting", "Panama", "PA", "2023-09-05", "day", ["Laurentino Cortizo", "Liz Sherwood-Randall", "Panama"])],
        id="double-barrelled-short-name"),
    pytest.param(  # a group of officials is a group of parties for "gathered"
        "NATO defence ministers gathered in Brussels on Thursday.", date(2023, 1, 13),
        [("meeting", "Brussels", "BE", "2023-01-12", "day", ["NATO"])], id="officials-gathered"),
    pytest.param(  # a name's suffix before "of" is no person of its own
        "President Joseph R. Biden, Jr. of the United States and Prime Minister Mario Draghi of Italy met today "
        "at the White House.",
        date(2022, 5, 10),
        [("meeting", "White House, Washington", "US", "2022-05-10", "day",
          ["Italy", "Joseph R. Biden, Jr.", "Mario Draghi", "United States"])],
        id="suffix-is-no-person"),
    pytest.param(  # the small words of a name do not cut a meeting from its place
        "US Secretary of State Mike Pompeo met with Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday.",
        date(2019, 1, 16),
        [("meeting", "Riyadh", "SA", "2019-01-14", "day",
          ["Mike Pompeo", "Mohammed bin Salman", "Saudi Arabia", "United States"])],
        id="name-particles-before-place"),
    pytest.param(  # a visit's place is its verb's object; a small town is the place its country confirms
        "Chinese Foreign Minister Wang Yi visited Moscow on Monday, meeting Sergei Lavrov. Leaders of the G7 "
        "nations will convene in Biarritz, France, from August 24 to 26.",
        date(2019, 8, 1),
        [("visit", "Moscow", "RU", "2019-07-29", "day", ["China", "Sergei Lavrov", "Wang Yi"]),
         ("meeting", "Biarritz", "FR", "2019-08-24", "day", ["G7"])],
        id="visit-object-and-small-town"),
    pytest.param(  # capitalised words after "on"/"in" with no title are a name of a thing, not a person
        "President Biden met today with Melanie Campbell, President and CEO of the National Coalition on Black "
        "Civic Participation.",
        date(2021, 7, 8),
        [("meeting", None, None, "2021-07-08", "day", ["Biden", "Melanie Campbell"])],
        id="capitals-after-on-no-person"),
    pytest.param(  # a meeting named "between" others inside a sentence that points at another is a new one
        "National Security Advisor Jake Sullivan today met with Director Yang Jiechi in Zurich, Switzerland. "
        "Their meeting followed up on the September 9 phone call between President Biden and President Xi.",
        date(2021, 10, 6),
        [("meeting", "Zurich", "CH", "2021-10-06", "day", ["Jake Sullivan", "Yang Jiechi"]),
         ("call", None, None, "2021-09-09", "day", ["Biden", "Xi"])],
        id="another-meeting-between-and-unaccented-city"),
    pytest.param(  # "engagements between" names a meeting
        "The two sides had candid discussions, building on the engagements between President Biden and President "
        "Xi in Bali, Indonesia in November 2022.",
        date(2023, 9, 17),
        [("meeting", "Bali", "ID", "2022-11-01", "month", ["Biden", "Xi"])],
        id="engagements-between"),
    pytest.param(  # an undated meeting in a report took place on the day the report opens on
        "Between September 5-7, 2023, Homeland Security Advisor Dr. Liz Sherwood-Randall led an interagency "
        "delegation to Panama and Colombia.\n\nWhile in Panama, Sherwood-Randall met with President Laurentino "
        "Cortizo.",
        date(2023, 9, 8),
        [("meeting", "Panama", "PA", "2023-09-05", "day", ["Laurentino Cortizo", "Liz Sherwood-Randall", "Panama"])],
        id="opening-date-of-a-report"),
    pytest.param(  # ... but not a dateline, nor a date weeks before the report
        "Thursday, January 24, 2019\n\nOn December 1, 2018, the ministry published its yearly report on trade. Foreign Minister "
        "Heiko Maas met with Foreign Minister Sergey Lavrov in Moscow.",
        date(2019, 1, 24),
        [("meeting", "Moscow", "RU", None, None, ["Heiko Maas", "Sergey Lavrov"])],
        id="no-opening-date-from-a-dateline"),
    pytest.param(  # "bilateral and multilateral cooperation" is no bilateral meeting
        "Vice President Kamala Harris and President Emmanuel Macron agreed on close bilateral and multilateral "
        "cooperation on Monday.", date(2021, 2, 15), [], id="bilateral-as-adjective"),
    pytest.param(  # the year in a meeting's name dates it; a bound ("by 2027") does not
        "As announced by President Biden at the 2023 G7 Summit in Hiroshima, the forum aims to mobilize "
        "investments by 2027.",
        date(2024, 9, 27),
        [("summit", "Hiroshima", "JP", "2023-01-01", "year", ["Biden", "G7"])],
        id="year-in-the-name-not-a-bound"),
    pytest.param(  # no-break spaces between the words of a readout read as spaces
        "President\u00a0Joseph R. Biden, Jr.\u00a0spoke\u00a0today\u00a0with President Emmanuel Macron of France.",
        date(2022, 4, 25),
        [("call", None, None, "2022-04-25", "day", ["Emmanuel Macron", "France", "Joseph R. Biden, Jr."])],
        id="no-break-spaces"),
    pytest.param(  # the place between the verb and "with"
        "President Joseph R. Biden, Jr. met today at the White House with Prime Minister Naftali Bennett of Israel.",
        date(2021, 8, 27),
        [("meeting", "White House, Washington", "US", "2021-08-27", "day",
          ["Israel", "Joseph R. Biden, Jr.", "Naftali Bennett"])],
        id="place-before-with"),
    pytest.param(  # who the person met is, in lower case, after "with"
        "Vice President Kamala Harris met today with actress and activist Nazanin Boniadi to express her support.",
        date(2022, 10, 14),
        [("meeting", None, None, "2022-10-14", "day", ["Kamala Harris", "Nazanin Boniadi"])],
        id="described-object"),
    pytest.param(  # ... but not a pronoun and a preposition: Smith is the topic
        "President Biden spoke with him about John Smith on Monday.", date(2022, 10, 14), [],
        id="no-described-object"),
    pytest.param(  # names governed by "Under" are no subject of the meeting noun later in the sentence
        "Under President Biden and Vice President Harris, jobs grew in the states represented in Friday's meeting "
        "with Prime Minister Justin Trudeau.",
        date(2024, 6, 3),
        [("meeting", None, None, "2024-05-31", "day", ["Justin Trudeau"])],
        id="under-governs-names"),
    pytest.param(  # a list opened by "Participating ... included:" adds to the convening before it
        "Jennifer Klein, Director of the Gender Policy Council, convened state legislators on paid leave.\n\n"
        "Participating state legislative leaders included:\n\n"
        "-   Illinois Representative Sonya Harper -   Maine Senator Mattie Daughtry\n\n###",
        date(2023, 2, 1),
        [("meeting", None, None, None, None, ["Jennifer Klein", "Mattie Daughtry", "Sonya Harper"])],
        id="participating-list"),
    pytest.param(  # ... while "participating in them" lists no one
        "Biden met Prime Minister Justin Trudeau on Monday. I look forward to participating in them; I was in "
        "Baku as press.", date(2019, 10, 1),
        [("meeting", None, None, "2019-09-30", "day", ["Justin Trudeau"])],
        id="participating-in-prose"),
    pytest.param(  # "It's called ..." names a thing, not a phone call
        "It's called Participating Democracy. We called this Precision Policies.", date(2020, 9, 1), [],
        id="is-called"),
    pytest.param(  # two named leaders "talked today": a call between them
        "President Joe Biden and Prime Minister Mario Draghi of Italy talked today about Afghanistan.",
        date(2021, 8, 20),
        [("call", None, None, "2021-08-20", "day", ["Italy", "Joe Biden", "Mario Draghi"])],
        id="group-talked-today"),
    pytest.param(  # ... while one party "spoke today" at a rally names no meeting
        "Biden spoke today at a rally in Ohio.", date(2021, 8, 20), [], id="one-party-spoke-today"),
    pytest.param(  # "joined by" is an aside: the verb after it reports the call, with both as callers
        "President Joseph R. Biden, Jr., joined by Vice President Kamala Harris, spoke today with President "
        "Volodymyr Zelenskyy of Ukraine.",
        date(2022, 10, 4),
        [("call", None, None, "2022-10-04", "day",
          ["Joseph R. Biden, Jr.", "Kamala Harris", "Ukraine", "Volodymyr Zelenskyy"])],
        id="joined-by-aside"),
    pytest.param(  # "over the phone", and a lower-case word before the title after "with"
        "National Security Advisor Jake Sullivan spoke over the phone today with former Philippine National "
        "Security Advisor Eduardo M. Año.",
        date(2023, 1, 17),
        [("call", None, None, "2023-01-17", "day", ["Eduardo M. Año", "Jake Sullivan", "Philippines"])],
        id="over-the-phone-former"),
    pytest.param(  # a date, or a year in the person's role, between the verb and the person met
        "President Joseph R. Biden, Jr. met virtually on November 15 with President Xi Jinping. President Biden "
        "met today with 2022 ASEAN Chair Prime Minister Hun Sen of Cambodia in Phnom Penh.",
        date(2022, 11, 16),
        [("meeting", None, None, "2022-11-15", "day", ["Joseph R. Biden, Jr.", "Xi Jinping"]),
         ("meeting", "Phnom Penh", "KH", "2022-11-16", "day", ["Cambodia", "Hun Sen", "Joseph R. Biden, Jr."])],
        id="date-and-year-before-the-person"),
    pytest.param(  # a lower-case word after a verb without "with" is no description of the person met
        "Baker found early success with The Graham Bond Organisation where he met bassist Jack Bruce.",
        date(2019, 10, 6), [], id="met-bassist"),
    pytest.param(  # "received a call from"
        "On Saturday, President Donald J. Trump received a call from President Abdel Fattah el-Sisi of Egypt.",
        date(2025, 2, 3),
        [("call", None, None, "2025-02-01", "day", ["Abdel Fattah el-Sisi", "Donald J. Trump", "Egypt"])],
        id="received-a-call-from"),
    pytest.param(  # the meeting noun a host verb governs, and the list of who joined it
        "President Joseph R. Biden hosted a secure conference call today with Allies and partners.\n\n"
        "Joining President Biden on the call were Prime Minister Trudeau of Canada and President Macron of France.",
        date(2022, 2, 28),
        [("call", None, None, "2022-02-28", "day", ["Canada", "France", "Joseph R. Biden", "Macron", "Trudeau"])],
        id="hosted-a-conference-call"),
    pytest.param(  # a visit to a place, with no party met, is no meeting
        "It's why I took my children to visit Dachau in Germany.", date(2021, 1, 27), [], id="visit-a-place"),
    pytest.param(  # "participants discussed ..." lists no one; "Participants ... included:" does
        "Vice President Harris hosted a roundtable with advocates today. Participants discussed programs such as "
        "Temporary Protected Status for Cameroon.",
        date(2024, 9, 30),
        [("meeting", None, None, "2024-09-30", "day", ["Harris"])],
        id="participants-discussed"),
    pytest.param(  # "more than 30 state legislators in Indianapolis": the place; "Meeting Speakers:" lists who spoke
        "Today, Vice President Kamala Harris convened more than 30 state legislators in Indianapolis, Indiana.\n\n"
        "Meeting Speakers:\n\n-   Rep. Phil GiaQuinta, Indiana House Minority Leader -   Sen. Greg Taylor, Indiana "
        "Senate Minority Leader\n\n###",
        date(2022, 7, 25),
        [("meeting", "Indianapolis", "US", "2022-07-25", "day", ["Greg Taylor", "Kamala Harris", "Phil GiaQuinta"])],
        id="convened-legislators-speakers-list"),
    pytest.param(  # "The meeting was attended by" points at the summit told just before, not an earlier "meeting"
        "Later on Tuesday Prime Minister Kyriakos Mitsotakis met with the International Monetary Fund.\n\nOn last Thursday, the "
        "delegations of Cyprus, Greece and Israel had met for their seventh trilateral summit. The meeting was "
        "attended by Israeli prime minister Benjamin Netanyahu and energy minister Yuval Steinitz.",
        date(2020, 1, 10),
        [("meeting", None, None, "2020-01-07", "day", ["International Monetary Fund", "Kyriakos Mitsotakis"]),
         ("summit", None, None, "2020-01-02", "day", ["Benjamin Netanyahu", "Cyprus", "Greece", "Israel", "Yuval Steinitz"])],
        id="the-meeting-is-the-summit-just-told"),
    pytest.param(  # a heading over a list names the report's own meeting, not one mentioned since
        "Today, Vice President Kamala Harris convened state legislators in Indianapolis. Her visit coincided with "
        "the first day of the legislature's special session on Monday.\n\nMeeting Speakers:\n\n-   Rep. Phil "
        "GiaQuinta, Indiana House Minority Leader\n\n###",
        date(2022, 7, 25),
        [("meeting", "Indianapolis", "US", "2022-07-25", "day", ["Kamala Harris", "Phil GiaQuinta"])],
        id="list-heading-names-the-main-meeting"),
    pytest.param(  # who reports a meeting is no party to it
        "Al Jazeera reported that President Joko Widodo was planning to visit General Wiranto in Jakarta on Friday.",
        date(2019, 10, 10),
        [("visit", "Jakarta", "ID", "2019-10-11", "day", ["Joko Widodo", "Wiranto"])],
        id="reported-that"),
    pytest.param(  # a meeting said not to have happened is none
        "Pam Shriver said Donald Trump had not met Joe Shapiro until he was admitted to Wharton.",
        date(2020, 7, 20), [], id="had-not-met"),
    pytest.param(  # "called Stone's sentence "unjust"": naming a thing, not a phone call
        'President Donald Trump called Roger Stone\'s 40 month sentence "unjust."', date(2020, 7, 11), [],
        id="called-a-names-thing"),
    pytest.param(  # "meet" meaning "satisfy" is no meeting
        "Companies in the United States that meet Federal procurement needs will meet the criteria in Paris.",
        date(2025, 2, 19), [], id="meet-the-criteria"),
    pytest.param(  # ... while meeting to discuss needs still is one
        "President Biden met with Prime Minister Fumio Kishida in Tokyo on Monday to discuss the needs of farmers.",
        date(2023, 1, 13),
        [("meeting", "Tokyo", "JP", "2023-01-09", "day", ["Biden", "Fumio Kishida"])],
        id="met-to-discuss-needs"),
    pytest.param(  # "visit SmokeFree.gov" is a web site
        "For help with quitting smoking in America, visit SmokeFree.gov today.", date(2024, 3, 29), [],
        id="visit-a-web-site"),
    pytest.param(  # a link's address names no meeting; "was met with praise" is no meeting
        "Honda is [considering](https://www.foxbusiness.com/politics/automaker-amid-trump-tariff-talks-ceo-says) "
        "moving production. The strike was met with bipartisan praise from Senator John Thune on Monday.",
        date(2025, 3, 12), [], id="url-and-met-with-praise"),
    pytest.param(  # a list of countries after "with" is every one of them
        "Foreign Minister Heiko Maas held talks with France, Italy and Spain in Paris on Monday.",
        date(2020, 1, 10),
        [("talks", "Paris", "FR", "2020-01-06", "day", ["France", "Heiko Maas", "Italy", "Spain"])],
        id="with-a-list-of-countries"),
    pytest.param(  # ... but a comma with no "and" ends no list: the country after it spoke
        "Foreign Minister Heiko Maas held talks with Iran, the United States said on Monday.",
        date(2020, 1, 10),
        [("talks", None, None, "2020-01-06", "day", ["Heiko Maas", "Iran"])],
        id="with-no-list"),
    pytest.param(  # a meeting noun "of" a list names its parties; its own date makes it another meeting
        "Leaders of Cyprus, Greece and Israel met for a summit in Athens last Thursday. During the trilateral "
        "meeting of Cyprus, Greece and Israel on January 28, 2016, a cable was considered.",
        date(2020, 1, 10),
        [("summit", "Athens", "GR", "2020-01-02", "day", ["Cyprus", "Greece", "Israel"]),
         ("meeting", None, None, "2016-01-28", "day", ["Cyprus", "Greece", "Israel"])],
        id="meeting-of-a-list-dated-apart"),
    pytest.param(  # "between" names parties after a meeting noun, a topic after any other
        "President Biden spoke today with Prime Minister Erna Solberg of Norway to deepen the alliance between "
        "Norway and the United States. They discussed their backing for ongoing peace talks between Armenia and "
        "Azerbaijan.",
        date(2021, 3, 9),
        [("call", None, None, "2021-03-09", "day", ["Biden", "Erna Solberg", "Norway"]),
         ("talks", None, None, "2021-03-09", "day", ["Armenia", "Azerbaijan"])],
        id="between-after-a-noun-only"),
    pytest.param(  # "the Call to Action" is a programme, not a call
        "Vice President Kamala Harris met with Prime Minister Xiomara Castro today. They discussed the Call to "
        "Action she launched in May 2021.",
        date(2022, 1, 27),
        [("meeting", None, None, "2022-01-27", "day", ["Kamala Harris", "Xiomara Castro"])],
        id="call-to-action"),
    pytest.param(  # a pronoun subject is the person it stands for
        "Prime Minister Boris Johnson arrived in Biarritz. He met Canadian Prime Minister Justin Trudeau on Sunday.",
        date(2019, 8, 26),
        [("meeting", None, None, "2019-08-25", "day", ["Boris Johnson", "Canada", "Justin Trudeau"])],
        id="pronoun-subject"),
    pytest.param(  # ... after "after", past auxiliaries; of the right sex
        "Prime Minister Igor Matovič said Angela Merkel had called. This comes a week after he had attended a "
        "summit with President of France Emmanuel Macron.",
        date(2020, 12, 18),
        [("summit", None, None, None, None, ["Emmanuel Macron", "France", "Igor Matovič"])],
        id="pronoun-subject-after"),
    pytest.param(  # a possessor after the meeting word is no party
        "President Joseph R. Biden, Jr. met with President Felix Tshisekedi today. President Biden welcomed "
        "President Ivan Duque's commitment to the peace accord.",
        date(2021, 10, 30),
        [("meeting", None, None, "2021-10-30", "day", ["Felix Tshisekedi", "Joseph R. Biden, Jr."])],
        id="possessor-is-no-party"),
    pytest.param(  # a group met, then who was in it after "including"
        "Deputy National Security Advisor Mike Pyle met with senior members of the government, including Chief of "
        "Cabinet Nicolas Posse, Economy Minister Luis Caputo, and Central Bank President Santiago Bausili.",
        date(2023, 12, 13),
        [("meeting", None, None, None, None, ["Luis Caputo", "Mike Pyle", "Nicolas Posse", "Santiago Bausili"])],
        id="group-including"),
    pytest.param(  # ... but not topics "including" people
        "Deputy National Security Advisor Mike Pyle met with Economy Minister Luis Caputo to discuss issues, "
        "including President Javier Milei and Governor Axel Kicillof.",
        date(2023, 12, 13),
        [("meeting", None, None, None, None, ["Luis Caputo", "Mike Pyle"])],
        id="topics-including"),
    pytest.param(  # a name that qualifies a thing is no party: "the Tinubu Administration's steps"
        "President Joe Biden met with Nigerian President Bola Tinubu today. President Biden welcomed the Tinubu "
        "Administration's steps to reform the economy.",
        date(2023, 9, 10),
        [("meeting", None, None, "2023-09-10", "day", ["Bola Tinubu", "Joe Biden", "Nigeria"])],
        id="name-qualifies-a-thing"),
    pytest.param(  # an event named with a dotted abbreviation is the event beside the bilateral
        "Vice President Kamala Harris met with President Ferdinand Marcos Jr. of the Philippines on the margins of "
        "the U.S.-ASEAN Summit in Jakarta, Indonesia.",
        date(2023, 9, 6),
        [("meeting", "Jakarta", "ID", None, None, ["Ferdinand Marcos Jr.", "Kamala Harris", "Philippines"]),
         ("summit", "Jakarta", "ID", None, None, ["Ferdinand Marcos Jr.", "Kamala Harris", "Philippines"])],
        id="dotted-event-beside"),
    pytest.param(  # "This meeting builds on ... meetings with X": the meetings built on are others
        "Vice President Kamala Harris met with President Ferdinand Marcos Jr. today. This meeting builds on "
        "President Biden’s bilateral meetings with President Marcos in Washington D.C. in May 2023.",
        date(2023, 9, 6),
        [("meeting", None, None, "2023-09-06", "day", ["Ferdinand Marcos Jr.", "Kamala Harris"]),
         ("meeting", "Washington", "US", "2023-05-01", "month", ["Biden", "Ferdinand Marcos Jr."])],
        id="builds-on-meetings-with"),
    pytest.param(  # "dropped by the meeting": an attendee; Northern Ireland is in the United Kingdom
        "Today Vice President Kamala Harris met virtually with Northern Ireland First Minister Arlene Foster. "
        "President Joseph R. Biden, Jr. dropped by the meeting.",
        date(2021, 3, 17),
        [("meeting", None, None, "2021-03-17", "day",
          ["Arlene Foster", "Joseph R. Biden, Jr.", "Kamala Harris", "United Kingdom"])],
        id="dropped-by"),
    pytest.param(  # "stopped by the meeting" far after a recalled summit: the report's own meeting
        "Principal Deputy National Security Advisor Jon Finer met today with Executive Vice Minister Ma Zhaoxu "
        "in Washington, D.C. The two sides had a candid conversation, building on the Summit between President "
        "Biden and President Xi in Woodside, California in November 2023, and continuing efforts to maintain open "
        "lines of communication. The two sides discussed ongoing work to continue military-to-military "
        "communication and advance cooperation on areas in which our interests are aligned, such as "
        "counternarcotics, and discussed Russia's war against Ukraine and challenges in the Middle East. National "
        "Security Advisor Jake Sullivan stopped by the meeting to greet the Executive Vice Minister.",
        date(2024, 5, 30),
        [("meeting", "Washington", "US", "2024-05-30", "day", ["Jake Sullivan", "Jon Finer", "Ma Zhaoxu"]),
         ("summit", None, None, "2023-11-01", "month", ["Biden", "Xi"])],
        id="stopped-by-the-report-meeting"),
    pytest.param(  # "ahead of" beside a verb in the past: the meeting was held
        "On Tuesday, Secretary Denis McDonough hosted Senator Jon Tester ahead of Veterans Day.",
        date(2023, 11, 9),
        [("meeting", None, None, "2023-11-07", "day", ["Denis McDonough", "Jon Tester"])],
        id="ahead-of-past"),
    pytest.param(  # a place and its country before "with"
        "National Security Advisor Jake Sullivan met today in Bangkok, Thailand with Prime Minister Srettha Thavisin.",
        date(2024, 1, 26),
        [("meeting", "Bangkok", "TH", "2024-01-26", "day", ["Jake Sullivan", "Srettha Thavisin"])],
        id="city-country-then-with"),
    pytest.param(  # an event named in capitals that no meeting bears is one of its own, told in passing:
        # its place, and not the sentence's people ("the" does not point back at the G7 Summit)
        "President Joseph R. Biden, Jr. met today with President Emmanuel Macron of France on the margins of the "
        "G7 Summit. Both leaders underscored their dedication to achieve ambitious outcomes at the COP26 Summit "
        "in Glasgow.",
        date(2021, 6, 12),
        [("meeting", None, None, "2021-06-12", "day", ["Emmanuel Macron", "France", "Joseph R. Biden, Jr."]),
         ("summit", None, None, "2021-06-12", "day", ["Emmanuel Macron", "France", "Joseph R. Biden, Jr."]),
         ("summit", "Glasgow", "GB", None, None, [])],
        id="event-in-passing"),
    pytest.param(  # a hyphenated pair before the meeting noun names its parties
        "The US-China trade talks resumed in Geneva on Monday.", date(2023, 1, 6),
        [("talks", "Geneva", "CH", "2023-01-02", "day", ["China", "United States"])],
        id="pair-names-the-talks"),
    pytest.param(  # "also spoke with" the same party is the same call; "met separately" is another meeting
        "President Biden spoke today with President Putin. President Biden also spoke with President Putin about "
        "ransomware. National Security Advisor Jake Sullivan met separately with President Putin.",
        date(2021, 7, 9),
        [("call", None, None, "2021-07-09", "day", ["Biden", "Putin"]),
         ("meeting", None, None, "2021-07-09", "day", ["Jake Sullivan", "Putin"])],
        id="same-call-told-again-and-separately"),
    pytest.param(  # "looked forward to ... at the NATO Summit in Vilnius in July": the July to come
        "President Biden met the leaders of the Bucharest Nine in Warsaw today. They looked forward to further "
        "strengthening collective defense at the NATO Summit in Vilnius in July.",
        date(2023, 2, 22),
        [("meeting", "Warsaw", "PL", "2023-02-22", "day", ["Biden", "Bucharest Nine"]),
         ("summit", "Vilnius", "LT", "2023-07-01", "month", ["NATO"])],
        id="looked-forward-to-a-summit"),
    pytest.param(  # a month with no tense told of an event in passing: the nearest; after a verb in the past: past
        "President Biden met with President Macron today. Both leaders underscored their dedication to achieve "
        "ambitious outcomes at the COP26 Summit in Glasgow in November. Building on the unity leaders displayed in "
        "May at the G7 Summit in Hiroshima, they discussed trade.",
        date(2021, 6, 12),
        [("meeting", None, None, "2021-06-12", "day", ["Biden", "Macron"]),
         ("summit", "Glasgow", "GB", "2021-11-01", "month", []),
         ("summit", "Hiroshima", "JP", "2021-05-01", "month", ["G7"])],
        id="month-of-an-event-in-passing"),
    pytest.param(  # a pronoun that is no subject of the meeting word borrows no one
        "Prime Minister Boris Johnson arrived in Biarritz. He said talks with Justin Trudeau went well.",
        date(2019, 8, 26),
        [], id="pronoun-not-subject"),
    pytest.param(  # a list of names cut by semicolons, after "with:", is read whole
        "Vice President Kamala Harris today spoke with: Prime Minister Kaja Kallas of Estonia; Prime Minister "
        "Krisjanis Karins of Latvia; and Prime Minister Nicolae Ciuca of Romania.",
        date(2022, 3, 1),
        [("call", None, None, "2022-03-01", "day", ["Estonia", "Kaja Kallas", "Kamala Harris", "Krisjanis Karins",
                                                    "Latvia", "Nicolae Ciuca", "Romania"])],
        id="semicolon-list-of-names"),
    pytest.param(  # semicolons between clauses still cut them
        "President Biden met Prime Minister Kishida of Japan; Secretary Blinken will travel to Seoul.",
        date(2022, 3, 1),
        [("meeting", None, None, None, None, ["Biden", "Japan", "Kishida"])],
        id="semicolon-between-clauses"),
    pytest.param(  # separate calls: one meeting with each person named, filled in by the next sentence
        "Vice President Kamala Harris today had five separate calls with European leaders. The Vice President "
        "spoke individually with: Prime Minister Kaja Kallas of Estonia; Prime Minister Krisjanis Karins of "
        "Latvia; and Prime Minister Nicolae Ciuca of Romania.",
        date(2022, 3, 1),
        [("call", None, None, "2022-03-01", "day", ["Estonia", "Kaja Kallas", "Kamala Harris"]),
         ("call", None, None, "2022-03-01", "day", ["Kamala Harris", "Krisjanis Karins", "Latvia"]),
         ("call", None, None, "2022-03-01", "day", ["Kamala Harris", "Nicolae Ciuca", "Romania"])],
        id="separate-calls-one-each"),
    pytest.param(  # without "separate" or "individually" the leaders named are one call's
        "Vice President Kamala Harris today had calls with European leaders. The Vice President spoke with "
        "Prime Minister Kaja Kallas of Estonia and Prime Minister Krisjanis Karins of Latvia.",
        date(2022, 3, 1),
        [("call", None, None, "2022-03-01", "day", ["Estonia", "Kaja Kallas", "Kamala Harris", "Krisjanis Karins",
                                                    "Latvia"])],
        id="calls-named-after-one-call"),
    pytest.param(  # an event of another day timing the clause: nobody in the clause took part; "upcoming" qualifies
        # another noun, so the bare month-day is the past one
        "Vice President Kamala Harris today spoke with Prime Minister Kaja Kallas of Estonia. Following the February "
        "25 extraordinary NATO summit, the Vice President and the European leaders reviewed recent and upcoming "
        "force posture adjustments in Europe.",
        date(2022, 3, 1),
        [("call", None, None, "2022-03-01", "day", ["Estonia", "Kaja Kallas", "Kamala Harris"]),
         ("summit", None, None, "2022-02-25", "day", ["NATO"])],
        id="dated-event-opening-a-clause"),
    pytest.param(  # "After the meeting" with no day of its own is the meeting told
        "President Biden met Chancellor Olaf Scholz today. After the meeting, the two leaders held a press conference.",
        date(2022, 3, 1),
        [("meeting", None, None, "2022-03-01", "day", ["Biden", "Olaf Scholz"])],
        id="undated-event-opening-a-clause"),
    pytest.param(  # "upcoming" before the meeting word still tells a meeting to come
        "The leaders discussed the upcoming G20 summit in New Delhi in September.",
        date(2023, 3, 1),
        [("summit", "New Delhi", "IN", "2023-09-01", "month", ["G20"])],
        id="upcoming-summit"),
    pytest.param(  # the people met told as a group of the countries after "of"
        "Secretary Blinken met the foreign ministers of Germany and France in Berlin today.",
        date(2023, 8, 24),
        [("meeting", "Berlin", "DE", "2023-08-24", "day", ["Blinken", "France", "Germany"])],
        id="group-of-countries"),
    pytest.param(  # "the economies of Germany and France" is a topic, not a group met
        "Secretary Blinken discussed the economies of Germany and France with Chancellor Olaf Scholz today.",
        date(2023, 8, 24),
        [],
        id="topic-of-countries"),
    pytest.param(  # "In addition," opens another meeting; the named event it prepared for is one told in passing
        "National Security Advisor Jake Sullivan convened the national security advisors of France and Italy at "
        "the White House today. In addition, National Security Advisor Sullivan convened the national security "
        "advisors and senior G20 representatives of the Quint and the European Union at the White House to "
        "discuss the upcoming G20 Leaders' Summit in New Delhi, India.",
        date(2023, 8, 24),
        [("meeting", "White House, Washington", "US", "2023-08-24", "day", ["France", "Italy", "Jake Sullivan"]),
         ("meeting", "White House, Washington", "US", "2023-08-24", "day", ["European Union", "Jake Sullivan"]),
         ("summit", "New Delhi", "IN", None, None, ["G20"])],
        id="in-addition-another-meeting"),
    pytest.param(  # an event ahead, with its own month
        "Jake Sullivan met Foreign Minister Subrahmanyam Jaishankar today ahead of the G20 Leaders' Summit in "
        "New Delhi next month.",
        date(2023, 8, 24),
        [("meeting", None, None, "2023-08-24", "day", ["Jake Sullivan", "Subrahmanyam Jaishankar"]),
         ("summit", "New Delhi", "IN", "2023-09-01", "month", ["G20"])],
        id="event-ahead"),
    pytest.param(  # a group named by its countries, after a delegation's visit
        "The interagency delegation met with the Prime Ministers of Papua New Guinea, Solomon Islands, Vanuatu, "
        "and Fiji in addition to senior government officials.",
        date(2023, 3, 28),
        [("meeting", None, None, None, None, ["Fiji", "Papua New Guinea", "Solomon Islands", "Vanuatu"])],
        id="prime-ministers-of-countries"),
    pytest.param(  # a bulleted list of bodies in attendance: known ones, and unknown ones told with an acronym
        "Today, Director Brian Deese convened the directors of the institutes at the White House.\n\n"
        "Agencies and institutes in attendance at the summit included:\n\n"
        "-   The Department of Commerce -   The National Science Foundation\n\n"
        "*Manufacturing USA Institutes:*\n\n"
        "-   [Advanced Robotics for Manufacturing (ARM)](https://arminstitute.org/) -   [National Institute for "
        "Innovation in Manufacturing Biopharmaceuticals (NIIMBL)](https://niimbl.force.com/s/) -   [Next "
        "Generation Power Electronics Institute (PowerAmerica)](https://poweramericainstitute.org/)",
        date(2022, 10, 24),
        [("meeting", None, None, "2022-10-24", "day",
          ["Advanced Robotics for Manufacturing", "Brian Deese", "Department of Commerce",
           "National Institute for Innovation in Manufacturing Biopharmaceuticals", "National Science Foundation",
           "Next Generation Power Electronics Institute", "United States"])],
        id="bulleted-bodies-in-attendance"),
    pytest.param(  # two people of one family are two attendees; "Bibi" is no other Netanyahu
        "President Biden met with the plaintiffs today. The meeting participants included:\n\n"
        "-   Victoria Benson -   Jeffrey Benson -   Dawn Lucas",
        date(2024, 5, 17),
        [("meeting", None, None, "2024-05-17", "day", ["Biden", "Dawn Lucas", "Jeffrey Benson", "Victoria Benson"])],
        id="one-family-two-people"),
    pytest.param(
        "President Biden spoke with Prime Minister Benjamin Netanyahu of Israel today. Biden told Bibi Netanyahu "
        "on the call that the United States stands with Israel.",
        date(2023, 1, 27),
        [("call", None, None, "2023-01-27", "day", ["Benjamin Netanyahu", "Biden", "Israel"])],
        id="a-nickname-is-one-person"),
    pytest.param(  # whom the people met serve is no party; their country is
        "Jake Sullivan met today with Asta Skaisgiryte, Chief Foreign Policy Advisor, and Kestutis Budrys, Chief "
        "National Security Advisor, to President Gitanas Nauseda of Lithuania.",
        date(2022, 10, 13),
        [("meeting", None, None, "2022-10-13", "day", ["Asta Skaisgiryte", "Jake Sullivan", "Kestutis Budrys",
                                                       "Lithuania"])],
        id="advisers-to-a-president"),
    pytest.param(  # a title before the name keeps the person: "Chief Medical Advisor to the President"
        "President Biden met today with Chief Medical Advisor to the President Dr. Anthony Fauci.",
        date(2021, 8, 10),
        [("meeting", None, None, "2021-08-10", "day", ["Anthony Fauci", "Biden"])],
        id="adviser-to-the-president-as-title"),
    pytest.param(  # a country's "engagement with" a body is a topic; the occasion names no party
        "In honor of the 70th anniversary of Brown v. Board of Education, Jake Sullivan met with Economy Minister "
        "Sergio Massa of Argentina at the White House to discuss the Government of Argentina's engagement with the "
        "International Monetary Fund.",
        date(2022, 9, 8),
        [("meeting", "White House, Washington", "US", None, None, ["Argentina", "Jake Sullivan", "Sergio Massa"])],
        id="engagement-of-a-country-and-an-occasion"),
    pytest.param(  # an event named by "of" told in passing, with those whose acts there are told
        "Jake Sullivan met with Economy Minister Sergio Massa of Argentina today. They reaffirmed joint commitments "
        "by President Biden and President Fernandez at the Summit of the Americas to help promote food security.",
        date(2022, 9, 8),
        [("meeting", None, None, "2022-09-08", "day", ["Argentina", "Jake Sullivan", "Sergio Massa"]),
         ("summit", None, None, None, None, ["Biden", "Fernandez"])],
        id="summit-of-the-americas-in-passing"),
    pytest.param(  # "the President" is not who advises the President; a passive host, a featured list, and
        # people who "participated in the event" are the event's
        "Today, the President spoke with community leaders during the White House event. The forum was hosted by "
        "the Office of Public Engagement and featured senior officials, including Second Gentleman Douglas Emhoff "
        "and Senior Advisor to the President Anita Dunn. U.S. Congresswoman Madeline Dean also participated in "
        "the event.\n\nPresident Joe Biden thanked them.",
        date(2022, 9, 29),
        [("call", None, None, "2022-09-29", "day", ["Anita Dunn", "Douglas Emhoff", "Joe Biden", "Madeline Dean",
                                                    "Office of Public Engagement", "United States"])],
        id="event-hosted-by-and-featuring"),
    pytest.param(  # a day inside a name ("Commission on October 7 Crimes") is no meeting's day
        "Yesterday, Director Jennifer Klein met with Dr. Cochav Elkayam-Levy, Chair of Israel's Civil Commission "
        "on October 7 Crimes by Hamas Against Women and Children.",
        date(2023, 12, 7),
        [("meeting", None, None, "2023-12-06", "day", ["Cochav Elkayam-Levy", "Jennifer Klein"])],
        id="a-day-inside-a-name"),
    pytest.param(  # an event attended, and a meeting of its own beside it; a month naming the trip dates both
        "They discussed President Biden's June trip to the United Kingdom to attend the G7 Summit and meet with "
        "British Prime Minister Boris Johnson.",
        date(2021, 5, 18),
        [("summit", "United Kingdom", "GB", "2021-06-01", "month", ["Biden", "G7", "United Kingdom"]),
         ("meeting", None, None, "2021-06-01", "month", ["Biden", "Boris Johnson", "United Kingdom"])],
        id="attend-a-summit-and-meet"),
    pytest.param(  # "looks forward to welcoming X to the White House": an announced visit, with its day
        "President Biden looks forward to welcoming President Ivan Duque Marquez of the Republic of Colombia to the "
        "White House on March 10, 2022.",
        date(2022, 3, 2),
        [("visit", "White House, Washington", "US", "2022-03-10", "day", ["Biden", "Colombia", "Ivan Duque Marquez"])],
        id="looks-forward-to-welcoming"),
    pytest.param(  # "welcoming" alone is no visit; a listening session's place is found past "with ... leaders"
        "The President thanked President Sheinbaum for warmly welcoming First Lady Jill Biden to her inauguration. "
        "Officials hosted a listening session with community leaders at the White House on Tuesday.",
        date(2022, 4, 29),
        [("meeting", "White House, Washington", "US", "2022-04-26", "day", [])],
        id="welcoming-and-a-session-with-leaders"),
    pytest.param(  # one plural office, then surnames
        "Today, President Biden hosted Senators Capito, Barrasso, Blunt, and Wicker for an in-depth meeting.",
        date(2021, 5, 13),
        [("meeting", None, None, "2021-05-13", "day", ["Barrasso", "Biden", "Blunt", "Capito", "Wicker"])],
        id="senators-and-surnames"),
    pytest.param(  # a list under a heading in markup
        "Yesterday, Vice President Kamala Harris convened a roundtable in Chicago.\n\n"
        "**<u>Speaking Participants:</u>**\n\n"
        "1.  Governor J.B. Pritzker, Governor of Illinois 2.  Myra Bajwa, Student Organizer, Project Reproductive "
        "Freedom",
        date(2022, 9, 17),
        [("meeting", None, None, "2022-09-16", "day", ["J.B. Pritzker", "Kamala Harris", "Myra Bajwa"])],
        id="list-under-a-heading-in-markup"),
    pytest.param(  # a list one a line with no bullet, under sub-headings in emphasis; a photo's credit is no party
        "Today, President Joe Biden convened a meeting of the Council of Advisors on Science and Technology.\n\n"
        "President Joe Biden attends a virtual meeting with the Council of Advisors on Science and Technology, "
        "Thursday, January 20, 2022. (Official White House Photo by Adam Schultz)\n\n"
        "**<u>Event Speakers Included:</u>**\n\n***PCAST Co-Chairs***\n\n"
        "Eric Lander, *the President’s Science Advisor*\n\nFrances Arnold, *California Institute of Technology*\n\n"
        "*** PCAST Members***\n\nLisa A. Cooper, *Johns Hopkins University*\n\n"
        "***For more information please visit:*** [***https://example.gov/pcast/***](https://example.gov/pcast/)***.***"
        "\n\nMaria Zuber, an engineer, said it was fitting.",
        date(2022, 1, 20),
        [("meeting", None, None, "2022-01-20", "day", ["Council of Advisors on Science and Technology",
                                                        "Eric Lander", "Frances Arnold", "Joe Biden", "Lisa A. Cooper"])],
        id="unbulleted-list-and-photo-credit"),
    pytest.param(  # attendees told before their cue; "a program called X" is no call
        "National Security Advisor Jake Sullivan yesterday hosted veterans, volunteers, and Afghan newcomers. "
        "Secretary of Homeland Security Alejandro Mayorkas and Secretary of Veterans Affairs Denis McDonough "
        "represented the range of federal departments. Mr. Sullivan praised a program called Enduring Welcome.",
        date(2023, 3, 3),
        [("meeting", None, None, "2023-03-02", "day", ["Alejandro Mayorkas", "Denis McDonough", "Jake Sullivan"])],
        id="subject-before-attendance-cue"),
    pytest.param(  # "accompanied by"; "the delegation" is the people of the visit told before
        "On September 30, Assistant Secretary of State Brian A. Nichols traveled to Haiti in his first official visit. He was accompanied by "
        "Deputy Assistant Secretary of State Mark Wells. The delegation also met with Prime Minister Ariel Henry.",
        date(2021, 10, 2),
        [("visit", "Haiti", "HT", "2021-09-30", "day", ["Brian A. Nichols", "Haiti", "Mark Wells"]),
         ("meeting", None, None, "2021-09-30", "day", ["Ariel Henry", "Brian A. Nichols", "Mark Wells"])],
        id="accompanied-and-the-delegation"),
    pytest.param(  # "The leaders looked forward to ... at the G-7 Summit": the leaders will be there
        "President Joe Biden and Prime Minister Mario Draghi of Italy met today at the White House. They "
        "discussed Ukraine. The leaders looked forward to further discussions at the G-7 Summit in June.",
        date(2022, 5, 10),
        [("meeting", "White House, Washington", "US", "2022-05-10", "day",
          ["Italy", "Joe Biden", "Mario Draghi"]),
         ("summit", None, None, "2022-06-01", "month", ["G7", "Italy", "Joe Biden", "Mario Draghi"])],
        id="the-leaders-at-a-summit-ahead"),
    pytest.param(  # two named events joined by "and": two meetings, the same people, the day told once
        "President Joe Biden and Prime Minister Mario Draghi of Italy met today at the White House. "
        "The leaders looked forward to further discussions at the G-7 Summit and NATO Summit in June.",
        date(2022, 5, 10),
        [("meeting", "White House, Washington", "US", "2022-05-10", "day", ["Italy", "Joe Biden", "Mario Draghi"]),
         ("summit", None, None, "2022-06-01", "month", ["G7", "Italy", "Joe Biden", "Mario Draghi"]),
         ("summit", None, None, "2022-06-01", "month", ["Italy", "Joe Biden", "Mario Draghi", "NATO"])],
        id="two-named-events-joined"),
    pytest.param(  # "convening" as a noun; a list of those "speaking at" it; a far noun names another event
        "Today, the White House hosted a second virtual convening to help cities deliver rental assistance. "
        "Coordinator Gene Sperling opened today’s convening.\n\nToday’s convening builds upon the June 30 White "
        "House Eviction Prevention Summit.\n\nPublic officials speaking at the second convening included:\n\n"
        "-   Mayor Tom Barrett, City of Milwaukee -   Judge Brendan Murphy, Chief Magistrate, Cobb County (GA)",
        date(2021, 7, 21),
        [("meeting", None, None, "2021-07-21", "day", ["Brendan Murphy", "Gene Sperling", "Tom Barrett"])],
        id="a-convening-and-its-speakers"),
    pytest.param(  # those a party "were joined by", and who "also joined the discussions", took part
        "On Tuesday, January 30, 2024, the Council held its fifth ministerial meeting in Washington, D.C.  Secretary "
        "of State Antony Blinken and Secretary of Commerce Gina Raimondo were joined by Executive Vice President "
        "Margrethe Vestager.  European Commissioner for Internal Market Thierry Breton also joined the discussions.",
        date(2024, 1, 31),
        [("meeting", "Washington", "US", "2024-01-30", "day",
          ["Antony Blinken", "Gina Raimondo", "Margrethe Vestager", "Thierry Breton"])],
        id="were-joined-by-and-also-joined"),
    pytest.param(  # who carries another's invitation is no party of the visit; who extends one is
        "National Security Advisor Jake Sullivan met with Prime Minister Mohammed Shia Al-Sudani of Iraq today in "
        "Davos, Switzerland. Finally, Sullivan reaffirmed President Biden’s invitation for Prime Minister Sudani to "
        "visit the White House soon.",
        date(2024, 1, 16),
        [("meeting", "Davos", "CH", "2024-01-16", "day", ["Iraq", "Jake Sullivan", "Mohammed Shia Al-Sudani"]),
         ("visit", None, None, "2024-01-16", "day", ["Biden", "Iraq", "Mohammed Shia Al-Sudani"])],
        id="an-invitation-carried-for-another"),
    pytest.param(  # a traveller's meetings that day were where he was; "Lula" is the Lula named in full
        "National Security Advisor Jake Sullivan traveled to Brasilia, Brazil on Monday, December 5 for meetings "
        "with members of the incoming administration of President-elect Luiz Inácio Lula da Silva.\n\nMr. Sullivan "
        "met with Secretary for Strategic Affairs Admiral Flávio Rocha.\n\nMr. Sullivan also met with "
        "President-elect Lula and members of his transition team.",
        date(2022, 12, 5),
        [("meeting", "Brasilia", "BR", "2022-12-05", "day", ["Brazil", "Jake Sullivan"]),
         ("meeting", "Brasilia", "BR", "2022-12-05", "day", ["Flávio Rocha", "Jake Sullivan"]),
         ("meeting", "Brasilia", "BR", "2022-12-05", "day", ["Jake Sullivan", "Luiz Inácio Lula da Silva"])],
        id="the-travellers-meetings-and-a-name-inside-a-name"),
    pytest.param(  # ... but not one held online, nor one at a place the gazetteer does not know
        "Jake Sullivan traveled to Jerusalem on Wednesday, January 18.\n\nIn Jerusalem, Mr. Sullivan met with Prime "
        "Minister Benjamin Netanyahu.\n\nMr. Sullivan and Mr. Hanegbi held a virtual meeting with Sheikh Tahnoun bin "
        "Zayed Al Nahyan.\n\nIn Ramallah, Mr. Sullivan met with Palestinian Authority President Mahmoud Abbas.",
        date(2023, 1, 19),
        [("meeting", "Jerusalem", "IL", "2023-01-18", "day", ["Benjamin Netanyahu", "Jake Sullivan"]),
         ("meeting", None, None, "2023-01-18", "day", ["Jake Sullivan", "Tahnoun bin Zayed Al Nahyan"]),
         ("meeting", None, None, "2023-01-18", "day", ["Jake Sullivan", "Mahmoud Abbas", "Palestine"])],
        id="the-travellers-meetings-held-elsewhere"),
]

TITLED_DAY_BEFORE = (
    "Readout of National Security Advisor Jake Sullivan's Meeting with Economy Minister Sergio Massa of Argentina",
    "On Wednesday, September 7, 2022, National Security Advisor Jake Sullivan met with Argentine Economy Minister "
    "Sergio Massa at the White House.")


def test_a_titled_meeting_is_the_one_the_body_tells_the_day_before():
    ms = find_meetings(TITLED_DAY_BEFORE[1], date(2022, 9, 8), TITLED_DAY_BEFORE[0])
    assert _summary(ms) == [("meeting", "White House, Washington", "US", "2022-09-07", "day",
                             ["Argentina", "Jake Sullivan", "Sergio Massa"])]


@pytest.mark.parametrize("text,published,expected", CASES)
def test_cases(text, published, expected):
    assert _summary(find_meetings(text, published)) == expected


def test_seed_keeps_four_meetings_apart():
    ms = find_meetings(SEED, THU)
    assert [(m.kind, m.location, m.start_date.isoformat(), m.date_precision) for m in ms] == [
        ("talks", "London", "2015-01-22", "day"),
        ("talks", None, "2015-01-21", "day"),
        ("talks", "Downing Street, London", "2015-01-22", "day"),
        ("meeting", "Brussels", "2014-12-01", "month"),
    ]


def test_seed_hosts_and_country_list():
    london = find_meetings(SEED, THU)[0]
    by_name = {a.name: a for a in london.attendees}
    assert by_name["John Kerry"].is_host and by_name["Philip Hammond"].is_host
    assert by_name["John Kerry"].title == "US Secretary of State"
    assert {"Australia", "Bahrain", "Netherlands", "United Arab Emirates"} <= set(by_name)
    assert by_name["Netherlands"].kind == "country" and by_name["Netherlands"].country_code == "NL"


def test_seed_non_attendance_and_short_name():
    ms = find_meetings(SEED, THU)
    assert "Fumio Kishida" not in {a.name for a in ms[0].attendees}
    # "talks with Hammond" is the Philip Hammond named in full before
    # (and the countries the two ministers stand for: GUIDE.md's optional parties)
    assert sorted(a.name for a in ms[1].attendees) == ["Fumio Kishida", "Japan", "Philip Hammond", "United Kingdom"]


def test_one_row_per_participant():
    text = ("President Biden met Prime Minister Naftali Bennett of Israel at the White House today. "
            "President Biden and Prime Minister Bennett discussed Iran.")
    for m in find_meetings(text, date(2021, 8, 27)):
        names = [a.name for a in m.attendees]
        assert len(names) == len(set(names))


def test_keys_and_spans_are_stable():
    ms = find_meetings(SEED, THU)
    assert all(m.key == f"m-{m.char_start}" and 0 <= m.char_start < m.char_end <= len(SEED) for m in ms)
    assert [m.key for m in ms] == [m.key for m in find_meetings(SEED, THU)]


TITLED = [
    pytest.param(  # a venue line that names a state after its city: the place is read from it
        "Remarks by President Biden and United Nations Secretary-General António Guterres Before Bilateral Meeting",
        "United Nations Headquarters New York, New York\n\n11:54 A.M. EDT\n\nPRESIDENT BIDEN:  Thank you.",
        [("meeting", "New York", "US", "2023-03-28", "day", ["António Guterres", "Biden"])],
        id="title-venue-state"),
    pytest.param(  # the title alone tells the meeting; the venue line gives the place, the document the day
        "Remarks by Vice President Harris in Courtesy Call with King Letsie III of Lesotho",
        "*Royal Palace Maseru, Lesotho*\n\nTHE VICE PRESIDENT:  Thank you.  (Applause.)  Your Majesty.",
        [("visit", "Maseru", "LS", "2023-03-28", "day", ["Harris", "Lesotho", "Letsie III"])],
        id="title-only-visit"),
    pytest.param(  # the body's meeting gets the title's people: the speaker, and who "the Chairman" is
        "Remarks by President Biden Before Meeting With Treasury Secretary Janet Yellen and Federal Reserve Chair "
        "Jerome Powell",
        "Oval Office\n\n1:37 P.M. EDT\n\nTHE PRESIDENT:  I'm meeting with the Chairman today and with Secretary "
        "Yellen to discuss inflation.",
        [("meeting", "Oval Office, Washington", "US", "2023-03-28", "day", ["Biden", "Janet Yellen", "Jerome Powell"])],
        id="title-joins-body-meeting"),
    pytest.param(  # an "Engagement" in a readout's title is a meeting; the body gives the event and place
        "Readout of President Biden's Engagement with President Joko Widodo of Indonesia",
        "President Biden and President Joko Widodo had the opportunity to engage on the sidelines of the G20 in "
        "New Delhi, India.",
        [("meeting", "New Delhi", "IN", None, None, ["Biden", "Indonesia", "Joko Widodo"]),
         ("meeting", "New Delhi", "IN", None, None, ["Biden", "Joko Widodo"])],
        id="title-engagement"),
    pytest.param(  # a call told by a title has no place, and a readout's call no day unless told
        "Readout of President Biden's Call with Prime Minister Mark Rutte of the Netherlands",
        "The two leaders discussed support for Ukraine.",
        [("call", None, None, None, None, ["Biden", "Mark Rutte", "Netherlands"])],
        id="title-call"),
    pytest.param(  # "I" in a transcript is the speaker its label and the title name
        "Remarks by Vice President Harris on Wildfire Preparedness",
        "Eisenhower Executive Office Building\n\nTHE VICE PRESIDENT:\u00a0 Good afternoon.\n\n"
        "And so, I just want to say, I’ve spoken to Governor Jared Polis this morning.\n\n"
        "Q:\u00a0 Did you speak with the mayor?",
        [("call", None, None, "2023-03-28", "day", ["Harris", "Jared Polis"])],
        id="title-speaker-first-person"),
    pytest.param(  # ... but "I" is nobody in a paragraph whose speaker the title does not name
        "Remarks by Vice President Harris on Wildfire Preparedness",
        "THE MODERATOR:\u00a0 I’ve spoken to Governor Jared Polis this morning.",
        [("call", None, None, "2023-03-28", "day", ["Jared Polis"])],
        id="unknown-speaker-first-person"),
    pytest.param(  # a title naming an event that is no meeting adds none
        "Remarks by President Biden at a Campaign Event | Philadelphia, PA",
        "Martin Luther King Jr. Recreation Center Philadelphia, Pennsylvania\n\nTHE PRESIDENT:  Thank you.",
        [],
        id="title-campaign-event"),
    pytest.param(  # a name told family name first (body) and its short form (title) are one person
        "Readout of Vice President Harris's Meeting with Prime Minister Kishida of Japan",
        "Vice President Kamala Harris today hosted Prime Minister Kishida Fumio for a breakfast meeting at the "
        "Vice President's Residence in Washington, D.C.",
        [("meeting", "Vice President's Residence, Washington", "US", "2023-03-28", "day",
          ["Japan", "Kamala Harris", "Kishida Fumio"])],
        id="family-name-first"),
    pytest.param(  # the topic after the people of a title names no one
        "Readout of Vice President Kamala Harris's Meeting with Indo-Pacific Leaders on DPRK's Ballistic Missile "
        "Launch",
        "Vice President Kamala Harris convened today Indo-Pacific leaders in Bangkok, Thailand.",
        [("meeting", "Bangkok", "TH", "2023-03-28", "day", ["Kamala Harris"])],
        id="title-topic-names-no-one"),
]


@pytest.mark.parametrize("title,text,expected", TITLED)
def test_titles(title, text, expected):
    assert _summary(find_meetings(text, date(2023, 3, 28), title)) == expected


def test_without_its_title_a_transcript_tells_no_meeting():
    _, text, _ = TITLED[0].values
    assert find_meetings(text, date(2023, 3, 28)) == []


def test_every_trigger_holds_a_keyword():
    """A trigger none of whose words is in meeting_keywords.txt is never tried:
    the keyword set skips its sentences before the triggers run."""
    from extract.meetings import _keywords, _lexicon

    keys = _keywords()
    for t in _lexicon()[0]:
        words = set(re.findall(r"[a-z]+", t.pattern.lower()))
        assert words & keys, f"no word of trigger {t.pattern!r} is in meeting_keywords.txt"


def test_every_trigger_has_first_words():
    """A trigger whose first words cannot be read off its pattern turns off the
    fast path: the whole alternation then runs at every character of every
    sentence (a fifth of the extractor's time on readouts)."""
    from extract.meetings import _first_words, _lexicon, _trigger_starts

    for t in _lexicon()[0]:
        assert _first_words(t.pattern), f"write trigger {t.pattern!r} as '(?:a|b) ...' or 'word ...'"
    assert not _trigger_starts()[1]


def test_every_subject_cue_is_an_attendance_cue():
    """A cue whose people stand before it must be found as a cue at all."""
    from extract.meetings import _subject_cues
    from extract.places import read_list

    cues = {c.lower() for c in read_list("meeting_attendance_cues.txt")}
    assert _subject_cues() and _subject_cues() <= cues, sorted(_subject_cues() - cues)
