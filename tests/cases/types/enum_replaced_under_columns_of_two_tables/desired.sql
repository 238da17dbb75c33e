-- Two enums lose or move labels; only columns of tables both sides have use them (three
-- columns of two tables in two schemas, two with a default): each enum is renamed out of the
-- way (the long name's temporary name is shortened to fit 63 bytes), created again, every
-- column recast through text around its default, and the old enum dropped.
create schema "Billing";
create type "Billing"."invoice state" as enum ('draft', 'paid', 'sent');
create table "Billing".invoices (
    id integer primary key,
    state "Billing"."invoice state" not null default 'draft',
    previous "Billing"."invoice state"
);
create table public.audit (id integer primary key, state "Billing"."invoice state");
create type public.flag_level_with_a_name_long_enough_to_clip_its_old as enum ('high', 'mid', 'low');
create table public.flags (id integer primary key, level public.flag_level_with_a_name_long_enough_to_clip_its_old default 'mid');
