-- The watch's scores, kept on the state row of each commune and field, so that the home page and the hot-spot pages
-- read them instead of recomputing a year of counts on each view. `hot` stays the alert state (with its cooling
-- margin); `over_threshold` is this run's verdict. Counts only: never a petitioner, so a sealed denouncer stays sealed.
alter table insight.hotspot_state
    add column score          numeric(10,2),
    add column over_threshold boolean not null default false,
    add column recent         int,
    add column history        int,
    add column expected       numeric(12,2),
    add column parts          jsonb,
    add column body_ids       bigint[] not null default '{}',
    add column scored_on      date,
    add column computed_at    timestamptz;

create index hotspot_state_score_idx on insight.hotspot_state (score desc) where score > 0;
-- "tính lúc HH:mm" on every home page: max(computed_at) by the index, not a scan of the scores.
create index hotspot_state_computed_idx on insight.hotspot_state (computed_at);
