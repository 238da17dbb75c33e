create schema "Billing";
create type "Billing"."invoice state" as enum ('draft', 'sent', 'void', 'paid');
create table "Billing".invoices (
    id integer primary key,
    state "Billing"."invoice state" not null default 'draft',
    previous "Billing"."invoice state"
);
create table public.audit (id integer primary key, state "Billing"."invoice state");
create type public.flag_level_with_a_name_long_enough_to_clip_its_old as enum ('low', 'mid', 'high');
create table public.flags (id integer primary key, level public.flag_level_with_a_name_long_enough_to_clip_its_old default 'mid');
