-- The warehouse contract (DESIGN.md): column names are stable, add freely, never rename.
-- Grain is stated per table; every table is a projection of the event log.
-- Ids are unique by construction (each insert skips ids already present) and
-- checked by the audit unique_ids, not declared as keys: DuckDB rewrites a
-- declared key's whole index at every commit, so each small run would pay
-- for the size of the whole warehouse (0.9 s per key at 120k rows).

-- grain: one row per article (article_id = hash of its text)
create table if not exists articles (
    article_id varchar not null,  -- unique (audit unique_ids)
    external_id varchar not null,
    title varchar,
    published date,
    source varchar,
    url varchar,
    text varchar not null,
    license varchar,
    origin varchar,
    ingested_at timestamptz
);

-- grain: one row per (article, source, url): where a text was published; a
-- syndicated story has one article and several rows here
create table if not exists article_sources (
    article_id varchar not null,
    source varchar,
    url varchar,
    external_id varchar not null,
    origin varchar,
    first_seen_at timestamptz
);

-- grain: one row per meeting found in an article by its newest completed extraction
create table if not exists meetings (
    meeting_id varchar not null,  -- unique (audit unique_ids)
    article_id varchar not null,
    title varchar,
    kind varchar,
    location varchar,
    country_code varchar,
    start_date date,
    date_precision varchar,
    char_start integer,
    char_end integer,
    extractor_version varchar
);

-- grain: one row per (meeting, participant)
create table if not exists attendees (
    attendee_id varchar not null,  -- unique (audit unique_ids)
    meeting_id varchar not null,
    article_id varchar not null,
    name varchar not null,
    kind varchar not null,
    title varchar,
    country_code varchar,
    is_host boolean,
    extractor_version varchar
);

-- grain: one row per quote (a split quote is one row)
create table if not exists quotes (
    quote_id varchar not null,  -- unique (audit unique_ids)
    article_id varchar not null,
    meeting_id varchar,
    text varchar not null,
    speaker varchar,
    speaker_title varchar,
    via varchar,
    char_start integer,
    char_end integer,
    extractor_version varchar
);

-- grain: one row per figure (the first statement of a quantity in an article)
create table if not exists figures (
    figure_id varchar not null,  -- unique (audit unique_ids)
    article_id varchar not null,
    meeting_id varchar,
    value double,
    kind varchar,
    unit varchar,
    text varchar,
    qualifier varchar,
    char_start integer,
    char_end integer,
    extractor_version varchar
);

-- grain: one row per distinct bad input (source + reason)
create table if not exists rejections (
    event_id varchar not null,  -- unique (audit unique_ids)
    source varchar not null,
    reason varchar not null,
    recorded_at timestamptz,
    run_id varchar,
    line integer
);

-- bookkeeping: which committed log runs this warehouse has applied
create table if not exists _applied_runs (
    run varchar primary key,
    applied_at timestamptz
);

-- bookkeeping: the id of the build this file descends from (a rebuild starts a
-- new one); the projection writes a file in place only if it shares the live file's
create table if not exists _build (
    build_id varchar,
    built_at timestamptz
);

-- grain: one row per (record, extractor version): every version's records,
-- so rule changes can be reviewed (see the changes() macro)
create table if not exists record_history (
    record_type varchar not null,
    record_id varchar not null,
    article_id varchar not null,
    extractor_version varchar not null,
    run_id varchar,
    recorded_at timestamptz,
    payload json
);

-- grain: one row per (article, extractor version) that completed
create table if not exists extractions (
    article_id varchar not null,
    extractor_version varchar not null,
    run_id varchar,
    recorded_at timestamptz,
    meetings integer,
    attendees integer,
    quotes integer,
    figures integer
);

-- grain: one row per person's correction (record.corrected event); applied
-- on top of the record tables after every projection, so they outlive
-- re-extraction and rebuilds
create table if not exists corrections (
    correction_id varchar primary key,
    record_type varchar not null,
    record_id varchar not null,
    action varchar not null,
    field varchar,
    value varchar,
    author varchar not null,
    reason varchar,
    recorded_at timestamptz,
    run_id varchar
);

-- what changed between two extractor versions, over the articles both extracted:
--   select * from changes('rules-0.1.0', 'rules-0.2.0')
create or replace macro changes(v_from, v_to) as table
with
old as (
    select * from record_history where extractor_version = v_from
),
new as (
    select * from record_history where extractor_version = v_to
),
both_ran as (
    select article_id from extractions where extractor_version = v_from
    intersect
    select article_id from extractions where extractor_version = v_to
),
final as (
    select
        coalesce(n.record_type, o.record_type) as record_type,
        coalesce(n.record_id, o.record_id) as record_id,
        coalesce(n.article_id, o.article_id) as article_id,
        case when o.record_id is null then 'added'
             when n.record_id is null then 'removed'
             else 'altered' end as change,
        o.payload as before,
        n.payload as after
    from old o
    full outer join new n
        on o.record_type = n.record_type and o.record_id = n.record_id
    where coalesce(n.article_id, o.article_id) in (select article_id from both_ran)
      and (o.record_id is null or n.record_id is null or o.payload::varchar <> n.payload::varchar)
)
select * from final
order by article_id, record_type, change, record_id;
