-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint Sales Data.returns.returns_sku_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."returns" drop constraint "returns_sku_fkey";

-- step 2 | drop constraint Sales Data.Order Lines.new batch key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."Order Lines" drop constraint "new batch key";

-- step 3 | drop index Sales Data.new batch key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "Sales Data"."new batch key";

-- step 4 | drop column Sales Data.returns.Batch | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."returns" drop column "Batch";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 5 | create index Sales Data.old batch key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "old batch key" ON "Sales Data"."Order Lines" USING btree ("Batch");

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index Sales Data.Order Lines pkey_new_9f05c4 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "Order Lines pkey_new_9f05c4" ON "Sales Data"."Order Lines" USING btree ("Order Id");

-- segment 4 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 7 | create index Sales Data.one sku per batch_new_a44551 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "one sku per batch_new_a44551" ON "Sales Data"."Order Lines" USING btree (sku);

-- segment 5 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 8 | drop constraint Sales Data.Order Lines.Order Lines pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."Order Lines" drop constraint "Order Lines pkey";

-- step 9 | create constraint Sales Data.Order Lines.Order Lines pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."Order Lines" add constraint "Order Lines pkey" PRIMARY KEY using index "Order Lines pkey_new_9f05c4";

-- segment 6 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 10 | create constraint Sales Data.Order Lines.old batch key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."Order Lines" add constraint "old batch key" UNIQUE using index "old batch key";

-- segment 7 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 11 | drop constraint Sales Data.Order Lines.one sku per batch | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."Order Lines" drop constraint "one sku per batch";

-- step 12 | create constraint Sales Data.Order Lines.one sku per batch | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Sales Data"."Order Lines" add constraint "one sku per batch" UNIQUE using index "one sku per batch_new_a44551";

-- segment 8 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 13 | create constraint Sales Data.returns.returns_sku_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "Sales Data"."returns" add constraint "returns_sku_fkey" FOREIGN KEY (sku) REFERENCES "Sales Data"."Order Lines"(sku) not valid;

-- segment 9 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 14 | alter constraint Sales Data.returns.returns_sku_fkey | hazards: LONG_VALIDATION
alter table "Sales Data"."returns" validate constraint "returns_sku_fkey";
