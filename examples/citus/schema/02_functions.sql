-- Helper functions that do not reference tables: row level security helpers and the
-- shared updated_at trigger function.

-- The company of the current request: the JWT claim "company_id" (null without one).
create function public.current_company_id()
returns uuid
language sql
stable
as $$
    select nullif(auth.jwt() ->> 'company_id', '')::uuid
$$;

comment on function public.current_company_id() is
    'Company of the current request, from the JWT claim company_id; used by the row level security policies.';

-- The role (owner, admin or member) of the current user in their company: the JWT claim
-- "user_role", set by the auth server from users.role when it issues the token. Reading
-- the claim instead of querying public.users keeps policies free of recursion through
-- the users policies.
create function public.current_user_role()
returns text
language sql
stable
as $$
    select auth.jwt() ->> 'user_role'
$$;

comment on function public.current_user_role() is
    'Role of the current user in their company (owner, admin or member), from the JWT claim user_role.';

revoke execute on function public.current_company_id() from public;
revoke execute on function public.current_user_role() from public;
grant execute on function public.current_company_id() to authenticated, service_role;
grant execute on function public.current_user_role() to authenticated, service_role;

-- Trigger function: keep updated_at at the time of the last update.
create function public.set_updated_at()
returns trigger
language plpgsql
as $$
begin
    new.updated_at := now();
    return new;
end
$$;

comment on function public.set_updated_at() is
    'BEFORE UPDATE trigger function that sets updated_at to now().';

revoke execute on function public.set_updated_at() from public;
