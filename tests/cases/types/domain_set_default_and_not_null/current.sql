create domain public.quantity as integer;
