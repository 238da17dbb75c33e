create type public.ticket_status as enum ('open', 'closed');
