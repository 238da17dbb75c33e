-- step 1 | create comment schema reporting | hazards: -
comment on schema reporting is 'Read models for BI.';
