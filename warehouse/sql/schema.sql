-- The warehouse contract (DESIGN.md): column names are stable, add freely, never rename.
-- Grain is stated per table; every table is a projection of the event log.

-- grain: one row per article (article_id = hash of its text)
create table if not exists articles (
    article_id varchar primary key,
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

-- grain: one row per meeting found in an article by its newest completed extraction
create table if not exists meetings (
    meeting_id varchar primary key,
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
    attendee_id varchar primary key,
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
    quote_id varchar primary key,
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
    figure_id varchar primary key,
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
    event_id varchar primary key,
    source varchar not null,
    reason varchar not null,
    recorded_at timestamptz,
    run_id varchar
);

-- bookkeeping: which committed log runs this warehouse has applied
create table if not exists _applied_runs (
    run varchar primary key,
    applied_at timestamptz
);
