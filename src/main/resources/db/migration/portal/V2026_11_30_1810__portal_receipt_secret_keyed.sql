-- Receipt secrets made from now on are hashed under the contact key kept outside the database
-- (ContactSecrets), besides the row's salt: someone who reads the database cannot search the 31^10 secrets of a
-- row offline. Rows made before keep their salt-only hash (keyed = false) and are checked as they were made.
alter table portal.receipt_secret add column keyed boolean not null default false;
alter table portal.receipt_secret alter column keyed set default true;
