do $$
begin
    create role "sdcase_odd""role" nologin;
exception when duplicate_object or unique_violation then null;
end
$$;
