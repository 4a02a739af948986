-- The seal of a denouncer's identity (Luật Tố cáo 2018 Đ.9(1)(b), Đ.47) belongs to the identity, not to the
-- petition's current type: set when the identity was given in a denunciation (at intake, or at any later
-- classification as one), copied into every petition derived from it, never cleared.
alter table petition.petition add column identity_sealed boolean not null default false;

-- Denunciations, and petitions that were ever classified as or from one (the timeline keeps the notes
-- "TYPE/field → TYPE/field").
update petition.petition p set identity_sealed = true
where p.petition_type = 'DENUNCIATION'
   or exists (select 1 from petition.petition_event e
              where e.petition_id = p.id and e.kind = 'CLASSIFIED'
                and (e.note like 'DENUNCIATION/%' or e.note like '% → DENUNCIATION/%'));

-- Every petition derived from a sealed one (parts, transferred copies, reopened cases, later instances),
-- and every petition that carries the same sealed identity.
with recursive derived(id) as (
    select id from petition.petition where identity_sealed
    union
    select p.id from petition.petition p join derived d on p.related_petition_id = d.id
)
update petition.petition p set identity_sealed = true
from derived d where d.id = p.id and not p.identity_sealed;

update petition.petition p set identity_sealed = true
where not p.identity_sealed and p.identity_ciphertext is not null
  and p.identity_ciphertext in (select identity_ciphertext from petition.petition
                                where identity_sealed and identity_ciphertext is not null);

-- A sealed identity's name is neither stored in clear nor searchable nor published.
update petition.petition set petitioner_name = null,
    search_text = regexp_replace(search_text, ' \| .*$', '')
where identity_sealed and (petitioner_name is not null or search_text like '% | %');

delete from petition.published_answer a using petition.petition p
where p.id = a.petition_id and p.identity_sealed;
