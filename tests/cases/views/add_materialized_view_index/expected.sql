-- step 1 | create index public.department_payroll_department_idx | hazards: INDEX_BUILD
CREATE UNIQUE INDEX department_payroll_department_idx ON public.department_payroll USING btree (department);
