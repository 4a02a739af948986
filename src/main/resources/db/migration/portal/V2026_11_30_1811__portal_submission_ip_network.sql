-- The per-address limit counts a client's network (shared.ClientAddress: an IPv4 address, an IPv6 /64), kept
-- beside the address itself, which stays as it came for the record. Rows before this keep their address as
-- their network: they leave the one-hour window within the hour.
alter table portal.submission add column ip_network text;
update portal.submission set ip_network = ip where client = 'portal' and created_at > now() - interval '1 hour';
drop index portal.submission_ip_idx;
create index submission_ip_network_idx on portal.submission (ip_network, created_at) where client = 'portal';
