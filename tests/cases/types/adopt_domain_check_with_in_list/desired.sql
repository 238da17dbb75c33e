create domain public.entity_kind as varchar(50)
    constraint entity_kind_check check (value in ('area', 'artist', 'event'));
