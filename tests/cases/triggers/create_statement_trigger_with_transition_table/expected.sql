-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.count_new | hazards: -
CREATE OR REPLACE FUNCTION public.count_new()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    perform count(*) from new_rows;
    return null;
end
$function$;

-- step 3 | create trigger public.posts.posts_count_new | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER posts_count_new AFTER INSERT ON public.posts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_new();
