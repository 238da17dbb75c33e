create table public.posts (
    id integer primary key,
    title text not null,
    updated_at timestamptz
);
create function public.touch() returns trigger language plpgsql as $$
begin
    if new.title = '' then raise exception 'empty title'; end if;
    return null;
end
$$;
create constraint trigger posts_check_title after insert or update on public.posts
    deferrable initially deferred
    for each row execute function public.touch();
