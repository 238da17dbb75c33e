-- A column retyped while a stored generated column reads it: the server refuses ALTER COLUMN …
-- TYPE under a generated column, and no DDL turns a plain column back into a generated one, so
-- the generated column must be dropped and added again (it then comes last).
create table public.deals (
    id integer primary key,
    amount numeric(10, 2) not null,
    amount_cents bigint generated always as ((amount * 100)::bigint) stored,
    title text not null
);
