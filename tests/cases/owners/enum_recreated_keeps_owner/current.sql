create type public.status as enum ('new', 'open', 'closed');
alter type public.status owner to sdcase_owner_a;
