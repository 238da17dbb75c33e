create table public.tickets (id int primary key, status varchar(20));
create table public.ticket_log (id int, status varchar(20));
create rule tickets_closed as on update to public.tickets where new.status in ('closed', 'rejected')
    do also insert into public.ticket_log values (new.id, new.status);
