create collation public.bytewise from "C";
create table public.words (
    id integer primary key,
    word text not null
);
