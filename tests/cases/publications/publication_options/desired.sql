create table public.events (id int primary key, kind text);
create publication events_feed for table public.events with (publish = 'insert, update', publish_via_partition_root = true);
