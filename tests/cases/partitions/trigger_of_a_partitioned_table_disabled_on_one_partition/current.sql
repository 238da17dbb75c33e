create function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;
create table public.items (
    id bigint not null,
    kind text not null
) partition by list (kind);
create table public.items_a partition of public.items for values in ('a');
create table public.items_b partition of public.items for values in ('b');
create trigger items_touch before insert on public.items for each row execute function public.touch();
