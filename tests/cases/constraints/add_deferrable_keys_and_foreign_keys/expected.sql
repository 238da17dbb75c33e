-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.audit | hazards: -
create table "public"."audit" (
    "id" integer not null,
    "parent_id" integer
);

-- step 2 | create index public.audit_pkey | hazards: -
CREATE UNIQUE INDEX audit_pkey ON public.audit USING btree (id);

-- step 3 | create constraint public.audit.audit_pkey | hazards: -
alter table "public"."audit" add constraint "audit_pkey" PRIMARY KEY using index "audit_pkey" DEFERRABLE INITIALLY DEFERRED;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.children_parent_position_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY children_parent_position_key ON public.children USING btree (parent_id, "position");

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 5 | create index public.children_pkey | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY children_pkey ON public.children USING btree (id);

-- segment 4 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.parents_code_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY parents_code_key ON public.parents USING btree (code);

-- segment 5 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 7 | create constraint public.children.children_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."children" add constraint "children_pkey" PRIMARY KEY using index "children_pkey" DEFERRABLE;

-- segment 6 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 8 | create constraint public.children.children_parent_position_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."children" add constraint "children_parent_position_key" UNIQUE using index "children_parent_position_key" DEFERRABLE;

-- segment 7 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 9 | create constraint public.parents.parents_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."parents" add constraint "parents_code_key" UNIQUE using index "parents_code_key" DEFERRABLE INITIALLY DEFERRED;

-- segment 8 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 10 | create constraint public.audit.audit_parent_id_fkey | hazards: -
alter table "public"."audit" add constraint "audit_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES parents(id) DEFERRABLE not valid;

-- step 11 | create constraint public.children.children_parent_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."children" add constraint "children_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED not valid;

-- segment 9 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 12 | alter constraint public.audit.audit_parent_id_fkey | hazards: -
alter table "public"."audit" validate constraint "audit_parent_id_fkey";

-- segment 10 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 13 | alter constraint public.children.children_parent_id_fkey | hazards: LONG_VALIDATION
alter table "public"."children" validate constraint "children_parent_id_fkey";
