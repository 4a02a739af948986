-- The legal paths of a denunciation (Luật Tố cáo 2018 Đ.24, 29, 33, 40) and of feedback on administrative
-- regulations (NĐ 20/2008/NĐ-CP am. NĐ 92/2017/NĐ-CP): the facts recorded at each step, one row per petition.
-- Due dates are not stored: they follow from the rule table and the dates of receipt, acceptance and conclusion.
-- The accused (người bị tố cáo) is stored in clear: it is never the denouncer, whose identity stays sealed.
create table petition.legal_path (
    petition_id             bigint primary key references petition.petition (id),
    several_places_reason   text,
    several_places_on       date,
    regulation_feedback     boolean not null default false,
    accused_name            text,
    accused_position        text,
    accused_body            text,
    denouncer_notified_on   date,
    accused_notified_on     date,
    withdrawn_on            date,
    withdrawal_form         text,
    withdrawal_partial      boolean not null default false,
    withdrawal_continuation text,
    published_on            date,
    publication_forms       text[]  not null default '{}'
);
