do $$
begin
    begin
        create role sdcase_app nologin;
    exception when duplicate_object or unique_violation then null;
    end;
    begin
        create role sdcase_admin nologin;
    exception when duplicate_object or unique_violation then null;
    end;
end
$$;
