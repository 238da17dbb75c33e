create collation public.sorting (provider = libc, locale = 'C');
