create schema "Sales Data";
create table "Sales Data"."Order Lines" (
    "Order Id" integer not null,
    "Line No" integer not null,
    sku text not null,
    "Batch" text,
    constraint "Order Lines pkey" primary key ("Order Id"),
    constraint "one sku per batch" unique (sku),
    constraint "old batch key" unique ("Batch")
);
create table "Sales Data".returns (
    id integer primary key,
    sku text not null references "Sales Data"."Order Lines" (sku)
);
