create table public.projects (
    org_id integer not null,
    id integer not null,
    constraint projects_pkey primary key (org_id, id)
);
create table public.tasks (
    id integer primary key,
    org_id integer not null,
    project_id integer not null
);
