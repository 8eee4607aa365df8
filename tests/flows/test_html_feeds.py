"""HTML pages and RSS/Atom feeds into Articles, from files and from a real HTTP
server on 127.0.0.1 (tests/flows/conftest.py); XML bombs and XXE; syndicated copies."""
from __future__ import annotations

import time
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from flows import web_readers
from flows.fetch import FetchPolicy
from flows.pipeline import Known, RunSummary, load_known, triage
from flows.readers import iter_paths, read_all, read_file
from flows.web_readers import WebOptions, parse_feed, parse_html, read_url
from schemas.article import Article, Rejection
from warehouse.eventlog import EventLog
from warehouse.eventrows import EventBatch
from warehouse.projection import project

WEB = Path(__file__).resolve().parents[1] / "fixtures" / "web"
LOCAL = WebOptions(policy=FetchPolicy(allow_private=True, backoff=0.01, retries=1))
FOLLOW = WebOptions(follow_links=True, policy=LOCAL.policy)


def _articles(items) -> list[Article]:
    items = list(items)
    assert all(isinstance(x, Article) for x in items), [x for x in items if isinstance(x, Rejection)]
    return items


# ---------------------------------------------------------------- HTML pages

def _check_ferry_page(a: Article) -> None:
    assert a.title == "Harbour ministers agree on shared ferry timetable"
    assert a.published == date(2024, 3, 14)
    assert a.source == "The Coastal Ledger"
    assert a.url == "https://coastal-ledger.example/2024/03/14/ferry-timetable"  # the canonical link
    assert a.text.startswith("Transport ministers from three island states met in Port Aldra")
    assert a.text.rstrip().endswith("could still force some winter sailings to be cancelled.")
    for boilerplate in ("Subscribe", "Most read", "All rights reserved", "Storm closes northern bridge"):
        assert boilerplate not in a.text


def test_html_page_from_a_url(web_server):
    url = web_server.url("/article.html")
    (a,) = _articles(read_url(url, LOCAL))
    _check_ferry_page(a)
    assert a.external_id == url and a.origin == url


def test_html_file_uses_its_stem_as_id():
    (a,) = _articles(read_file(WEB / "article.html"))
    _check_ferry_page(a)
    assert a.external_id == "article"


def test_page_without_main_text_is_rejected_with_a_reason():
    (r,) = read_file(WEB / "no-text.html")
    assert isinstance(r, Rejection)
    assert "no main article text" in r.reason and ".txt or .jsonl" in r.reason


def test_folders_pick_up_pages_and_feeds():
    names = {p.name for p in iter_paths([WEB])}
    assert {"article.html", "feed.rss", "feed.atom", "xxe.xml"} <= names and "README.md" not in names


# ---------------------------------------------------------------- feeds

def test_rss_feed_from_a_url(web_server):
    feed = web_server.url("/feed.rss")
    first, second = _articles(read_url(feed, LOCAL))
    assert first.external_id == "coastal-ledger-2024-0314-ferry"  # the guid
    assert first.title == "Harbour ministers agree on shared ferry timetable"
    assert first.published == date(2024, 3, 14) and first.source == "The Coastal Ledger"
    assert first.url == web_server.url("/article.html")  # relative link resolved against the feed
    assert first.text == ("Transport ministers from three island states met in Port Aldra on Thursday and agreed "
                          "on a shared ferry timetable.\n\nThe deal covers 14 routes.")
    assert "<" not in first.text and "alert" not in first.text
    assert second.external_id == second.url == web_server.url("/missing-story")  # no guid: the link
    assert first.origin == f"{feed}#1" and second.origin == f"{feed}#2"
    assert web_server.hits["/article.html"] == 0  # links are not fetched unless asked


def test_atom_feed_file():
    first, second = _articles(read_file(WEB / "feed.atom"))
    assert (first.external_id, first.source, first.published) == ("urn:uuid:island-wire-quotas-2024", "Island Wire",
                                                                  date(2024, 4, 1))
    assert first.text == ("Fisheries ministers cut the cod quota by 12 percent for the coming season.\n\n"
                          "Fishing crews said the cut would cost jobs.")
    assert first.url == "https://island-wire.example/quotas"
    assert second.published == date(2024, 4, 2)  # no <published>: <updated>
    assert second.text == "The harbour board appointed a new keeper for the Skerry light on Tuesday."


