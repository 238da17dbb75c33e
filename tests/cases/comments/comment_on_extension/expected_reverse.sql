-- step 1 | alter comment extension citext | hazards: -
comment on extension citext is 'data type for case-insensitive character strings';
