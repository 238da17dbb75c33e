-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename constraint public.api_keys.api_keys_prefix_uniq to api_keys_prefix_key | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."api_keys" rename constraint "api_keys_prefix_uniq" to "api_keys_prefix_key";
