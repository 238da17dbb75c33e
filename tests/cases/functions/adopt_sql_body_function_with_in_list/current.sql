create function public.is_public_kind(kind varchar) returns boolean
    language sql immutable
    return kind in ('area', 'event');
