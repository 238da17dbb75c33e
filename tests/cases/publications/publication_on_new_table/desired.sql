create table public.keep (id int primary key);
create schema audit;
create table audit.entries (id bigint primary key, actor text, action text);
create publication "Audit Feed" for table audit.entries (id, action) where (action <> 'noop');
