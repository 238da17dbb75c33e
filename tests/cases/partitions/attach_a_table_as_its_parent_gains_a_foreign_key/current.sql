-- A table attached while its parent gains a foreign key: the ATTACH comes first (it then has no
-- key to copy and validate), the key after it, added NOT VALID and validated in the main
-- transaction (a partitioned table's constraint has no online form: flagged LONG_VALIDATION).
create table public.sites (
    id bigint primary key
);
insert into public.sites values (1), (2);
create table public.readings (
    id bigint not null,
    site_id bigint,
    taken_on date not null
) partition by range (taken_on);
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 (
    id bigint not null,
    site_id bigint,
    taken_on date not null
);
insert into public.readings_2026 values (1, 1, '2026-02-01'), (2, 2, '2026-03-01');
