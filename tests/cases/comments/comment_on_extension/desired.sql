create extension citext;
comment on extension citext is 'Case-insensitive text, for e-mail addresses.';
