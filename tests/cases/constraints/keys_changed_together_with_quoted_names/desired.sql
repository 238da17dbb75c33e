create schema "Sales Data";
create table "Sales Data"."Order Lines" (
    "Order Id" integer not null,
    "Line No" integer not null,
    sku text not null,
    "Batch" text,
    constraint "Order Lines pkey" primary key ("Order Id", "Line No"),
    constraint "one sku per batch" unique ("Batch", sku),
    constraint "new batch key" unique ("Batch", "Line No")
);
create table "Sales Data".returns (
    id integer primary key,
    sku text not null,
    "Batch" text not null,
    constraint returns_sku_fkey foreign key ("Batch", sku) references "Sales Data"."Order Lines" ("Batch", sku)
);
