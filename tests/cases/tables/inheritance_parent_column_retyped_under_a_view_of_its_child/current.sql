create table public.events (
    id bigint not null,
    score integer not null,
    constraint events_score_known check (score >= 0)
);
create table public.click_events (
    url text not null
) inherits (public.events);
create index click_events_score_idx on public.click_events (score);
create view public.top_clicks as select id, score, url from public.click_events where score > 10;
