-- Most petitions stand alone: only those linked to another (second instance, split, transferred, reopened)
-- need an entry in the index that finds a petition's followers (docs/performance.md).
drop index petition.petition_related_idx;
create index petition_related_idx on petition.petition (related_petition_id) where related_petition_id is not null;
