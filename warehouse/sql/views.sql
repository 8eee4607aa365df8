-- Views for the questions people ask of the warehouse (docs/warehouse.md).
-- Applied after schema.sql on every projection, so a changed view reaches
-- old warehouses with their next run or rebuild.

-- grain: one row per (meeting, attendee); a meeting with no known attendee
-- appears once, its attendee columns null, so "when and where" is never lost
create or replace view meeting_participants as
with

meeting_rows as (
    select * from meetings
),

attendee_rows as (
    select * from attendees
),

article_rows as (
    select * from articles
),

joined as (
    select
        m.meeting_id,
        m.article_id,
        m.title as meeting_title,
        m.kind as meeting_kind,
        m.location,
        m.country_code,
        m.start_date,
        m.date_precision,
        p.attendee_id,
        p.name as attendee_name,
        p.kind as attendee_kind,
        p.title as attendee_title,
        p.country_code as attendee_country_code,
        p.is_host,
        a.title as article_title,
        a.url as article_url,
        a.published as article_published
    from meeting_rows as m
    left join attendee_rows as p
        on p.meeting_id = m.meeting_id
    left join article_rows as a
        on a.article_id = m.article_id
),

final as (
    select
        meeting_id,
        article_id,
        meeting_title,
        meeting_kind,
        location,
        country_code,
        start_date,
        date_precision,
        attendee_id,
        attendee_name,
        attendee_kind,
        attendee_title,
        attendee_country_code,
        is_host,
        article_title,
        article_url,
        article_published
    from joined
)

select * from final;


-- grain: one row per named speaker (quotes whose speaker is unknown are left
-- out: they are not "by" anyone; count them in quotes where speaker is null)
create or replace view quotes_by_speaker as
with

quote_rows as (
    select * from quotes
),

article_rows as (
    select * from articles
),

quoted as (
    select
        q.quote_id,
        q.article_id,
        q.text,
        q.speaker,
        q.speaker_title,
        a.published
    from quote_rows as q
    left join article_rows as a
        on a.article_id = q.article_id
    where q.speaker is not null
),

titles as (
    select
        speaker,
        speaker_title,
        count(*) as title_count
    from quoted
    where speaker_title is not null
    group by speaker, speaker_title
),

usual_title as (
    -- the title most often given (ties: alphabetical), so a speaker stays
    -- one row even when articles describe them differently
    select
        speaker,
        arg_max(speaker_title, (title_count, speaker_title)) as speaker_title
    from titles
    group by speaker
),

per_speaker as (
    select
        speaker,
        count(*) as quote_count,
        count(distinct article_id) as article_count,
        min(published) as first_published,
        max(published) as last_published,
        -- the longest quote says most about the speaker; quote_id breaks
        -- ties so the sample is the same on every rebuild
        arg_max(text, (length(text), quote_id)) as sample_quote
    from quoted
    group by speaker
),

final as (
    select
        per_speaker.speaker,
        usual_title.speaker_title,
        cast(quote_count as bigint) as quote_count,
        cast(article_count as bigint) as article_count,
        first_published,
        last_published,
        sample_quote
    from per_speaker
    left join usual_title
        on usual_title.speaker = per_speaker.speaker
)

select * from final;


-- grain: one row per (figure kind, unit); sums only add like with like
create or replace view figures_by_kind as
with

figure_rows as (
    select * from figures
),

per_kind as (
    select
        kind,
        unit,
        count(*) as figure_count,
        sum(value) as value_sum,
        min(value) as value_min,
        max(value) as value_max
    from figure_rows
    group by kind, unit
),

final as (
    select
        kind,
        unit,
        cast(figure_count as bigint) as figure_count,
        cast(value_sum as double) as value_sum,
        cast(value_min as double) as value_min,
        cast(value_max as double) as value_max
    from per_kind
)

select * from final;
