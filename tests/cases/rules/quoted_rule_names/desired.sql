create schema "Sales Data";
create table "Sales Data"."Order Lines" (id int primary key, qty int);
create rule "No ""Negative"" Qty" as on insert to "Sales Data"."Order Lines" where new.qty < 0 do instead nothing;
alter table "Sales Data"."Order Lines" disable rule "No ""Negative"" Qty";
