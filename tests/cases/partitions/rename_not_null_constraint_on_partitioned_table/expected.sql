-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.measurements.measurements_taken_at_required | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.measurements rename constraint "measurements_taken_at_not_null" to "measurements_taken_at_required";
