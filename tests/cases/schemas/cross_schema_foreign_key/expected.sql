-- step 1 | create constraint crm.contacts.contacts_company_id_fkey | hazards: -
alter table "crm"."contacts" add constraint "contacts_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 2 | alter constraint crm.contacts.contacts_company_id_fkey | hazards: -
alter table "crm"."contacts" validate constraint "contacts_company_id_fkey";
