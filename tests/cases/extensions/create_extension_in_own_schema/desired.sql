create schema extensions;
create extension if not exists citext with schema extensions;
