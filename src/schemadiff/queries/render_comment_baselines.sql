-- The comment an object gets when it is created, where that is not "none": an extension
-- takes the comment of its control file (CREATE EXTENSION sets it). Read on the target, whose
-- server will run the CREATE. Used by the comments family, so that creating an extension
-- does not plan COMMENT ON for the comment it gets anyway.
select 'extension' as object_type,
       format('%%I', a.name) as quoted_identity,
       a.comment as description
from pg_available_extensions a
where a.comment is not null
  and %(include)s::text[] is not null  -- (every render query takes the same parameters)
