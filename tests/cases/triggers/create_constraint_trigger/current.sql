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
