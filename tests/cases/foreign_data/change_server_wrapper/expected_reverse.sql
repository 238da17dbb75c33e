-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop foreign_table public.daily_import | hazards: -
drop foreign table "public"."daily_import";

-- step 2 | drop user_mapping sdcase_fdw_reader@imports | hazards: DATA_LOSS
drop user mapping for "sdcase_fdw_reader" server "imports";

-- step 3 | drop foreign_server imports | hazards: DATA_LOSS
drop server "imports";

-- step 4 | create foreign_server imports | hazards: -
create server "imports" foreign data wrapper "postgres_fdw" options ("host" 'files.internal', "dbname" 'imports');

-- step 5 | create user_mapping sdcase_fdw_reader@imports | hazards: -
create user mapping for "sdcase_fdw_reader" server "imports" options ("user" 'reader');

-- step 6 | create foreign_table public.daily_import | hazards: -
create foreign table "public"."daily_import" (
    "line" text
) server "imports" options ("table_name" 'daily');
