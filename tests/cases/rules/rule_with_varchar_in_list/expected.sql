-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create rule public.tickets.tickets_closed | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE RULE tickets_closed AS
    ON UPDATE TO tickets
   WHERE new.status::text = ANY (ARRAY['closed'::character varying::text, 'rejected'::character varying::text]) DO  INSERT INTO ticket_log (id, status)
  VALUES (new.id, new.status);
