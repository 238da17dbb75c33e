-- The objects whose definition holds an expression the server deparses (schemadiff/fixpoint.py):
-- one row per object, (key, definition, statement):
--   key         kind:identity, stable across re-creation (oids are not)
--   definition  the deparsed text(s) a plan would write and our catalog compares
--   statement   SQL that re-creates the object from exactly that text, in place (names,
--               comments, validation, enabled state kept), built with format() / %%I / %%L
-- Run with search_path = '' so that every name in the texts is qualified.
-- %(generated)s: whether ALTER COLUMN … SET EXPRESSION exists (PostgreSQL 17+).
-- %(settled)s: the keys of the column defaults, CHECK constraints and policies found to be a
-- fixpoint already (schemadiff/fixpoint_probe.py), left out: filtered in their own branches
-- only, by a hashed NOT IN (at 3,000 tables 12,000 keys: `<> all(array)` made the planner estimate
-- the array in every branch, 0.07 s each, and compared every key with each row).
with recursive ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
settled (key) as (
    select pg_catalog.unnest(%(settled)s::text[])
),
rel as (  -- relations in scope that no extension owns
    select c.oid, c.relname, c.relkind, ns.nspname
    from pg_class c
    join ns on ns.oid = c.relnamespace
    where not exists (select from pg_depend d
                      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
),
index_tree as (  -- every index of a partitioned index's tree, with its parent index
    select i.indexrelid as root, i.indexrelid as member, 0::oid as parent, 0 as depth
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    where ic.relkind = 'I'
    union all
    select t.root, h.inhrelid, h.inhparent, t.depth + 1
    from index_tree t
    join pg_inherits h on h.inhparent = t.member
)
-- CHECK constraints of tables, and exclusion constraints (with expressions or a predicate)
-- of ordinary tables; the children's inherited copies follow their parent's
select
    'constraint:' || r.nspname || '.' || r.relname || '.' || con.conname as key,
    pg_get_constraintdef(con.oid) as definition,
    -- (two statements: Citus refuses ADD CONSTRAINT beside another subcommand)
    format('alter table %%I.%%I drop constraint %%I; alter table %%I.%%I add constraint %%I %%s',
           r.nspname, r.relname, con.conname, r.nspname, r.relname, con.conname, pg_get_constraintdef(con.oid))
    || case when obj_description(con.oid, 'pg_constraint') is not null then
           format('; comment on constraint %%I on %%I.%%I is %%L', con.conname, r.nspname, r.relname,
                  obj_description(con.oid, 'pg_constraint'))
       else '' end as statement
from pg_constraint con
join rel r on r.oid = con.conrelid
where con.coninhcount = 0
  and 'constraint:' || r.nspname || '.' || r.relname || '.' || con.conname not in (select key from settled)
  and (con.contype = 'c'
       or (con.contype = 'x' and r.relkind = 'r'
           and exists (select from pg_index i where i.indexrelid = con.conindid
                       and (i.indexprs is not null or i.indpred is not null))))
union all
-- CHECK constraints and defaults of domains
select
    'domain_constraint:' || ns.nspname || '.' || t.typname || '.' || con.conname,
    pg_get_constraintdef(con.oid),
    format('alter domain %%I.%%I drop constraint %%I; alter domain %%I.%%I add constraint %%I %%s',
           ns.nspname, t.typname, con.conname, ns.nspname, t.typname, con.conname, pg_get_constraintdef(con.oid))
    || case when obj_description(con.oid, 'pg_constraint') is not null then
           format('; comment on constraint %%I on domain %%I.%%I is %%L', con.conname, ns.nspname, t.typname,
                  obj_description(con.oid, 'pg_constraint'))
       else '' end
from pg_constraint con
join pg_type t on t.oid = con.contypid
join ns on ns.oid = t.typnamespace
where con.contype = 'c'
  and not exists (select from pg_depend d
                  where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
union all
select
    'domain_default:' || ns.nspname || '.' || t.typname,
    pg_get_expr(t.typdefaultbin, 0),
    format('alter domain %%I.%%I set default %%s', ns.nspname, t.typname, pg_get_expr(t.typdefaultbin, 0))
from pg_type t
join ns on ns.oid = t.typnamespace
where t.typtype = 'd' and t.typdefaultbin is not null
  and not exists (select from pg_depend d
                  where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
union all
-- column defaults (each table on its own: ONLY), and generation expressions of columns not
-- inherited (SET EXPRESSION recurses to the children), PostgreSQL 17+ only; a default names no
-- column, so it is printed without its table (relid 0: pg_get_expr does not open it), as column.sql
select
    'column:' || r.nspname || '.' || r.relname || '.' || a.attname,
    pg_get_expr(ad.adbin, case when a.attgenerated = '' then 0 else ad.adrelid end),
    case when a.attgenerated = '' then
        format('alter table only %%I.%%I alter column %%I set default %%s',
               r.nspname, r.relname, a.attname, pg_get_expr(ad.adbin, case when a.attgenerated = '' then 0 else ad.adrelid end))
    else
        format('alter table %%I.%%I alter column %%I set expression as (%%s)',
               r.nspname, r.relname, a.attname, pg_get_expr(ad.adbin, case when a.attgenerated = '' then 0 else ad.adrelid end))
    end
from pg_attrdef ad
join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
join rel r on r.oid = ad.adrelid
where r.relkind in ('r', 'p', 'f')
  and not a.attisdropped
  and (a.attgenerated = '' or (%(generated)s and a.attinhcount = 0))
  and 'column:' || r.nspname || '.' || r.relname || '.' || a.attname not in (select key from settled)
union all
-- indexes with expressions or a predicate that are not a constraint's (those are above):
-- drop + create; a partitioned index with its whole tree (names kept, partitions attached)
select
    'index:' || r.nspname || '.' || ic.relname,
    pg_get_indexdef(i.indexrelid),
    format('drop index %%I.%%I; ', r.nspname, ic.relname)
    || case when ic.relkind = 'I' then (
           select string_agg(
                      pg_get_indexdef(t.member)
                      || coalesce((select format('; alter index %%I.%%I attach partition %%I.%%I',
                                                 pn.nspname, p.relname, mn.nspname, m.relname)
                                   from pg_class p join pg_namespace pn on pn.oid = p.relnamespace,
                                        pg_class m join pg_namespace mn on mn.oid = m.relnamespace
                                   where p.oid = t.parent and m.oid = t.member), '')
                      || coalesce((select format('; comment on index %%I.%%I is %%L', mn.nspname, m.relname,
                                                 obj_description(m.oid, 'pg_class'))
                                   from pg_class m join pg_namespace mn on mn.oid = m.relnamespace
                                   where m.oid = t.member and obj_description(m.oid, 'pg_class') is not null), ''),
                      '; ' order by t.depth, t.member)
           from index_tree t where t.root = i.indexrelid)
       else pg_get_indexdef(i.indexrelid)
            || case when obj_description(ic.oid, 'pg_class') is not null then
                   format('; comment on index %%I.%%I is %%L', r.nspname, ic.relname, obj_description(ic.oid, 'pg_class'))
               else '' end
       end
    || case when i.indisclustered then format('; alter table %%I.%%I cluster on %%I', r.nspname, r.relname, ic.relname)
       else '' end
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join rel r on r.oid = i.indrelid
where (i.indexprs is not null or i.indpred is not null)
  and not exists (select from pg_constraint con where con.conindid = i.indexrelid and con.contype in ('p', 'u', 'x'))
  and not exists (select from pg_inherits h where h.inhrelid = i.indexrelid)
  and not exists (select from pg_depend d
                  where d.classid = 'pg_class'::regclass and d.objid = ic.oid and d.deptype = 'e')
union all
-- policies: ALTER POLICY with the same expressions
select
    'policy:' || r.nspname || '.' || r.relname || '.' || pol.polname,
    coalesce('using (' || pg_get_expr(pol.polqual, pol.polrelid) || ')', '')
    || coalesce(' with check (' || pg_get_expr(pol.polwithcheck, pol.polrelid) || ')', ''),
    format('alter policy %%I on %%I.%%I', pol.polname, r.nspname, r.relname)
    || coalesce(' using (' || pg_get_expr(pol.polqual, pol.polrelid) || ')', '')
    || coalesce(' with check (' || pg_get_expr(pol.polwithcheck, pol.polrelid) || ')', '')
from pg_policy pol
join rel r on r.oid = pol.polrelid
where (pol.polqual is not null or pol.polwithcheck is not null)
  and 'policy:' || r.nspname || '.' || r.relname || '.' || pol.polname not in (select key from settled)
union all
-- views: CREATE OR REPLACE with the same options (both renderings are compared: migra
-- writes pg_get_viewdef(oid), our catalog reads pg_get_viewdef(oid, true))
select
    'view:' || r.nspname || '.' || r.relname,
    pg_get_viewdef(r.oid) || E'\n' || pg_get_viewdef(r.oid, true),
    format('create or replace view %%I.%%I', r.nspname, r.relname)
    || coalesce((select ' with (' || string_agg(o, ', ') || ')' from unnest(c.reloptions) o), '')
    || ' as ' || rtrim(pg_get_viewdef(r.oid), ';')
from rel r
join pg_class c on c.oid = r.oid
where r.relkind = 'v'
union all
-- triggers with a WHEN condition (clones on partitions follow their parent's): CREATE OR
-- REPLACE keeps the trigger; a constraint trigger (no OR REPLACE) is dropped and created
select
    'trigger:' || r.nspname || '.' || r.relname || '.' || tg.tgname,
    pg_get_triggerdef(tg.oid) || E'\n' || pg_get_triggerdef(tg.oid, true),
    case when tg.tgconstraint = 0 then
        regexp_replace(pg_get_triggerdef(tg.oid), '^CREATE TRIGGER', 'CREATE OR REPLACE TRIGGER')
    else
        format('drop trigger %%I on %%I.%%I; ', tg.tgname, r.nspname, r.relname) || pg_get_triggerdef(tg.oid)
    end
    || case tg.tgenabled
       when 'D' then format('; alter table %%I.%%I disable trigger %%I', r.nspname, r.relname, tg.tgname)
       when 'R' then format('; alter table %%I.%%I enable replica trigger %%I', r.nspname, r.relname, tg.tgname)
       when 'A' then format('; alter table %%I.%%I enable always trigger %%I', r.nspname, r.relname, tg.tgname)
       else '' end
    || case when obj_description(tg.oid, 'pg_trigger') is not null then
           format('; comment on trigger %%I on %%I.%%I is %%L', tg.tgname, r.nspname, r.relname,
                  obj_description(tg.oid, 'pg_trigger'))
       else '' end
from pg_trigger tg
join rel r on r.oid = tg.tgrelid
where tg.tgqual is not null
  and not tg.tgisinternal
  and tg.tgparentid = 0
union all
-- rules (CREATE RULE; not a view's _RETURN): CREATE OR REPLACE from the pretty text the rules
-- family writes (keeps the rule, its enabled state and its comment)
select
    'rule:' || r.nspname || '.' || r.relname || '.' || rw.rulename,
    pg_get_ruledef(rw.oid) || E'\n' || pg_get_ruledef(rw.oid, true),
    regexp_replace(rtrim(pg_get_ruledef(rw.oid, true), ';'), '^CREATE RULE', 'CREATE OR REPLACE RULE')
from pg_rewrite rw
join rel r on r.oid = rw.ev_class
where rw.rulename <> '_RETURN'
union all
-- functions and procedures with a SQL-standard body or argument defaults: CREATE OR REPLACE
select
    'function:' || ns.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')',
    pg_get_functiondef(p.oid),
    pg_get_functiondef(p.oid)
from pg_proc p
join ns on ns.oid = p.pronamespace
where p.prokind in ('f', 'p')
  and (p.prosqlbody is not null or p.pronargdefaults > 0)
  and not exists (select from pg_depend d
                  where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype in ('e', 'i'))
