-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter publication events_feed | hazards: -
alter publication events_feed set (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
