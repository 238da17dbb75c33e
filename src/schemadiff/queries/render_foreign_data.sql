-- (psycopg parameters: literal percent signs are doubled.) Names come raw, as arrays of their
-- parts: the family quotes them (schemadiff.quoting).
-- Foreign data wrappers, servers, user mappings and foreign tables, for the foreign data
-- family (diff/foreign_data.py), scoped as their catalog kinds (foreign_data_wrapper.sql, …).
-- Options come in their stored order as 'name=value'; an option whose name says it holds a
-- secret (password, secret, token, key, credential) is never read: only its name is listed,
-- in `secrets`, so that plan can say that it is not carried (docs/foreign-data.md). Also the
-- rows of `schemadiff dump` (its dump nodes are made of the oids).
with ns as (
    /* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */
),
wrapper as (
    select w.*, exists (select from pg_depend d where d.classid = 'pg_foreign_data_wrapper'::regclass
                        and d.objid = w.oid and d.deptype = 'e') as in_extension
    from pg_foreign_data_wrapper w
    where not exists (
        select from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.oid in (w.fdwhandler, w.fdwvalidator)
          and n.nspname <> 'pg_catalog' and n.oid not in (select ns.oid from ns)
    )
),
server as (
    select s.*, w.fdwname
    from pg_foreign_server s join wrapper w on w.oid = s.srvfdw
    where not exists (select from pg_depend d where d.classid = 'pg_foreign_server'::regclass
                      and d.objid = s.oid and d.deptype = 'e')
),
func as (
    select p.oid, jsonb_build_array(n.nspname::text, p.proname::text) as name
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
)
select 'wrapper' as object, w.oid, w.fdwname::text as name, jsonb_build_array(w.fdwname::text) as parts,
       jsonb_build_object('handler', h.name, 'validator', v.name) as facts,
       array(select o from unnest(w.fdwoptions) o where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)') as options,
       array(select split_part(o, '=', 1) from unnest(w.fdwoptions) o where split_part(o, '=', 1) ~* '(password|passwd|secret|token|key|credential)') as secrets
from wrapper w
left join func h on h.oid = w.fdwhandler
left join func v on v.oid = w.fdwvalidator
where not w.in_extension
union all
select 'server', s.oid, s.srvname::text, jsonb_build_array(s.srvname::text),
       jsonb_build_object('wrapper', s.fdwname::text, 'type', s.srvtype, 'version', s.srvversion),
       array(select o from unnest(s.srvoptions) o where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'),
       array(select split_part(o, '=', 1) from unnest(s.srvoptions) o where split_part(o, '=', 1) ~* '(password|passwd|secret|token|key|credential)')
from server s
union all
select 'mapping', m.umid, m.usename::text || '@' || s.srvname,
       jsonb_build_array(m.usename::text, s.srvname::text),
       jsonb_build_object('server', s.srvname::text, 'hidden', m.hidden),
       array(select o from unnest(m.umoptions) o where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'),
       array(select split_part(o, '=', 1) from unnest(m.umoptions) o where split_part(o, '=', 1) ~* '(password|passwd|secret|token|key|credential)')
-- the table, or the view hiding the options (`hidden`): schemadiff/user_mappings.py
from (select v.umid, v.srvid, v.umuser, v.usename::text as usename, v.umoptions,
        v.umoptions is null and not (
            coalesce((select r.rolsuper from pg_catalog.pg_roles r where r.rolname = current_user), false)
            or (v.umuser = 0 and pg_catalog.pg_has_role(vs.srvowner, 'USAGE'))
            or (v.umuser = (select r.oid from pg_catalog.pg_roles r where r.rolname = current_user)
                and (pg_catalog.pg_has_role(vs.srvowner, 'USAGE') or pg_catalog.has_server_privilege(vs.oid, 'USAGE')))
        ) as hidden
     from pg_catalog.pg_user_mappings v join pg_catalog.pg_foreign_server vs on vs.oid = v.srvid) m
join server s on s.oid = m.srvid
union all
select 'table', c.oid, ns.nspname || '.' || c.relname, jsonb_build_array(ns.nspname::text, c.relname::text),
       jsonb_build_object(
           'server', fs.srvname::text,
           'partition_or_child', c.relispartition or exists (select from pg_inherits i where i.inhrelid = c.oid),
           'columns', coalesce((
               select jsonb_agg(jsonb_build_object(
                          'name', a.attname::text,
                          'type', format_type(a.atttypid, a.atttypmod),
                          'collation', case when a.attcollation <> t.typcollation
                                           then jsonb_build_array(cn.nspname::text, co.collname::text) end,
                          'not_null', a.attnotnull,
                          'default', case when a.attgenerated = '' then pg_get_expr(ad.adbin, ad.adrelid) end,
                          'generated', case when a.attgenerated = 's' then pg_get_expr(ad.adbin, ad.adrelid) end,
                          'options', array(select o from unnest(a.attfdwoptions) o
                                           where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'),
                          'secrets', array(select split_part(o, '=', 1) from unnest(a.attfdwoptions) o
                                           where split_part(o, '=', 1) ~* '(password|passwd|secret|token|key|credential)'))
                      order by a.attnum)
               from pg_attribute a
               join pg_type t on t.oid = a.atttypid
               left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
               left join pg_collation co on co.oid = a.attcollation
               left join pg_namespace cn on cn.oid = co.collnamespace
               where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '[]'::jsonb)),
       array(select o from unnest(ft.ftoptions) o where split_part(o, '=', 1) !~* '(password|passwd|secret|token|key|credential)'),
       array(select split_part(o, '=', 1) from unnest(ft.ftoptions) o where split_part(o, '=', 1) ~* '(password|passwd|secret|token|key|credential)')
from pg_class c
join ns on ns.oid = c.relnamespace
join pg_foreign_table ft on ft.ftrelid = c.oid
join pg_foreign_server fs on fs.oid = ft.ftserver
where c.relkind = 'f'
  and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
order by 1, 3
