do $$
begin
    create role sdcase_agg_reader nologin;
exception when duplicate_object or unique_violation then null;
end
$$;
