-- The same-matter matcher's candidate index, made small and cache-friendly (issue 20, docs/performance.md
-- "Same-matter matcher"). The GIN index over the 16 band keys held one uncompressed entry per key (the keys are
-- random 64-bit numbers, nearly all unique: 653 MB per million petitions), kept a pending list every lookup had to
-- scan, and the planner guessed ~10,000 rows for a lookup that meets two. Instead: one B-tree per band position,
-- 16 bytes an entry (about 330 MB per million petitions for all 16), a lookup one descent into each, estimated from
-- each index's own statistics. A band meets only the same band of another petition, as locality-sensitive hashing
-- defines it; the keys already carry their band's number (MatcherMinHash.bands), so no pair meets or misses that
-- met or missed before. The stored keys are unchanged: nothing is converted, nothing lost.
drop index if exists insight.matter_sample_band_idx;
create index matter_sample_band1_idx on insight.matter_sample ((band_keys[1]));
create index matter_sample_band2_idx on insight.matter_sample ((band_keys[2]));
create index matter_sample_band3_idx on insight.matter_sample ((band_keys[3]));
create index matter_sample_band4_idx on insight.matter_sample ((band_keys[4]));
create index matter_sample_band5_idx on insight.matter_sample ((band_keys[5]));
create index matter_sample_band6_idx on insight.matter_sample ((band_keys[6]));
create index matter_sample_band7_idx on insight.matter_sample ((band_keys[7]));
create index matter_sample_band8_idx on insight.matter_sample ((band_keys[8]));
create index matter_sample_band9_idx on insight.matter_sample ((band_keys[9]));
create index matter_sample_band10_idx on insight.matter_sample ((band_keys[10]));
create index matter_sample_band11_idx on insight.matter_sample ((band_keys[11]));
create index matter_sample_band12_idx on insight.matter_sample ((band_keys[12]));
create index matter_sample_band13_idx on insight.matter_sample ((band_keys[13]));
create index matter_sample_band14_idx on insight.matter_sample ((band_keys[14]));
create index matter_sample_band15_idx on insight.matter_sample ((band_keys[15]));
create index matter_sample_band16_idx on insight.matter_sample ((band_keys[16]));

-- The person digests' GIN index without a pending list: with one, every lookup scans up to 4 MB of entries not yet
-- merged (gin_pending_list_limit); without, each insert merges its two or three digests at once.
alter index insight.matter_sample_person_idx set (fastupdate = off);

-- A lookup meets a handful of rows through the indexes: never worth parallel workers.
alter table insight.matter_sample set (parallel_workers = 0);
select gin_clean_pending_list('insight.matter_sample_person_idx');
