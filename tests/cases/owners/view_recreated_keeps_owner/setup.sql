do $$
begin
    begin
        create role sdcase_owner_a nologin;
    exception when duplicate_object or unique_violation then null;
    end;
    begin
        create role sdcase_owner_b nologin;
    exception when duplicate_object or unique_violation then null;
    end;
end
$$;
