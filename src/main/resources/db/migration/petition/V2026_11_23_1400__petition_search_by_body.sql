-- Text search inside one body (docs/performance.md). The trigram index over every petition cannot narrow a
-- search to one body: the lists of short syllables ("dat", "hoi") hold millions of petitions and a body's
-- few thousand lie scattered among them. This index keys each trigram by the body ("46:dat"), so a search
-- in one body reads only that body's lists; the LIKE conditions beside it still decide the match.
-- Only trigrams inside words: a search for a fragment never starts or ends a word.
create or replace function petition.body_trigrams(body bigint, words text) returns text[]
    language sql immutable parallel safe strict
    return array(select body::text || ':' || t from unnest(show_trgm(words)) t where position(' ' in t) = 0);

create index if not exists petition_body_trigrams_idx on petition.petition
    using gin (petition.body_trigrams(body_id, search_text));
