create schema if not exists notification;

-- The outbox: every message to send, written by the event listeners in their own transaction and sent
-- by the dispatcher, which claims rows with FOR UPDATE SKIP LOCKED so that several instances never send
-- one message twice. (event_key, channel, recipient) is unique, so a redelivered event adds nothing.
create table notification.message (
    id              bigint generated always as identity primary key,
    event_key       text        not null,
    channel         text        not null check (channel in ('EMAIL', 'SMS')),
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    sent_by         text,
    constraint message_once unique (event_key, channel, recipient)
);
create index message_due_idx on notification.message (next_attempt_at) where status = 'PENDING';
