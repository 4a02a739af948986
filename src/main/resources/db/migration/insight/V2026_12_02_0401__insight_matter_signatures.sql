-- The same-matter matcher's memory of each petition (issue 20): its MinHash signature over diacritic-folded
-- two-syllable shingles, its LSH band keys (each mixed with the commune, so that only petitions of the same commune
-- meet) and keyed digests (HMAC-SHA-256) of who sent it — normalised name with ID number, phone, e-mail. No name,
-- number, phone, address or text in clear: docs/security.md, "Same-matter matcher".
create schema if not exists insight;
create table insight.matter_sample (
    petition_id bigint      primary key,
    signature   bigint[]    not null,
    band_keys   bigint[]    not null,
    person_keys bytea[]     not null default '{}',
    sampled_at  timestamptz not null default now()
);
create index matter_sample_band_idx on insight.matter_sample using gin (band_keys) with (fastupdate = on);
create index matter_sample_person_idx on insight.matter_sample using gin (person_keys)
    where cardinality(person_keys) > 0;

-- How far the backfill of petitions taken in before the matcher (or while it was off) has walked.
create table insight.matter_backfill (
    singleton  boolean     primary key default true check (singleton),
    last_id    bigint      not null default 0,
    updated_at timestamptz not null default now()
);
insert into insight.matter_backfill (singleton, last_id) values (true, 0);
