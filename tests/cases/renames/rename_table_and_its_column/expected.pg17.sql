-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename table public.notification_prefs to notification_settings | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_prefs" rename to "notification_settings";

-- step 2 | rename column public.notification_settings.email_on to email_enabled | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_settings" rename column "email_on" to "email_enabled";

-- step 3 | rename constraint public.notification_settings.notification_prefs_pkey to notification_settings_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_settings" rename constraint "notification_prefs_pkey" to "notification_settings_pkey";
