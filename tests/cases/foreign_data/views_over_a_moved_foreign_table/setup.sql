create extension if not exists postgres_fdw;
create extension if not exists file_fdw;
do $$ begin create role sdcase_fdw_reader; exception when duplicate_object then null; end $$;
