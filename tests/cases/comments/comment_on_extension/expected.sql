-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter comment extension citext | hazards: -
comment on extension citext is 'Case-insensitive text, for e-mail addresses.';
