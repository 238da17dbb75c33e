create table public.t (id integer primary key, updated_at timestamptz);
create function public.touch() returns trigger language plpgsql as $$ begin new.updated_at := now(); return new; end $$;
create trigger t_touch before update on public.t for each row execute function public.touch();
