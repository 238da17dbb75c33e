-- A dictionary re-created (another template) in the plan that also changes another object's
-- comment: the dictionary's unchanged comment must be set again all the same.
create table public.docs (id integer primary key, body text not null);
comment on table public.docs is 'Documents, searched by their tags.';

create text search dictionary public.tags (template = snowball, language = english);
comment on text search dictionary public.tags is 'Tags, never stemmed.';
