create table public.events (
    id bigint not null,
    kind text not null default 'other',
    note text not null
);
create table public.click_events (
    url text not null
) inherits (public.events);
alter table public.click_events alter column kind set default 'click';
create table public.view_events (
    page text
) inherits (public.events);
