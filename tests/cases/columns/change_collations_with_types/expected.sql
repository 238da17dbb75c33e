-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.words.note, public.words.sort_key, public.words.word | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."words"
    alter column "note" set data type text collate pg_catalog."POSIX" using "note"::text,
    alter column "sort_key" set data type text using "sort_key"::text,
    alter column "word" set data type text collate pg_catalog."C" using "word"::text;
