create foreign data wrapper audit_fdw handler postgres_fdw_handler validator postgres_fdw_validator;
create foreign data wrapper "Mock wrapper" options (mode 'test');
create server mocked foreign data wrapper "Mock wrapper";
