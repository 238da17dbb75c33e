-- schemadiff:renamed-from notification_prefs
create table public.notification_settings (
    id integer primary key,
    -- schemadiff:renamed-from email_on
    email_enabled boolean not null default true
);
create index notification_prefs_email_idx on public.notification_settings (email_enabled);
