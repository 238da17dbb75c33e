-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.notes | hazards: -
create table "public"."notes" (
    "id" integer not null,
    "owner_name" text not null default CURRENT_USER,
    "body" text
);

-- step 2 | alter rls public.notes | hazards: -
alter table public.notes enable row level security;

-- step 3 | alter rls public.notes | hazards: -
alter table public.notes force row level security;

-- step 4 | create index public.notes_pkey | hazards: -
CREATE UNIQUE INDEX notes_pkey ON public.notes USING btree (id);

-- step 5 | create constraint public.notes.notes_pkey | hazards: -
alter table "public"."notes" add constraint "notes_pkey" PRIMARY KEY using index "notes_pkey";

-- step 6 | create policy public.notes.notes_owner | hazards: ACCESS_WIDENED
create policy "notes_owner"
on "public"."notes"
as permissive
for all
to public
using ((owner_name = CURRENT_USER));
