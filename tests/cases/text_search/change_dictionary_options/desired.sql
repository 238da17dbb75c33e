create table public.docs (
    id integer primary key,
    body text not null
);

create text search dictionary public.english_stem_stop (
    template = snowball,
    stopwords = english,
    language = english
);
