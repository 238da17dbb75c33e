create collation public.bytewise from "C";
create table public.words (
    id integer primary key,
    word text collate public.bytewise not null
);
create index words_word_idx on public.words (word);
