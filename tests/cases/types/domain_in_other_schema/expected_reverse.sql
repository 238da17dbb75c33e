-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop type app.short_text | hazards: DATA_LOSS
drop domain app.short_text;
