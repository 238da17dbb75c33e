-- schemadiff:renamed-from "Contact List"
create table public."People" (
    id integer primary key,
    "Display Name" text -- schemadiff:renamed-from "Full Name"
);
