-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create rule Sales Data.Order Lines.No "Negative" Qty | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE RULE "No ""Negative"" Qty" AS
    ON INSERT TO "Sales Data"."Order Lines"
   WHERE new.qty < 0 DO INSTEAD NOTHING;

-- step 2 | alter rule Sales Data.Order Lines.No "Negative" Qty | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."Order Lines" disable rule "No ""Negative"" Qty";
