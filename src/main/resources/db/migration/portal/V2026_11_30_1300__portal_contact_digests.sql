-- The per-contact limit counts each contact a submission carries (its e-mail and its phone), by a keyed
-- digest of the contact's canonical form (lower case, no +tag, Gmail without dots; a phone as 0xxxxxxxxx),
-- never by the contact in clear: contact_key, which held the e-mail or phone in clear, is emptied and no
-- longer written. Rows written before get their digests at the next start (ContactSealing), since the key
-- is not in the database.
alter table portal.submission add column email_digest bytea, add column phone_digest bytea;
drop index portal.submission_contact_idx;
update portal.submission set contact_key = null where contact_key is not null;
create index submission_email_digest_idx on portal.submission (email_digest, created_at) where email_digest is not null;
create index submission_phone_digest_idx on portal.submission (phone_digest, created_at) where phone_digest is not null;
