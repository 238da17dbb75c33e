-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type app.short_text | hazards: -
create domain app.short_text as character varying(80) default ''::character varying not null;
