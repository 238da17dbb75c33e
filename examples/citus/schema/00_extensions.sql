-- Extensions used by the product schema.

-- Citus: distributes the tables over the cluster's workers (first: the tables below are
-- distributed as they are created). Creating it needs a superuser; on a target it is already
-- there (the workers are registered in the database's Citus metadata).
create extension if not exists citus;

-- pgvector: embeddings of knowledge base chunks (knowledge_chunks.embedding). Citus creates
-- it on the workers too.
create extension if not exists vector with schema public;
