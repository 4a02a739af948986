-- What a key was first used for: the SHA-256 of the canonical request, so that the same key with another
-- request is refused instead of answered with the first petition. Keys remembered before have none.
alter table petition.idempotency_key add column request_hash bytea;
