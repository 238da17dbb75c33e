-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop rule public.active_items.active_items_delete | hazards: ACCESS_EXCLUSIVE_LOCK
drop rule active_items_delete on public.active_items;
