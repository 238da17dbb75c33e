create foreign data wrapper audit_fdw options (debug 'true');
