create schema app;
create table app.items (id integer primary key);
create schema scratch;
create table scratch.other (id integer);
