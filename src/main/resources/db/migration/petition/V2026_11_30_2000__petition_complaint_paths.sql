-- The legal paths of a complaint (docs/law/rules.md A1 rows 3, 4, 4a, 4b, 4c, 7; A3): the written determination of
-- complexity (NĐ 124/2020 Đ.3a, shared with denunciations, Luật Tố cáo Đ.30(1)), the subject and the facts the time
-- bar and the second-complaint window turn on (Luật Khiếu nại Đ.9, 33, 48, 50), the signatures of a group complaint
-- (NĐ 124/2020 Đ.16(1)), suspension, resumption and termination (Luật KN Đ.11a; NĐ 124/2020 Đ.28a–28b), withdrawal
-- (Luật 136/2025/QH15; NĐ 124/2020 Đ.7a), and the sending of decisions (Luật KN Đ.32). Additive only.
alter table petition.petition
    add column complexity text not null default 'ORDINARY'
        check (complexity in ('ORDINARY', 'COMPLEX', 'ESPECIALLY_COMPLEX')),
    add column complexity_criteria text[] not null default '{}',
    add column complexity_reason text,
    add column complexity_declared_on date,
    add column complaint_subject text not null default 'ADMINISTRATIVE'
        check (complaint_subject in ('ADMINISTRATIVE', 'DISCIPLINARY')),
    add column dismissal boolean not null default false,
    add column learned_on date,
    add column first_decision_received_on date,
    add column obstacle_from date[] not null default '{}',
    add column obstacle_to date[] not null default '{}',
    add column obstacle_reason text[] not null default '{}',
    add column signature_count integer check (signature_count >= 0),
    add column representatives_appointed boolean not null default false,
    add column suspended_on date,
    add column suspension_ground text,
    add column resumed_on date,
    add column termination_ground text,
    add column withdrawn_count integer not null default 0 check (withdrawn_count >= 0),
    add column withdrawn_content text,
    add column withdrawal_coerced boolean not null default false,
    add column pending_decision text,
    add column decision_issued_on date,
    add column decision_sending_due date,
    add column decision_sent_on date;

-- Cases declared complex before the degree was recorded keep their longer period.
update petition.petition set complexity = 'COMPLEX' where complex;
