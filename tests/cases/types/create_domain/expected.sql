-- step 1 | create type public.email | hazards: -
create domain public.email as text constraint "email_check" CHECK ((VALUE ~ '^[^@]+@[^@]+$'::text));
