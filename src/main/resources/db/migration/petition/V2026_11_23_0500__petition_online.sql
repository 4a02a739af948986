-- Online submissions: a point on the map, and the author's permission to publish the answer.
alter table petition.petition
    add column publish_answer boolean not null default false,
    add column latitude  numeric(9, 6),
    add column longitude numeric(9, 6),
    add constraint petition_point_in_range check (
        (latitude is null and longitude is null)
        or (latitude between -90 and 90 and longitude between -180 and 180));

-- Answers to kiến nghị / phản ánh whose author allowed publication, with personal data masked when
-- written. The public list reads only this table: nothing unmasked can leak from it.
create table petition.published_answer (
    petition_id  bigint primary key references petition.petition (id),
    body_id      bigint not null,
    petition_type text  not null,
    field_code   text   not null,
    province_code text,
    commune_code text,
    title        text   not null,
    content      text   not null,
    answer       text   not null,
    received_on  date   not null,
    answered_on  date   not null,
    search_text  text   not null
);
create index published_answer_list_idx on petition.published_answer (answered_on desc, petition_id desc);
create index published_answer_search_trgm on petition.published_answer using gin (search_text gin_trgm_ops);
