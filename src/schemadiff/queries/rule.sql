-- kind: rule. Rewrite rules on the managed schemas' tables and views (CREATE RULE); a view's
-- own _RETURN rule is the view, not a rule. Rules of extension-owned relations are left out.
-- definition: pg_get_ruledef(oid) enabled=<O|D|R|A>
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
)
select
    ns.nspname || '.' || c.relname || '.' || r.rulename as identity,
    pg_get_ruledef(r.oid) || ' enabled=' || r.ev_enabled::text as definition,
    ns.nspname || '.' || c.relname as parent
from pg_rewrite r
join pg_class c on c.oid = r.ev_class
join ns on ns.oid = c.relnamespace
where r.rulename <> '_RETURN'
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e'
  )
order by 1
