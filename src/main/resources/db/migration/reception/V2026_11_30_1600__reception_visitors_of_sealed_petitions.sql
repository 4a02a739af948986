-- A visit whose petition holds a sealed identity keeps its visitor sealed too, whatever the visit's own content
-- type. Visits of petitions sealed before this migration are marked here, once, and sealed at the next start by
-- reception.SealedVisitorsMigration (the key lives in the application); later ones are sealed in the transaction
-- that seals their petition (event IdentitiesSealed).
alter table reception.visit add column seal_pending boolean not null default false;
update reception.visit v set seal_pending = true
from petition.petition p
where p.id = v.petition_id and p.identity_sealed and not v.visitor_sealed;
create index visit_seal_pending_idx on reception.visit (id) where seal_pending and not visitor_sealed;
-- A petition's visits are found by the petition when its identity is sealed.
create index visit_petition_idx on reception.visit (petition_id) where petition_id is not null;
