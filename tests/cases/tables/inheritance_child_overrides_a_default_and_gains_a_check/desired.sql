create table public.events (
    id bigint not null,
    kind text not null default 'generic'
);
create table public.click_events (
    url text not null,
    constraint click_events_kind_click check (kind = 'click')
) inherits (public.events);
alter table public.click_events alter column kind set default 'click';
