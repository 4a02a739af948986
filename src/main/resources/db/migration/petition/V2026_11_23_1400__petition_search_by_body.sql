-- Text search inside a body: the trigram index with the body as its first key, so that "thu hoi dat" in one
-- body's queue meets only that body's candidates instead of every body's (millions for short syllables),
-- and no longer reads all of a large body's petitions (docs/performance.md). A search across every body
-- uses the second key alone.
create extension if not exists btree_gin;
create index if not exists petition_body_search_trgm on petition.petition using gin (body_id, search_text gin_trgm_ops);
drop index if exists petition.petition_search_trgm;
