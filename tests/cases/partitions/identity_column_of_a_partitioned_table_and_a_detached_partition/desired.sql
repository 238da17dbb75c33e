create table public.logs (
    id bigint generated always as identity,
    day date not null,
    line text
) partition by range (day);
create table public.logs_2026 partition of public.logs for values from ('2026-01-01') to ('2027-01-01');
create table public.logs_2025 (
    id bigint not null,
    day date not null,
    line text
);
