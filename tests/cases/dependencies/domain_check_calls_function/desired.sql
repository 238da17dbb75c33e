create function public.is_slug(value text) returns boolean language sql immutable as $$ select value ~ '^[a-z0-9-]+$' $$;
create domain public.slug as text check (public.is_slug(value));
create table public.pages (id integer primary key, slug public.slug not null);
