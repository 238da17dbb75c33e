-- New views and functions that name one another (views calling functions, a function whose
-- body reads a view), created in migra's key order each once what it needs is there, and
-- dropped the other way round each once nothing needs it.
create table public.accounts (
    id integer primary key,
    email text not null,
    active boolean not null default true
);
