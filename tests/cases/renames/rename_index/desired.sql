create table public.deals (
    id integer primary key,
    stage text not null
);
-- schemadiff:renamed-from idx_deals_stage
create index deals_stage_idx on public.deals (stage);
