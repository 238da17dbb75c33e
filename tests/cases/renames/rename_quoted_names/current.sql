-- schemadiff:renamed-from "People"
create table public."Contact List" (
    id integer primary key,
    "Full Name" text -- schemadiff:renamed-from "Display Name"
);
