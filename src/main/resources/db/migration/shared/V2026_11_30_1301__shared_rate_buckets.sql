-- Token buckets of the rate limits that must hold across instances (lookups by tracking code, sign-in
-- attempts), in Bucket4j's layout for PostgreSQL: the key (a keyed digest of the address or name counted,
-- never the name itself), the serialised state, and when a full bucket may be dropped (epoch milliseconds).
create table shared.rate_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_bucket_expires_idx on shared.rate_bucket (expires_at);
