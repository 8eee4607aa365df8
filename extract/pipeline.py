"""One call that runs every rule over one article."""
from __future__ import annotations

from datetime import date

from schemas.records import Extraction

# Bump on any rule change: it is stored on every event, so a row can be traced
# to the rules that produced it and `reextract` can tell old from new.
EXTRACTOR_VERSION = "rules-0.3.65"


def extract(text: str, published: date | None = None, title: str | None = None) -> Extraction:
    """Every record of one article; ``title`` (the headline) may name a meeting
    the text itself does not ("Remarks by ... Before Meeting With ...")."""
    from extract.figures import find_figures
    from extract.meetings import find_meetings
    from extract.quotes import find_quotes

    meetings = find_meetings(text, published, title)
    quotes = find_quotes(text)
    figures = find_figures(text)
    return Extraction(quotes=quotes, figures=figures, meetings=meetings)


_WARM_UP = ('"We are ready," British Foreign Secretary Philip Hammond said after he met US Secretary '
            'of State John Kerry in London on Thursday, where 21 countries pledged US$200 million.')


def warm() -> None:
    """Load every lexicon and compile every pattern now, not with the first
    article: lets a process spend time it would otherwise idle (waiting for
    Prefect's server) on what its first extraction would pay (~1 s)."""
    from extract.entities import _place_names

    extract(_WARM_UP, date(2015, 1, 22), "Coalition talks in London")
    _place_names()   # only read when a run of capitalised words is not a person
