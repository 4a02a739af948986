-- A denouncer who comes in person keeps the same secrecy as one who writes (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47):
-- the visitor's name, phone and address of a visit whose content is a denunciation are stored encrypted with
-- the petitions' identity vault, never in the clear columns. Existing rows are encrypted at start by
-- reception.SealedVisitorsMigration (the key lives in the application, not in the database).
alter table reception.visit add column visitor_identity bytea;
alter table reception.visit add column visitor_sealed boolean not null default false;
create index visit_to_seal_idx on reception.visit (id)
    where content_type = 'DENUNCIATION' and not visitor_sealed;
