create table public.events (id integer primary key, seen boolean not null default false);
-- schemadiff:renamed-from mark_all_seen
create procedure public.mark_seen()
    language plpgsql
    as $$ begin update public.events set seen = true; end $$;
