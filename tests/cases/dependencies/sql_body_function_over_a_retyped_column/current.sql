-- A column retyped under a function with a SQL-standard body that reads it: the server refuses
-- ALTER COLUMN … TYPE while the function needs the column (pg_depend), so the function, which
-- does not change, is dropped before the change and created again after it, with its grants.
create table public.contacts (
    id integer primary key,
    company_id integer not null,
    score smallint not null default 0
);
create function public.top_score(company integer) returns integer language sql stable
    begin atomic
        select max(score) from public.contacts where company_id = company;
    end;
revoke execute on function public.top_score(integer) from public;
grant execute on function public.top_score(integer) to sdcase_reporter;
