-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create text_search_dictionary public.english_stem_nostop | hazards: -
create text search dictionary public.english_stem_nostop (template = pg_catalog.snowball, "language" = 'english');

-- step 2 | create text_search_configuration public.docs_cfg | hazards: -
create text search configuration public.docs_cfg (parser = pg_catalog."default");

-- step 3 | alter text_search_configuration public.docs_cfg | hazards: -
alter text search configuration public.docs_cfg add mapping for asciiword, word, hword_asciipart, asciihword with public.english_stem_nostop;

-- step 4 | alter text_search_configuration public.docs_cfg | hazards: -
alter text search configuration public.docs_cfg add mapping for numword, "int", uint with pg_catalog.simple;
