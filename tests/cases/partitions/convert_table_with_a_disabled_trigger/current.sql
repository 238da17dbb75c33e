-- A table with a disabled row trigger, converted to a partitioned one: the trigger is created
-- again on it and disabled, and so is its clone on the partition, once the parent's exists (a
-- partition's clone needs its parent's trigger: pg_depend).
create function public.audit_row() returns trigger language plpgsql as $$ begin return new; end $$;
create table public.audit_log (
    id bigint not null,
    logged_on date not null,
    entry text
);
create trigger audit_row before insert on public.audit_log for each row execute function public.audit_row();
alter table public.audit_log disable trigger audit_row;
