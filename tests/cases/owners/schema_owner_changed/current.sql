create schema billing;
alter schema billing owner to sdcase_owner_a;
