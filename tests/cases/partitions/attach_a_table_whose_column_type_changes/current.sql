-- A table attached while one of its columns changes type to the parent's: the ATTACH needs the
-- column as the parent has it, so it is retyped before (the way back: after the DETACH, which it
-- could not be before: an inherited column cannot be altered).
create table public.events (
    id bigint not null,
    happened_on date not null,
    detail text
) partition by range (happened_on);
create table public.events_2025 partition of public.events
    for values from ('2025-01-01') to ('2026-01-01');

create table public.events_2026 (
    id bigint not null,
    happened_on date not null,
    detail varchar(200)
);
insert into public.events_2026 values (1, '2026-05-01', 'first');
