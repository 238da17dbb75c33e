do $$
begin
    begin
        create role sdcase_reader nologin;
    exception when duplicate_object or unique_violation then null;
    end;
end
$$;
