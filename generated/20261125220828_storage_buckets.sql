-- schemadiff plan
-- format: 2
-- plan_id: 20261125220828_storage_buckets
-- created_at: 2026-11-25T22:08:28Z
-- tool_version: 0.1.0
-- target: local
-- server_version: 18 (shadow 18)
-- from_fingerprint: sha256:00ceebcef0d276845e211f317ee347b224c201b58d519e533f0b137ab0b3baff
-- to_fingerprint: sha256:5423dc42308b9eca0e2f5afc2d7bd82ec619fdd80569d296a408926a5e6199ea
-- source_digest: sha256:99d47efb04fc15fcfb31871cdcc3a890e947d504f830b1f1122db10bedfee2d5
-- statements: 2
-- checksum: sha256:e2a67c9e34e441c77484878e6b2eb4ca33ac2f20e9e3c25a843b6ceb648438d7
-- destructive: none
-- approved_destructive: none
-- end header

-- step 1 | create row storage.buckets[id=call-recordings] | hazards: - | sha256:574ed3f9d09d
insert into "storage"."buckets" ("id", "name", "public", "file_size_limit", "allowed_mime_types") values ('call-recordings'::text, 'call-recordings'::text, 'false'::boolean, null::bigint, null::text[]);

-- step 2 | create row storage.buckets[id=recordings] | hazards: - | sha256:cb88de79c8a0
insert into "storage"."buckets" ("id", "name", "public", "file_size_limit", "allowed_mime_types") values ('recordings'::text, 'recordings'::text, 'false'::boolean, '104857600'::bigint, '{audio/mpeg,audio/wav,audio/ogg,audio/webm}'::text[]);
