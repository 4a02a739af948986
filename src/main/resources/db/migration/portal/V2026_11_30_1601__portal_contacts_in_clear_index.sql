-- portal.ContactSealing looks for submissions with a contact still in clear at every start; once none are left
-- this partial index is empty, so the look costs nothing instead of a scan of every submission.
create index submission_contact_in_clear_idx on portal.submission (id)
    where email is not null or phone is not null or contact_key is not null;
