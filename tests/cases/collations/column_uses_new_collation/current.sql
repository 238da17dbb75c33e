create table public.words (
    id integer primary key,
    word text not null
);
create index words_word_idx on public.words (word);
