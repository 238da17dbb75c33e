-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.widgets | hazards: -
create table "public"."widgets" (
    "id" integer not null,
    "label" text
);

-- step 2 | create index public.widgets_pkey | hazards: -
CREATE UNIQUE INDEX widgets_pkey ON public.widgets USING btree (id);

-- step 3 | create constraint public.widgets.widgets_pkey | hazards: -
alter table "public"."widgets" add constraint "widgets_pkey" PRIMARY KEY using index "widgets_pkey";

-- step 4 | create comment table public.widgets | hazards: -
comment on table public.widgets is 'Widgets.';

-- step 5 | create comment column public.widgets.label | hazards: -
comment on column public.widgets.label is 'Shown in the UI.';
