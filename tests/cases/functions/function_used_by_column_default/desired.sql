create function public.new_code() returns text
language sql volatile
as $$ select upper(substr(md5(random()::text), 1, 8)) $$;
create table public.vouchers (
    id integer primary key,
    code text not null default public.new_code()
);
