-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.email | hazards: -
create domain public.email as text constraint "email_check" CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));
