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

create function public.count_new() returns trigger language plpgsql as $$
begin
    perform count(*) from new_rows;
    return null;
end
$$;
create trigger posts_count_new after insert on public.posts
    referencing new table as new_rows
    for each statement execute function public.count_new();
