-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.documents | hazards: -
create table "public"."documents" (
    "id" integer not null,
    "title" text not null,
    "body" text not null default ''::text,
    "search" tsvector not null generated always as (to_tsvector('simple'::regconfig, ((title || ' '::text) || body))) stored,
    "title_key" text collate pg_catalog."C" generated always as (lower(title)) stored,
    "words" integer generated always as (array_length(regexp_split_to_array(body, '\s+'::text), 1)) stored
);

-- step 2 | create index public.documents_pkey | hazards: -
CREATE UNIQUE INDEX documents_pkey ON public.documents USING btree (id);

-- step 3 | create constraint public.documents.documents_pkey | hazards: -
alter table "public"."documents" add constraint "documents_pkey" PRIMARY KEY using index "documents_pkey";
