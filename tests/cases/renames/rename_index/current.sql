create table public.deals (
    id integer primary key,
    stage text not null
);
-- schemadiff:renamed-from deals_stage_idx
create index idx_deals_stage on public.deals (stage);
