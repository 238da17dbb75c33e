create extension if not exists postgres_fdw;
do $$
begin
    begin
        create role sdcase_owner_a nologin;
    exception when duplicate_object or unique_violation then null;
    end;
end
$$;