def test_atom_feed_from_a_url_without_a_feed_content_type(web_server):
    web_server.extra["/feed"] = (WEB / "feed.atom").read_bytes()  # served as application/xml
    assert len(_articles(read_url(web_server.url("/feed"), LOCAL))) == 2


def test_follow_links_reads_the_linked_page_and_keeps_the_summary_when_it_fails(web_server):
    notes: dict[str, str] = {}
    feed = web_server.url("/feed.rss")
    first, second = _articles(read_url(feed, FOLLOW, notes))
    assert "Operators welcomed the deal" in first.text  # the page's text, not the feed's two sentences
    assert first.title == "Harbour ministers agree on shared ferry timetable"
    assert first.url == "https://coastal-ledger.example/2024/03/14/ferry-timetable"
    assert second.text.startswith("The northern bridge was closed overnight")  # the 404: feed text kept
    assert "HTTP 404" in notes[f"{feed}#2"] and "kept the feed's own text" in notes[f"{feed}#2"]


def test_follow_links_obeys_the_fetch_rules(web_server):
    strict = WebOptions(follow_links=True, policy=FetchPolicy(retries=0))  # private addresses refused
    notes: dict[str, str] = {}
    first, _ = _articles(parse_feed((WEB / "feed.rss").read_bytes().replace(
        b"/article.html", web_server.url("/article.html").encode()), "feed.rss", strict,
        web_readers.Fetcher(strict.policy), notes))
    assert "--allow-private-urls" in notes["feed.rss#1"]
    assert web_server.hits["/article.html"] == 0


def test_entry_without_text_is_rejected_with_a_hint():
    rss = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
           b"<item><title>Only a title</title><link>https://example.invalid/x</link></item></channel></rss>")
    (r,) = parse_feed(rss, "f.rss")
    assert isinstance(r, Rejection) and "no content or summary" in r.reason and "--follow-links" in r.reason


@pytest.mark.parametrize("data,words", [
    (b"<?xml version='1.0'?><catalog><book>Not news</book></catalog>", "not an RSS or Atom feed"),
    (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>", "no entries"),
    (b"\x00\x01binary", "not an RSS or Atom feed"),
])
def test_documents_that_are_not_usable_feeds_are_rejected(data, words):
    (r,) = parse_feed(data, "x.xml")
    assert isinstance(r, Rejection) and words in r.reason


# ---------------------------------------------------------------- XML safety

SECRET = "n3wsl3dger-SECRET-7f3a"


def _xxe(secret_file: Path, layout: str = "multi") -> bytes:
    decl = f'<!ENTITY xxe SYSTEM "file://{secret_file}">'
    head = f"<!DOCTYPE rss [{decl}]>" if layout == "one-line" else f"<!DOCTYPE rss [\n  {decl}\n]>"
    return (f'<?xml version="1.0"?>\n{head}\n<rss version="2.0"><channel><title>Leak &xxe;</title>'
            f"<item><title>Leak &xxe;</title><link>https://example.invalid/leak</link>"
            f"<description>Here it comes: &xxe; and that was it.</description></item></channel></rss>").encode()


def _bomb(layout: str = "multi") -> bytes:
    decls = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)]
    sep = "" if layout == "one-line" else "\n "
    return (f'<?xml version="1.0"?>\n<!DOCTYPE rss [{sep}{sep.join(decls)}\n]>\n<rss version="2.0"><channel>'
            f"<title>Laughs</title><item><title>A joke</title><link>https://example.invalid/joke</link>"
            f"<description>&lol9;</description></item></channel></rss>").encode()


@pytest.fixture
def secret_file(tmp_path) -> Path:
    f = tmp_path / "secret.txt"
    f.write_text(SECRET + "\n")
    return f


def _dump(items) -> str:
    return repr([x.model_dump() for x in items])


