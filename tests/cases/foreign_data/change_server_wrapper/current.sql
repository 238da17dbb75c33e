create server imports foreign data wrapper postgres_fdw options (host 'files.internal', dbname 'imports');
create user mapping for sdcase_fdw_reader server imports options (user 'reader');
create foreign table public.daily_import (line text) server imports options (table_name 'daily');
