create table public.codes (code text not null, constraint codes_pkey primary key (code));
create table public.uses (id integer primary key, code text references public.codes (code));
