-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.notification_settings.notification_prefs_email_on_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.notification_settings rename constraint "notification_settings_email_enabled_not_null" to "notification_prefs_email_on_not_null";

-- step 2 | alter constraint public.notification_settings.notification_prefs_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.notification_settings rename constraint "notification_settings_id_not_null" to "notification_prefs_id_not_null";

-- step 3 | rename table public.notification_settings to notification_prefs | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_settings" rename to "notification_prefs";

-- step 4 | rename column public.notification_prefs.email_enabled to email_on | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_prefs" rename column "email_enabled" to "email_on";

-- step 5 | rename constraint public.notification_prefs.notification_settings_pkey to notification_prefs_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_prefs" rename constraint "notification_settings_pkey" to "notification_prefs_pkey";
