create table public.plans (
    id integer primary key,
    grace interval day not null,
    slot interval hour to minute not null,
    ratio numeric(5,2) not null,
    enabled boolean not null,
    weight real not null,
    floor_value integer not null,
    constraint plans_grace_check check (grace between '1 day'::interval day and interval '30' day),
    constraint plans_slot_check check (slot < interval '2' hour),
    constraint plans_ratio_check check (ratio >= -1.5 and ratio <= 99.99),
    constraint plans_enabled_check check (enabled is not false or floor_value <> -1),
    constraint plans_weight_check check (weight < 1e6)
);
