-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.posts.b_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "b_touch" on "public"."posts";

-- step 2 | alter trigger public.audit_log.d_note | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."audit_log" enable replica trigger "d_note";

-- step 3 | alter trigger public.audit_log.e_note | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."audit_log" enable always trigger "e_note";

-- step 4 | alter trigger public.posts.a_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."posts" disable trigger "a_touch";

-- step 5 | create trigger public.posts.b_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER b_touch BEFORE INSERT OR UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION touch();

-- step 6 | alter trigger public.posts.c_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."posts" enable trigger "c_touch";
