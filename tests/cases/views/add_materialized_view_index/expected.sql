-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.department_payroll_department_idx | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY department_payroll_department_idx ON public.department_payroll USING btree (department);
