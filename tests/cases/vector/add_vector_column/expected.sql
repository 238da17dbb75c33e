-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.chunks.title_embedding | hazards: -
alter table "public"."chunks" add column "title_embedding" vector(3);
