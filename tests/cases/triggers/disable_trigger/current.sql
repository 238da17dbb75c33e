create table public.posts (
    id integer primary key,
    title text not null,
    updated_at timestamptz
);
create function public.touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end
$$;
create trigger posts_touch before update on public.posts
    for each row execute function public.touch();
