-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create collation public.bytewise | hazards: -
create collation "public"."bytewise" (provider = libc, locale = 'C');

-- step 2 | alter column public.words.word | hazards: INDEX_BUILD, ACCESS_EXCLUSIVE_LOCK
alter table "public"."words" alter column "word" set data type text collate public.bytewise using "word"::text;
