-- The server's casts (pg_cast), for diff/column_types.py: which type conversions exist and
-- in which context ('e' explicit only, 'a' also in assignment, 'i' also implicit).
select format_type(c.castsource, null) as source, format_type(c.casttarget, null) as target,
       c.castcontext::text as context
from pg_cast c
