create table public.accounts (id int primary key, email text, legacy_code text);
create table public.account_log (id int, code text);
create rule accounts_log as on insert to public.accounts
    do also insert into public.account_log (id, code) values (new.id, new.legacy_code);
