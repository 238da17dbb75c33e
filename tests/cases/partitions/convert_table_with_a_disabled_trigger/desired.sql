-- A table with a disabled row trigger, converted to a partitioned one: the trigger is created
-- again on it and disabled, and so is its clone on the partition, once the parent's exists (a
-- partition's clone needs its parent's trigger: pg_depend).
create function public.audit_row() returns trigger language plpgsql as $$ begin return new; end $$;
create table public.audit_log (
    id bigint not null,
    logged_on date not null,
    entry text
) partition by range (logged_on);
create table public.audit_log_2026 partition of public.audit_log
    for values from ('2026-01-01') to ('2027-01-01');
create trigger audit_row before insert on public.audit_log for each row execute function public.audit_row();
alter table public.audit_log disable trigger audit_row;
