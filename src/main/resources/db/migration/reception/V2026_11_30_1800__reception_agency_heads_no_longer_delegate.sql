-- Luật 136/2025/QH15 (effective 1/7/2026): a head may no longer delegate periodic reception to a deputy. The
-- rule for heads of agencies (Luật Tiếp công dân Đ.18(2)) had no row from that day, so delegation stayed allowed.
update reception.obligation_rule
   set valid_to = '2026-06-30'
 where position = 'AGENCY_HEAD' and valid_from = '2014-07-01' and valid_to is null;
insert into reception.obligation_rule (position, per_period, min_days, may_delegate, valid_from, valid_to, source)
values ('AGENCY_HEAD', 'MONTH', 1, false, '2026-07-01', null,
        'Luật Tiếp công dân Đ.18(2), Luật 136/2025/QH15 (không ủy quyền tiếp định kỳ)')
on conflict (position, valid_from) do nothing;
