-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create comment schema reporting | hazards: -
comment on schema reporting is 'Read models for BI.';
