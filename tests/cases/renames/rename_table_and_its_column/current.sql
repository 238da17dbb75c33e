-- schemadiff:renamed-from notification_settings
create table public.notification_prefs (
    id integer primary key,
    -- schemadiff:renamed-from email_enabled
    email_on boolean not null default true
);
create index notification_prefs_email_idx on public.notification_prefs (email_on);
