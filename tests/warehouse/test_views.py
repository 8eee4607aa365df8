"""The views and audits on a warehouse built from seeds/ (real extraction)."""
from __future__ import annotations

import shutil

import duckdb
import pytest

from warehouse.audits import run_audits


@pytest.fixture(scope="module")
def con(seeds_warehouse):
    c = duckdb.connect(str(seeds_warehouse / "warehouse.duckdb"), read_only=True)
    yield c
    c.close()


def one(con, sql: str):
    return con.execute(sql).fetchall()[0][0]


def test_meeting_participants_grain_is_meeting_by_attendee(con):
    attendees = one(con, "select count(*) from attendees")
    lonely = one(con, "select count(*) from meetings m where not exists "
                      "(select 1 from attendees a where a.meeting_id = m.meeting_id)")
    assert attendees > 0
    assert one(con, "select count(*) from meeting_participants") == attendees + lonely
    assert one(con, "select count(*) from (select meeting_id, attendee_id from meeting_participants "
                    "group by all having count(*) > 1)") == 0


def test_meeting_participants_shows_the_seed_london_talks(con):
    rows = con.execute("""
        select attendee_name, is_host, article_title
        from meeting_participants
        where location = 'London' and start_date = date '2015-01-22'""").fetchall()
    hosts = {name for name, is_host, _ in rows if is_host}
    assert {"John Kerry", "Philip Hammond"} <= hosts
    assert all(t == "Anti-IS coalition talks kick off in London" for *_, t in rows)


def test_quotes_by_speaker_adds_up_to_the_named_quotes(con):
    assert one(con, "select sum(quote_count) from quotes_by_speaker") == \
        one(con, "select count(*) from quotes where speaker is not null")
    assert one(con, "select count(*) from quotes_by_speaker") == \
        one(con, "select count(distinct speaker) from quotes")
    # the sample is one of the speaker's own quotes
    assert one(con, """select count(*) from quotes_by_speaker s
                       where not exists (select 1 from quotes q
                                         where q.speaker = s.speaker and q.text = s.sample_quote)""") == 0
    assert one(con, "select count(*) from quotes_by_speaker where first_published > last_published") == 0


def test_figures_by_kind_matches_the_figures_table(con):
    got = con.execute("select kind, unit, figure_count, value_max from figures_by_kind order by all").fetchall()
    want = con.execute("select kind, unit, count(*), max(value) from figures group by all order by all").fetchall()
    assert got and got == want


def test_audits_return_zero_rows_on_a_real_warehouse(con):
    results = run_audits(con)
    assert set(results) == {"attendee_meeting_exists", "linked_meeting_exists", "span_inside_article",
                            "span_start_before_end", "unique_ids"}
    assert results == {name: [] for name in results}


def test_audits_catch_broken_rows(seeds_warehouse, tmp_path):
    db = tmp_path / "broken.duckdb"
    shutil.copyfile(seeds_warehouse / "warehouse.duckdb", db)
    with duckdb.connect(str(db)) as c:
        c.execute("""insert into attendees (attendee_id, meeting_id, article_id, name, kind)
                     select 'orphan', 'no-such-meeting', article_id, 'Nobody', 'person' from articles limit 1""")
        c.execute("update quotes set char_end = char_start where quote_id = (select min(quote_id) from quotes)")
        c.execute("""update figures set char_end = char_end + 10000000
                     where figure_id = (select min(figure_id) from figures)""")
        c.execute("insert into meetings select * from meetings where meeting_id = (select min(meeting_id) from meetings)")
        results = run_audits(c)
    assert [r[0] for r in results["attendee_meeting_exists"]] == ["orphan"]
    assert [r[0] for r in results["span_start_before_end"]] == ["quotes"]
    assert [r[0] for r in results["span_inside_article"]] == ["figures"]
    assert results["linked_meeting_exists"] == []
    assert [(r[0], r[2]) for r in results["unique_ids"]] == [("meetings", 2)]

