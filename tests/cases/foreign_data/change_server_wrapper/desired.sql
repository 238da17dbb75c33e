create server imports foreign data wrapper file_fdw;
create user mapping for sdcase_fdw_reader server imports;
create foreign table public.daily_import (line text) server imports options (filename '/srv/imports/daily.csv', format 'csv');
