-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.cents_of | hazards: -
drop function if exists "public"."cents_of"(amount money_amount);

-- step 2 | alter type public.money_amount | hazards: -
alter type public.money_amount alter attribute "cents" type bigint;

-- step 3 | drop function public.days_open | hazards: -
drop function if exists "public"."days_open"(w deal_window);

-- step 4 | drop type public.deal_window | hazards: DATA_LOSS
drop type public.deal_window;

-- step 5 | create type public.deal_window | hazards: -
create type public.deal_window as ("closes" date, "opens" date);

-- step 6 | create function public.cents_of | hazards: -
CREATE OR REPLACE FUNCTION public.cents_of(amount money_amount)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE
BEGIN ATOMIC
 SELECT (amount).cents AS cents;
END;

-- step 7 | create function public.days_open | hazards: -
CREATE OR REPLACE FUNCTION public.days_open(w deal_window)
 RETURNS integer
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$
begin
    return w.closes - w.opens;
end
$function$;
