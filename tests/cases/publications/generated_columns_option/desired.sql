create table public.prices (id int primary key, net numeric, gross numeric generated always as (net * 1.2) stored);
create publication prices_feed for table public.prices with (publish_generated_columns = stored);
