-- step 1 | drop schema billing | hazards: DATA_LOSS
drop schema if exists "billing";
