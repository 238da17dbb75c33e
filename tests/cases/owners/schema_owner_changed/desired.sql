create schema billing;
alter schema billing owner to sdcase_owner_b;
create schema audit authorization sdcase_owner_a;
