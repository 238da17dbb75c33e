create table public.events (
    id bigint not null,
    kind text not null,
    body text
) partition by list (kind);
create table public.events_click partition of public.events for values in ('click');
create table public.sessions (
    id bigint not null,
    user_id bigint not null
) partition by hash (user_id);
create table public.sessions_0 partition of public.sessions for values with (modulus 2, remainder 0);
create table public.sessions_1 partition of public.sessions for values with (modulus 2, remainder 1);
