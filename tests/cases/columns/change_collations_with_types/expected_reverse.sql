-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.words.note, public.words.sort_key, public.words.word | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."words"
    alter column "note" set data type text using "note"::text,
    alter column "sort_key" set data type text collate pg_catalog."C" using "sort_key"::text,
    alter column "word" set data type character varying(40) using "word"::character varying(40);
