-- Inspections of a unit's dân vận work (QĐ 23-QĐ/TW 2021: the Party committees' mobilisation boards inspect and
-- supervise the dân vận work of the bodies): who inspects, the stage reached, and each recommendation with its owner
-- and deadline, followed up to done.
alter table programme.work_inspection
    add column inspectors text,
    add column state text not null default 'PLANNED' check (state in ('PLANNED', 'HELD', 'CLOSED')),
    add column created_at timestamptz not null default now();
alter table programme.work_inspection
    add constraint work_inspection_held_has_day check (state = 'PLANNED' or held_on is not null),
    add constraint work_inspection_closed_has_day check ((state = 'CLOSED') = (followed_up_on is not null));

create table programme.inspection_recommendation (
    id             bigint generated always as identity primary key,
    inspection_id  bigint      not null references programme.work_inspection (id),
    text           text        not null,
    owner_body_id  bigint      not null,
    due_on         date        not null,
    state          text        not null default 'OPEN' check (state in ('OPEN', 'DONE')),
    done_on        date,
    result         text,
    version        int         not null default 0,
    constraint inspection_recommendation_done_has_day check ((state = 'DONE') = (done_on is not null))
);
create index inspection_recommendation_inspection_idx on programme.inspection_recommendation (inspection_id);
create index inspection_recommendation_owner_idx on programme.inspection_recommendation (owner_body_id, due_on)
    where state = 'OPEN';

-- Advice to the Party committee: the period its evidence covers, the committee's decision (outcome, document number),
-- and each follow-up task's result.
alter table programme.advice
    add column evidence_from   date,
    add column evidence_to     date,
    add column outcome         text check (outcome in ('ADOPTED', 'ADOPTED_WITH_CHANGES', 'NOT_ADOPTED')),
    add column decision_number text,
    add column created_at      timestamptz not null default now();
alter table programme.advice
    add constraint advice_evidence_period_ordered check (evidence_to is null or evidence_from is null
                                                         or evidence_to >= evidence_from),
    add constraint advice_sent_has_day check ((state = 'DRAFTED') = (sent_on is null)),
    add constraint advice_decided_complete check ((state = 'DECIDED') = (outcome is not null and decided_on is not null));

alter table programme.advice_task
    add column result  text,
    add column version int not null default 0;
create index advice_task_advice_idx on programme.advice_task (advice_id);
