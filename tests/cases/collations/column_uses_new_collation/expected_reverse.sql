-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.words.word | hazards: INDEX_BUILD, ACCESS_EXCLUSIVE_LOCK
alter table "public"."words" alter column "word" set data type text using "word"::text;

-- step 2 | drop collation public.bytewise | hazards: -
drop collation "public"."bytewise";
