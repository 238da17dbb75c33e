create domain public.email as text check (value like '%@%');
grant usage on domain public.email to sdcase_reader with grant option;
