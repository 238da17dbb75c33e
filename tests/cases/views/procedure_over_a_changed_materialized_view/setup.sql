do $$
begin
    begin
        create role sdcase_report_runner nologin;
    exception when duplicate_object or unique_violation then null;
    end;
end
$$;
