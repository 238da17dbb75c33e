do $$ begin create role sdcase_meter_reader; exception when duplicate_object then null; end $$;
