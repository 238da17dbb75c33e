-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename table public.notification_settings to notification_prefs | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_settings" rename to "notification_prefs";

-- step 2 | rename column public.notification_prefs.email_enabled to email_on | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_prefs" rename column "email_enabled" to "email_on";

-- step 3 | rename constraint public.notification_prefs.notification_settings_pkey to notification_prefs_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_prefs" rename constraint "notification_settings_pkey" to "notification_prefs_pkey";
