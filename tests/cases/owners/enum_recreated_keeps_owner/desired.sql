create type public.status as enum ('new', 'closed');
alter type public.status owner to sdcase_owner_a;
