-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter comment extension citext | hazards: -
comment on extension citext is 'data type for case-insensitive character strings';
