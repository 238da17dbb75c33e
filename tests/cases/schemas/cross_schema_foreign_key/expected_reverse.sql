-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint crm.contacts.contacts_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "crm"."contacts" drop constraint "contacts_company_id_fkey";
