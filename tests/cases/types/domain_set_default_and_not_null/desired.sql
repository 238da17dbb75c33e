create domain public.quantity as integer default 1 not null;
