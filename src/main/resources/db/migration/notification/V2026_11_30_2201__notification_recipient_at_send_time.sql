-- A message to a petitioner whose contact is only in their sealed identity (desk, post, API) keeps no recipient:
-- recipient_ref names whom to reach ("petitioner:<petition id>"), opened at send time. notice_ids are the written
-- notices (petition.notice) attached to an e-mail, fetched at send time too: the outbox keeps no copy.
alter table notification.message add column recipient_ref text;
alter table notification.message add column notice_ids bigint[] not null default '{}';
