-- Extensions used by the product schema.

-- pgvector: embeddings of knowledge base chunks (knowledge_chunks.embedding).
create extension if not exists vector with schema public;
