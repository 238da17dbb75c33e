create table public.visits (
    id bigint not null,
    day date not null,
    page text
) partition by range (day);
create table public.visits_2025 partition of public.visits for values from ('2025-01-01') to ('2026-01-01');
create table public.visits_2026 (
    id bigint not null,
    day date not null,
    page text
);
create index visits_page_idx on public.visits (page);
