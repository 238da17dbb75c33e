-- step 1 | alter column public.words.word | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."words" alter column "word" set data type text collate "C" using "word"::text;
