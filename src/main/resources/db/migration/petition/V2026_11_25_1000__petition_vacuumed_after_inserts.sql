-- The report and the queue read index-only: a row is answered from the index alone once its page is marked
-- all-visible, which only VACUUM does. By default autovacuum visits a table for inserts after 20 % new rows —
-- 2.4 million petitions at national size. After 1.8 million petitions taken in by the intake benchmarks the
-- report's p95 was 112 ms and the search in a province body 294 ms; vacuumed (11 s), 69 and 53 ms.
-- Visiting after each 1 % (about 120,000 petitions, a few seconds of work) keeps the newest rows index-only.
alter table petition.petition set (autovacuum_vacuum_insert_scale_factor = 0.01);
