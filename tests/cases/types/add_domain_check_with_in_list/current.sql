create domain public.entity_kind as varchar(50);
