create table public.codes (code text not null, constraint codes_code_key unique (code));
create table public.uses (id integer primary key, code text references public.codes (code));
