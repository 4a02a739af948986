-- What a form token or Idempotency-Key was first used for: the SHA-256 of the request, so that the same key
-- with another request is refused instead of answered with the first receipt. Earlier submissions have none.
alter table portal.submission add column request_hash bytea;
