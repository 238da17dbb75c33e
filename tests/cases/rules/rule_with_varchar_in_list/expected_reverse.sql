-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop rule public.tickets.tickets_closed | hazards: ACCESS_EXCLUSIVE_LOCK
drop rule tickets_closed on public.tickets;
