create schema if not exists insight;

-- Whether a commune and field is hot now: the alert goes out on the change from cool to hot, once per crossing,
-- however many instances compute at the same time (the conditional upsert returns the row to one of them only).
create table insight.hotspot_state (
    commune_code text    not null,
    field_code   text    not null,
    hot          boolean not null,
    changed_on   date    not null,
    primary key (commune_code, field_code)
);

-- An alert to the heads in scope: the crossing, its score and the evidence it rested on (counts only).
create table insight.hotspot_alert (
    id           bigint generated always as identity primary key,
    commune_code text          not null,
    field_code   text          not null,
    crossed_on   date          not null,
    score        numeric(10,2) not null,
    evidence     jsonb         not null,
    created_at   timestamptz   not null default now(),
    unique (commune_code, field_code, crossed_on)
);
create index hotspot_alert_recent_idx on insight.hotspot_alert (crossed_on desc);
