-- The written notices a case requires (thông báo thụ lý, không thụ lý, hướng dẫn, phiếu chuyển đơn, gia hạn,
-- gửi quyết định / kết luận), issued as PDF documents. A document may name the petitioner (their copy, the
-- transfer slip): every document is stored sealed with the identity key (petition.notice.document_sealed is
-- re-sealed on key rotation like the identities), and a copy that names a sealed identity opens only to staff
-- holding the identity permission (Luật Tố cáo 2018 Đ.9(1)(b), Đ.29(3)).
create table petition.notice (
    id              bigint generated always as identity primary key,
    petition_id     bigint      not null references petition.petition (id),
    kind            text        not null,
    addressee       text        not null,
    number          text        not null,
    title           text        not null,
    form            text,
    issued_on       date        not null,
    names_identity  boolean     not null,
    document_sealed bytea       not null,
    issued_by       text        not null,
    created_at      timestamptz not null default now()
);
create index notice_petition_idx on petition.notice (petition_id, id);

-- The numbering of a body's notices by year ("Số: 12/TB-…"), taken under the row's lock.
create table petition.notice_number (
    body_id bigint not null,
    year    int    not null,
    last    int    not null,
    primary key (body_id, year)
);

-- The escalation ladder of overdue cases: each step of each missed deadline is taken once (the key), by
-- whichever instance runs the watch first.
create table petition.escalation (
    petition_id bigint      not null references petition.petition (id),
    due         date        not null,
    step        int         not null,
    taken_on    date        not null,
    target_body bigint,
    created_at  timestamptz not null default now(),
    primary key (petition_id, due, step)
);
