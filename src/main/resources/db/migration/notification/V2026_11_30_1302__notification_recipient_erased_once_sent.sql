-- A message's recipient is needed only until the message is sent (or given up): then it is erased, so the
-- outbox does not keep citizens' addresses next to their tracking codes. A redelivered event is still
-- recognised by a keyed digest of the recipient (HMAC, key outside the database), which replaces the
-- recipient in the uniqueness rule.
alter table notification.message alter column recipient drop not null;
alter table notification.message add column recipient_digest bytea;
alter table notification.message drop constraint message_once;
create unique index message_once on notification.message (event_key, channel, recipient_digest);
update notification.message set recipient = null where status in ('SENT', 'FAILED') and recipient is not null;
