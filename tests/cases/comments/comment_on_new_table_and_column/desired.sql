create table public.widgets (id integer primary key, label text);
comment on table public.widgets is 'Widgets.';
comment on column public.widgets.label is 'Shown in the UI.';
