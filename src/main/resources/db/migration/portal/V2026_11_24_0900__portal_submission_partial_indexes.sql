-- Each index of the submissions takes only the submissions it serves (docs/performance.md): one sent by an
-- API client has no entry in the portal's per-address index, one without a contact none in the contact
-- index, one without a citizen account none in the accounts' index. Three index entries fewer for a
-- submission from an API client.
drop index portal.submission_ip_idx;
create index submission_ip_idx on portal.submission (ip, created_at) where client = 'portal';
drop index portal.submission_client_idx;
create index submission_client_idx on portal.submission (client, created_at) where client <> 'portal';
drop index portal.submission_contact_idx;
create index submission_contact_idx on portal.submission (contact_key, created_at) where contact_key is not null;
drop index portal.submission_citizen_idx;
create index submission_citizen_idx on portal.submission (citizen_id, created_at desc) where citizen_id is not null;