@pytest.mark.parametrize("layout", ["multi", "one-line"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_xxe_feed_is_refused_and_leaks_nothing(secret_file, layout, encoding):
    data = _xxe(secret_file, layout)
    if encoding != "utf-8":
        data = data.decode().replace('version="1.0"?>', f'version="1.0" encoding="{encoding}"?>').encode(encoding)
    items = list(parse_feed(data, "xxe.xml"))
    assert SECRET not in _dump(items)
    assert len(items) == 1 and isinstance(items[0], Rejection) and "XXE" in items[0].reason


def test_xxe_fixtures_against_etc_passwd(web_server):
    items = list(read_file(WEB / "xxe.xml")) + list(read_url(web_server.url("/xxe.xml"), LOCAL))
    assert all(isinstance(x, Rejection) and "<!ENTITY" in x.reason for x in items)
    assert "root:" not in _dump(items)


@pytest.mark.parametrize("layout", ["multi", "one-line"])
def test_billion_laughs_is_refused_at_once(layout, web_server):
    web_server.extra["/bomb.xml"] = _bomb(layout)
    t = time.perf_counter()
    items = list(read_url(web_server.url("/bomb.xml"), LOCAL)) + list(read_file(WEB / "billion-laughs.xml"))
    assert time.perf_counter() - t < 30  # an expanded bomb takes minutes and gigabytes, not seconds
    assert all(isinstance(x, Rejection) and "billion laughs" in x.reason for x in items)
    assert "lollol" not in _dump(items)


def test_html_page_declaring_entities_is_refused(secret_file):
    page = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret_file}">]><html><head><title>T</title></head>'
            "<body><article>" + "<p>A long enough paragraph of a news story, with the entity &xxe; in it.</p>" * 8
            + "</article></body></html>").encode()
    r = parse_html(page, "page.html", "page")
    assert isinstance(r, Rejection) and "<!ENTITY" in r.reason and SECRET not in r.reason


def test_the_parsers_alone_neither_expand_nor_leak(secret_file, monkeypatch):
    """The second line of defence, should the pre-screen ever miss a form: with
    it switched off, feedparser and trafilatura/lxml still neither fetch the
    external entity nor expand the bomb (if this fails, a library changed)."""
    monkeypatch.setattr(web_readers, "entity_declarations", lambda data: None)
    for layout in ("multi", "one-line"):
        t = time.perf_counter()
        out = _dump(parse_feed(_xxe(secret_file, layout), "x.xml")) + _dump(parse_feed(_bomb(layout), "b.xml"))
        for doc in (_xxe(secret_file, layout), _bomb(layout)):
            subset = doc[doc.index(b"<!DOCTYPE"):doc.index(b"]>") + 2].replace(b"DOCTYPE rss", b"DOCTYPE html")
            page = parse_html(subset + b"<html><head><title>T</title></head><body><article>"
                              + b"<p>Words of a news story, long enough to be its main text: &xxe; &lol9;.</p>" * 8
                              + b"</article></body></html>", "x.html", "x")
            assert isinstance(page, Article)  # the text was extracted, entities and all, unexpanded
            out += _dump([page])
        assert time.perf_counter() - t < 30  # an expanded bomb takes minutes and gigabytes, not seconds
        assert SECRET not in out and "lollollol" not in out


# ---------------------------------------------------------------- syndicated copies

def _run(home: Path, run_id: str, paths: list, now: datetime) -> tuple[RunSummary, list[Article]]:
    """What run_flow does minus Prefect and extraction: triage against the log, write, commit, project."""
    log = EventLog(home / "events")
    known: Known = load_known.fn(str(home / "events"))
    summary, sourced = RunSummary(run_id), []
    batch = EventBatch(run_id, now)
    for new, bad in triage(read_all(paths), known, summary, 100, None, sourced):
        for a in new:
            batch.article(a)
        for r in bad:
            batch.rejection(r)
    for a in sourced:
        batch.sourced(a)
    staged = log.stage(run_id)
    for event_type, cols in batch.columns.items():
        staged.write(event_type, cols, "0")
    staged.commit(now)
    project(home, log)
    return summary, sourced


