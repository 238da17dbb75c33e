-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter text_search_dictionary public.english_stem_stop | hazards: -
alter text search dictionary public.english_stem_stop ("stopwords", "language" = 'english');
