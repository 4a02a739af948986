-- docs/law/rules.md A1 row 2: the person received gets an answer (accepted / more time / declined / transferred)
-- within 10 working days (Luật Tiếp công dân 2013 Đ.28(1)); the answer and its date are recorded on the visit.
-- docs/law/rules.md A3: a group's representatives are appointed in writing and are among the people who came
-- (Luật Tiếp công dân 2013 Đ.29). Visits logged before this change did not record either; they stay false.
-- docs/law/rules.md A4: from 1/7/2026 a refusal on some grounds is notified in writing (Mẫu 01/TCD) within 3 working
-- days of having the grounds (NĐ 154/2026/NĐ-CP Đ.4(3)): the day of the grounds and of the notice.
alter table reception.visit
    add column answer                      text check (answer in ('ACCEPTED', 'NEEDS_MORE_TIME', 'DECLINED', 'TRANSFERRED')),
    add column answered_on                 date,
    add column representatives_in_writing  boolean not null default false,
    add column representatives_among_group boolean not null default false,
    add column refusal_grounds_on          date,
    add column refusal_notice_on           date,
    add constraint visit_answer_has_day check ((answer is null) = (answered_on is null)),
    add constraint visit_refused_has_no_answer check (not (refused and answer is not null)),
    add constraint visit_notice_of_refusal check (refused or (refusal_grounds_on is null and refusal_notice_on is null));
update reception.visit set refusal_grounds_on = visited_on where refused;
-- What is still owed to the people received: unanswered visits and refusals without their notice.
create index visit_awaiting_idx on reception.visit (body_id, visited_on)
    where (not refused and answer is null) or (refused and refusal_notice_on is null);
