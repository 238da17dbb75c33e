-- step 1 | drop type app.short_text | hazards: DATA_LOSS
drop domain app.short_text;
