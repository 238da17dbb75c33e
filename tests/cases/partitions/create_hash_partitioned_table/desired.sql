create table public.sessions (
    id uuid not null,
    data jsonb
) partition by hash (id);
create table public.sessions_0 partition of public.sessions for values with (modulus 2, remainder 0);
create table public.sessions_1 partition of public.sessions for values with (modulus 2, remainder 1);
