create table public.accounts (id int primary key, email text);
create table public.account_log (id int, email text);
create rule accounts_log as on insert to public.accounts where new.email is not null
    do also insert into public.account_log (id, email) values (new.id, lower(new.email));
