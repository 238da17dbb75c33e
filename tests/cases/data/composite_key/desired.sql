create table public.labels (tenant integer not null, code text not null, label text, primary key (tenant, code));

insert into public.labels values (1, 'a', 'Alpha'), (2, 'a', 'Second alpha'), (2, 'b', 'Beta two');
