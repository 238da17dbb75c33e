create schema app;
create domain app.short_text as varchar(80) not null default '';
