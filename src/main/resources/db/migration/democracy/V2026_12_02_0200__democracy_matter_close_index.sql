-- The watch that closes online matters at their deadline looks only at the open ones.
create index matter_open_closes_idx on democracy.matter (closes_at) where status = 'OPEN';
