create table public.memberships (
    org_id integer not null,
    user_id integer not null,
    constraint memberships_pkey primary key (org_id)
);
