create sequence public.ticket_numbers;
alter default privileges grant usage, select on sequences to sdcase_writer;
