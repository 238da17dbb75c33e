-- A dictionary re-created (another template) in the plan that also changes another object's
-- comment: the dictionary's unchanged comment must be set again all the same.
create table public.docs (id integer primary key, body text not null);
comment on table public.docs is 'Documents.';

create text search dictionary public.tags (template = simple, accept = false);
comment on text search dictionary public.tags is 'Tags, never stemmed.';
