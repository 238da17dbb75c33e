-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment schema reporting | hazards: -
comment on schema reporting is null;
