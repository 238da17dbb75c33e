-- step 1 | alter comment extension citext | hazards: -
comment on extension citext is 'Case-insensitive text, for e-mail addresses.';
