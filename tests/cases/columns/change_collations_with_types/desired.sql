-- Columns whose collation changes, one with its type: set data type … collate …, as migra
-- writes it; an index on one of them is rebuilt by the server.
create table public.words (
    id integer primary key,
    word text collate "C",
    sort_key text,
    note text collate "POSIX"
);
create index words_word_idx on public.words (word);
