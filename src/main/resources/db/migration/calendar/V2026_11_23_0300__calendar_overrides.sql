create schema if not exists calendar;

-- What the administrator sets for a year on top of the statutory holidays computed by the application:
-- the Tết block and bridge days the Prime Minister decides, swapped working Saturdays.
create table calendar.day_override (
    day        date primary key,
    kind       text        not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    name       text        not null,
    basis      text,
    created_by text        not null,
    created_at timestamptz not null default now()
);
