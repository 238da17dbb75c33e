create schema app;
create schema scratch;
create table scratch.tmp (id integer);
