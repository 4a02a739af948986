-- What a complaint's decision or a denunciation's conclusion orders or recommends (money and land to recover or
-- return, people whose rights were restored, people recommended for sanction, transfer to the investigating body):
-- the figures of the result forms Biểu 03 and 04 (Thông tư 02/2021/TT-TTCP [K]). One optional row per resolved
-- petition, beside the petition row, so that nothing else about a petition changes.
create table petition.resolution_figures (
    petition_id                      bigint primary key references petition.petition (id),
    money_to_state_vnd               bigint  not null default 0 check (money_to_state_vnd >= 0),
    land_to_state_m2                 bigint  not null default 0 check (land_to_state_m2 >= 0),
    money_to_citizens_vnd            bigint  not null default 0 check (money_to_citizens_vnd >= 0),
    land_to_citizens_m2              bigint  not null default 0 check (land_to_citizens_m2 >= 0),
    people_rights_restored           int     not null default 0 check (people_rights_restored >= 0),
    people_recommended_for_sanction  int     not null default 0 check (people_recommended_for_sanction >= 0),
    transferred_to_investigation     boolean not null default false,
    subjects_transferred             int     not null default 0 check (subjects_transferred >= 0)
);

-- What the petition module publishes for reports: the figures by petition, no personal data.
create view petition.resolution_facts as
select f.petition_id, f.money_to_state_vnd, f.land_to_state_m2, f.money_to_citizens_vnd, f.land_to_citizens_m2,
       f.people_rights_restored, f.people_recommended_for_sanction, f.transferred_to_investigation,
       f.subjects_transferred
from petition.resolution_figures f;
