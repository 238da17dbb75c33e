do $$ begin create role sdcase_add_columns_reader; exception when duplicate_object then null; end $$;
