create table public.orders (id int primary key, total numeric);
create rule orders_no_negative as on insert to public.orders where new.total < 0 do instead nothing;
alter table public.orders disable rule orders_no_negative;
