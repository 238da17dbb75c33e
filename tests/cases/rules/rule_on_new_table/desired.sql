create table public.keep (id int primary key);
create function public.normalize(text) returns text language sql immutable return lower(trim($1));
create table public.zz_audit (item_id int, name text);
-- the rule's table sorts before the table its action writes to
create table public.aa_items (id int primary key, name text);
create rule aa_items_audit as on insert to public.aa_items
    do also insert into public.zz_audit (item_id, name) values (new.id, public.normalize(new.name));
