-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint crm.contacts.contacts_company_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "crm"."contacts" add constraint "contacts_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint crm.contacts.contacts_company_id_fkey | hazards: LONG_VALIDATION
alter table "crm"."contacts" validate constraint "contacts_company_id_fkey";
