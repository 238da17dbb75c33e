-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.audit_log | hazards: DATA_LOSS
drop table "public"."audit_log";

-- step 2 | create table public.audit_log | hazards: -
create table "public"."audit_log" (
    "id" bigint not null,
    "logged_on" date not null,
    "entry" text
) partition by RANGE (logged_on);

-- step 3 | create table public.audit_log_2026 | hazards: -
create table "public"."audit_log_2026" partition of "public"."audit_log" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 4 | create trigger public.audit_log.audit_row | hazards: -
CREATE TRIGGER audit_row BEFORE INSERT ON public.audit_log FOR EACH ROW EXECUTE FUNCTION audit_row();

-- step 5 | alter trigger public.audit_log_2026.audit_row | hazards: -
ALTER TABLE "public"."audit_log_2026" DISABLE TRIGGER "audit_row";

-- step 6 | alter trigger public.audit_log.audit_row | hazards: -
ALTER TABLE "public"."audit_log" DISABLE TRIGGER "audit_row";
