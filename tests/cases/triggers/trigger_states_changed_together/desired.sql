-- Triggers whose state alone changes (disabled, enabled again, replica, always) among a
-- trigger whose definition changes: one ALTER TABLE each, in the changed triggers' order.
create table public.posts (id integer primary key, title text, updated_at timestamptz);
create table public.audit_log (id integer primary key, note text);
create function public.touch() returns trigger language plpgsql as $$ begin new.updated_at := now(); return new; end $$;
create trigger a_touch before update on public.posts for each row execute function public.touch();
alter table public.posts disable trigger a_touch;
create trigger b_touch before insert or update on public.posts for each row execute function public.touch();
create trigger c_touch before update on public.posts for each row execute function public.touch();
create trigger d_note before update on public.audit_log for each row execute function public.touch();
alter table public.audit_log enable replica trigger d_note;
create trigger e_note before insert on public.audit_log for each row execute function public.touch();
alter table public.audit_log enable always trigger e_note;
