create schema app;
create table app.accounts (id integer primary key);
