create schema "Sales Data";
create table "Sales Data"."Order Lines" (id int primary key, qty int);
