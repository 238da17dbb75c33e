create table public.orders (id int primary key, total numeric);
create rule orders_no_delete as on delete to public.orders do instead nothing;
create rule orders_no_update as on update to public.orders where old.total < 0 do instead nothing;
create rule orders_notify as on insert to public.orders do also notify orders_changed;
alter table public.orders disable rule orders_no_delete;
alter table public.orders enable always rule orders_no_update;
alter table public.orders enable replica rule orders_notify;
