create table public.tickets (id int primary key, status varchar(20));
create table public.ticket_log (id int, status varchar(20));
