-- step 1 | create schema billing | hazards: -
create schema if not exists "billing";
