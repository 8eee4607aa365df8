"""`newsledger report`: the pure renderer, and the page a browser shows for seeds/."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from flows.cli import main
from flows.htmlreport import ReportData, context, render

TEXT = 'Kerry met Hammond in London on Thursday. "We <will> win," Kerry said. Then he left.'


def data(**over) -> ReportData:
    q = TEXT.index("We <will>")
    base = dict(
        totals={"articles": 1, "meetings": 1, "attendees": 1, "quotes": 1, "figures": 0},
        meetings=[dict(meeting_id="m1", article_id="a1", title="Kerry-Hammond talks", kind="talks", location="London",
                       country_code="GB", start_date=date(2015, 1, 22), date_precision="day", char_start=0,
                       char_end=40)],
        attendees=[dict(meeting_id="m1", name="John <b>Kerry</b>", kind="person", title="US Secretary of State",
                        country_code="US", is_host=True)],
        speakers=[dict(speaker="John Kerry", speaker_title=None, quote_count=1, article_count=1,
                       first_published=date(2015, 1, 22), last_published=date(2015, 1, 22))],
        quotes=[dict(quote_id="q1", article_id="a1", speaker="John Kerry", text="We <will> win,", via="AFP",
                     char_start=q, char_end=q + 14)],
        figures=[],
        articles={"a1": dict(title="Talks & <more>", url="https://example.org/a?x=1&y=2",
                             published=date(2015, 1, 22), text=TEXT)})
    base.update(over)
    return ReportData(**base)


def test_context_is_the_sentence_around_the_span():
    start = TEXT.index("We <will>")
    assert context(TEXT, start, start + 14) == ('"', "We <will> win,", '" Kerry said.')


def test_render_escapes_everything_and_marks_the_span():
    page = render(data())
    assert "<b>Kerry</b>" not in page and "John &lt;b&gt;Kerry&lt;/b&gt;" in page
    assert "<mark>We &lt;will&gt; win,</mark>" in page
    assert 'href="https://example.org/a?x=1&amp;y=2"' in page and "Talks &amp; &lt;more&gt;" in page
    assert "<script" not in page and "http://" not in page.replace("https://example.org", "")
    assert "22 January 2015" in page


def test_render_never_links_a_non_web_url():
    page = render(data(articles={"a1": dict(title="t", url="javascript:alert(1)", published=None, text=TEXT)}))
    assert "javascript:" not in page


def test_render_handles_an_empty_warehouse():
    page = render(ReportData(totals={}, meetings=[], attendees=[], speakers=[], quotes=[], figures=[], articles={}))
    assert "No meetings found." in page and "No figures found." in page


@pytest.fixture(scope="module")
def report(seeds_warehouse, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["report", str(out), "--home", str(seeds_warehouse)]) == 0
    return out


def test_report_command_refuses_a_missing_warehouse(tmp_path, capsys):
    assert main(["report", str(tmp_path / "r.html"), "--home", str(tmp_path / "none")]) == 2
    assert "run `newsledger run" in capsys.readouterr().err


def test_report_is_self_contained(report):
    page = report.read_text(encoding="utf-8")
    assert "<style>" in page and "<script" not in page
    assert not re.search(r'(src|href)="(?!https?://|#)', page), "only article links and in-page anchors"
    assert not re.search(r'<link |src="', page), "no external stylesheet, image or script"


CHROMIUM = shutil.which("chromium")


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True, text=True, timeout=120)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="headless chromium is not installed (apt-get install -y chromium; "
                                             ".ci/run installs it)")
def test_browser_shows_the_seed_london_talks(report, tmp_path):
    dom = chromium(tmp_path, "--dump-dom", report.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom.stdout))
    assert "Kerry-Hammond talks" in text
    assert "22 January 2015" in text
    i = text.index("Kerry-Hammond talks")
    card = text[i:i + 3000]
    for shown in ("London, GB", "John Kerry", "US Secretary of State", "Philip Hammond", "host",
                  "co-hosted talks", "Anti-IS coalition talks kick off in London"):
        assert shown in card, shown
    assert "Most quoted speakers" in text and "Largest figures, by kind" in text
    shot = tmp_path / "report.png"
    assert chromium(tmp_path, "--window-size=1200,1800", f"--screenshot={shot}", report.as_uri()).returncode == 0
    assert shot.stat().st_size > 10_000
