create schema "App Data";
create table "App Data"."Events" (
    "Id" bigint not null,
    "Day" date not null
) partition by range ("Day");
create table "App Data"."Events 2025" partition of "App Data"."Events"
    for values from ('2025-01-01') to ('2026-01-01');
