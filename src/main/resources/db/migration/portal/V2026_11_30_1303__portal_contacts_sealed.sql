-- A submission's contact (e-mail, phone) is kept encrypted (AES-GCM, key outside the database), for the
-- notifications of its case; the clear columns are no longer written. Rows written before are sealed and
-- their clear columns erased at the next start (ContactSealing), since the key is not in the database.
alter table portal.submission add column email_sealed bytea, add column phone_sealed bytea;
