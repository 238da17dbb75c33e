create function public.add_tax(amount numeric, rate numeric default 0.2)
returns numeric
language sql
immutable
as $$ select amount * (1 + rate) $$;
