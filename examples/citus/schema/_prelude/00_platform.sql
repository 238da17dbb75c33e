-- Platform prelude: objects the hosting platform provides and this project does not own.
--
-- Loaded before the product schema into every database the tool builds. Roles are
-- cluster-global while this file runs once per database of the same cluster, so every
-- statement here is idempotent and the whole file can be re-run safely.

-- API roles. The API gateway switches to them with SET ROLE (see below for LOGIN on Citus).
--   anon           unauthenticated requests (the product grants it nothing)
--   authenticated  requests carrying a valid JWT; row level security applies
--   service_role   trusted back end; BYPASSRLS (as on Supabase), so it needs grants but no
--                  policies. FORCE ROW LEVEL SECURITY only concerns table owners and does
--                  not override BYPASSRLS.
do $$
begin
    if not exists (select 1 from pg_catalog.pg_roles where rolname = 'anon') then
        create role anon nologin noinherit;
    end if;
    if not exists (select 1 from pg_catalog.pg_roles where rolname = 'authenticated') then
        create role authenticated nologin noinherit;
    end if;
    if not exists (select 1 from pg_catalog.pg_roles where rolname = 'service_role') then
        create role service_role nologin noinherit bypassrls;
    end if;
end
$$;

-- Citus: a query on distributed tables reaches the workers over connections made as the
-- current role (Citus has no SET ROLE there), so the roles that query tables must be able to
-- log in on every node. Citus propagates these to the workers. Let them in only from the
-- coordinator: pg_hba.conf of the workers (e.g. scram-sha-256 with a .pgpass on the
-- coordinator), and nowhere on the coordinator itself.
alter role authenticated login;
alter role service_role login;

create schema if not exists auth;

-- The claims of the current request's JWT, as set by the API gateway in
-- request.jwt.claims; null when no (or an empty) claim set is present.
create or replace function auth.jwt()
returns jsonb
language sql
stable
as $$
    select nullif(current_setting('request.jwt.claims', true), '')::jsonb
$$;

-- The authenticated user's id: the JWT "sub" claim, null when absent.
create or replace function auth.uid()
returns uuid
language sql
stable
as $$
    select nullif(auth.jwt() ->> 'sub', '')::uuid
$$;

grant usage on schema auth to anon, authenticated, service_role;
grant execute on function auth.jwt() to anon, authenticated, service_role;
grant execute on function auth.uid() to anon, authenticated, service_role;

-- Object storage (as on Supabase): one row per bucket. The platform owns the table; which
-- buckets exist is the product's reference data, declared in schema/data/storage_buckets.yaml
-- and managed by schemadiff (data.tables in schemadiff.yaml).
create schema if not exists storage;

create table if not exists storage.buckets (
    id text not null primary key,
    name text not null,
    owner uuid,
    public boolean not null default false,
    file_size_limit bigint,
    allowed_mime_types text[],
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create unique index if not exists bname on storage.buckets (name);

alter table storage.buckets enable row level security;

grant usage on schema storage to authenticated, service_role;
grant all on storage.buckets to service_role;