def test_syndicated_copy_is_one_article_with_two_sources(tmp_path):
    now = datetime.now(UTC)
    summary, sourced = _run(tmp_path, "r1", [WEB / "wire-a.rss", WEB / "wire-b.rss"], now)
    assert (summary.read, summary.known, len(sourced)) == (2, 1, 1)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*), any_value(source) from articles").fetchone() == (1, "Island Wire")
        rows = con.execute("select source, url, external_id, origin from article_sources order by source").fetchall()
    assert rows == [
        ("Island Wire", "https://island-wire.example/bridge-funding", "https://island-wire.example/bridge-funding",
         f"{WEB / 'wire-a.rss'}#1"),
        ("The Coastal Ledger", "https://coastal-ledger.example/2024/04/03/bridge-funding",
         "https://coastal-ledger.example/2024/04/03/bridge-funding", f"{WEB / 'wire-b.rss'}#1")]

    # the same inputs again: nothing new to record, in either order
    again, sourced = _run(tmp_path, "r2", [WEB / "wire-b.rss", WEB / "wire-a.rss"], now)
    assert (again.known, sourced) == (2, [])
    assert not list((tmp_path / "events").glob("run=*_r2/*/*.parquet"))
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from article_sources").fetchone()[0] == 2

    # a rebuild from the log gives the same rows
    project(tmp_path, EventLog(tmp_path / "events"), rebuild=True)
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select count(*) from article_sources").fetchone()[0] == 2


def test_a_plain_duplicate_records_no_source(tmp_path):
    (tmp_path / "a.txt").write_text("Title\nThe same body text.\n")
    (tmp_path / "b.txt").write_text("Title\nThe same   body text.\n")  # white space folds: same article
    summary, sourced = _run(tmp_path / "home", "r1", [tmp_path / "a.txt", tmp_path / "b.txt"], datetime.now(UTC))
    assert (summary.known, sourced) == (1, [])


def test_sourced_events_have_deterministic_ids():
    (a,) = _articles(read_file(WEB / "wire-b.rss"))
    ids = []
    for run in ("x", "y"):
        b = EventBatch(run, datetime.now(UTC))
        b.sourced(a)
        ids.append(b.columns["article.sourced"]["event_id"][0])
    assert ids[0] == ids[1]


# ---------------------------------------------------------------- the flow and the command line

@pytest.mark.slow
def test_flow_ingests_pages_and_feeds_by_url(prefect_harness, web_server, tmp_path):
    from flows.pipeline import run_flow

    urls = [web_server.url(p) for p in ("/article.html", "/wire-a.rss", "/wire-b.rss")]
    refused = run_flow(paths=urls[:1], home=str(tmp_path / "strict"), workers=1)
    assert (refused.ingested, refused.rejected) == (0, 1)  # 127.0.0.1 needs the flag

    summary = run_flow(paths=urls, home=str(tmp_path), workers=1, allow_private_urls=True)
    assert (summary.read, summary.ingested, summary.known, summary.rejected) == (3, 2, 1, 0)
    assert summary.events["article.sourced"] == 1
    with duckdb.connect(str(tmp_path / "warehouse.duckdb"), read_only=True) as con:
        assert con.execute("select title, published, source, external_id from articles where url like '%ferry%'"
                           ).fetchone() == ("Harbour ministers agree on shared ferry timetable", date(2024, 3, 14),
                                            "The Coastal Ledger", urls[0])
        assert con.execute("select count(distinct article_id) from extractions").fetchone()[0] == 2
        assert con.execute("select count(*), count(distinct article_id) from article_sources").fetchone() == (3, 2)
    again = run_flow(paths=urls, home=str(tmp_path), workers=1, allow_private_urls=True)
    assert (again.ingested, again.known, again.committed) == (0, 3, None)


def test_cli_keeps_urls_whole_and_has_the_flags():
    from flows.cli import build_parser

    a = build_parser().parse_args(["run", "https://example.com/feed.xml", "--follow-links", "--allow-private-urls"])
    assert a.paths == ["https://example.com/feed.xml"] and a.follow_links and a.allow_private_urls
