-- Audits: each query returns the rows that break a rule of the contract, so a
-- healthy warehouse returns zero rows from every one (SQLMesh style).
-- Each starts with an `-- audit: name` line; warehouse/audits.py splits on it.
-- Char offsets are 0-based, end exclusive, into articles.text (length() in
-- DuckDB counts code points, as Python's str offsets do).

-- audit: attendee_meeting_exists
-- every attendee belongs to a meeting of the same article
select
    a.attendee_id,
    a.meeting_id,
    a.article_id
from attendees as a
left join meetings as m
    on m.meeting_id = a.meeting_id
    and m.article_id = a.article_id
where m.meeting_id is null;

-- audit: linked_meeting_exists
-- a quote or figure tied to a meeting points at a meeting of its own article
with

linked as (
    select 'quotes' as record_table, quote_id as record_id, article_id, meeting_id from quotes
    union all
    select 'figures', figure_id, article_id, meeting_id from figures
)

select
    l.record_table,
    l.record_id,
    l.meeting_id
from linked as l
left join meetings as m
    on m.meeting_id = l.meeting_id
    and m.article_id = l.article_id
where l.meeting_id is not null
    and m.meeting_id is null;

-- audit: span_inside_article
-- every span indexes text its article holds
with

spans as (
    select 'meetings' as record_table, meeting_id as record_id, article_id, char_start, char_end from meetings
    union all
    select 'quotes', quote_id, article_id, char_start, char_end from quotes
    union all
    select 'figures', figure_id, article_id, char_start, char_end from figures
)

select
    s.record_table,
    s.record_id,
    s.char_start,
    s.char_end,
    length(a.text) as article_length
from spans as s
left join articles as a
    on a.article_id = s.article_id
where a.article_id is null
    or s.char_start is null
    or s.char_end is null
    or s.char_start < 0
    or s.char_end > length(a.text);

-- audit: span_start_before_end
-- a span covers at least one character
with

spans as (
    select 'meetings' as record_table, meeting_id as record_id, char_start, char_end from meetings
    union all
    select 'quotes', quote_id, char_start, char_end from quotes
    union all
    select 'figures', figure_id, char_start, char_end from figures
)

select
    record_table,
    record_id,
    char_start,
    char_end
from spans
where char_start >= char_end;

-- audit: unique_ids
-- every record id names one row (ids are kept unique by the projection, not by declared keys)
with

ids as (
    select 'articles' as record_table, article_id as record_id from articles
    union all
    select 'meetings', meeting_id from meetings
    union all
    select 'attendees', attendee_id from attendees
    union all
    select 'quotes', quote_id from quotes
    union all
    select 'figures', figure_id from figures
    union all
    select 'rejections', event_id from rejections
)

select
    record_table,
    record_id,
    count(*) as copies
from ids
group by record_table, record_id
having count(*) > 1;
