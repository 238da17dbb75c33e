-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.floatrange | hazards: -
create type public.floatrange as range (subtype = double precision, subtype_diff = float8mi, multirange_type_name = floatmultirange);
