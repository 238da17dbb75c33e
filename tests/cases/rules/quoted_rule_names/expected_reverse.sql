-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop rule Sales Data.Order Lines.No "Negative" Qty | hazards: ACCESS_EXCLUSIVE_LOCK
drop rule "No ""Negative"" Qty" on "Sales Data"."Order Lines";
