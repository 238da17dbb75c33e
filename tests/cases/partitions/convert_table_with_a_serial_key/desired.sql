-- A table whose key is a serial column, converted to a partitioned one: its drop would take the
-- sequence the column owns (and its default uses), so the sequence is owned by none before the
-- drop and by the column again after the table is created.
create table public.page_views (
    id bigserial not null,
    viewed_at timestamptz not null,
    path text not null,
    primary key (id, viewed_at)
) partition by range (viewed_at);
create table public.page_views_2026 partition of public.page_views
    for values from ('2026-01-01') to ('2027-01-01');
