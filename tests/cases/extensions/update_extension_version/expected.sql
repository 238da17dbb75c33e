-- step 1 | alter extension citext | hazards: -
alter extension "citext" update to '1.6';
