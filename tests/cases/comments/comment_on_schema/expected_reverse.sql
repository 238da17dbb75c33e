-- step 1 | drop comment schema reporting | hazards: -
comment on schema reporting is null;
