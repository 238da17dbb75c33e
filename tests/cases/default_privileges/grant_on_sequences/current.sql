create sequence public.ticket_numbers;
