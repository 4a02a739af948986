-- Intake written in batches reaches about 1,700 petitions a second, at which a trigram index's pending list
-- grows by about 3 MB a second. With the default limit of 4 MB a batch that found a list full merged it
-- while its citizens waited; SearchIndexUpkeep now merges every second, and the limit leaves it the room.
alter index petition.petition_search_trgm set (gin_pending_list_limit = 8192);
alter index petition.petition_body_trigrams_idx set (gin_pending_list_limit = 8192);
