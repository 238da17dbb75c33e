-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.bookings | hazards: -
create table "public"."bookings" (
    "id" integer not null,
    "room" integer not null,
    "during" daterange not null
);

-- step 2 | create table public.rooms | hazards: -
create table "public"."rooms" (
    "id" integer not null,
    "valid_at" daterange not null
);

-- step 3 | create constraint public.bookings.bookings_pkey | hazards: -
alter table "public"."bookings" add constraint "bookings_pkey" PRIMARY KEY (id, during WITHOUT OVERLAPS);

-- step 4 | create constraint public.rooms.rooms_pkey | hazards: -
alter table "public"."rooms" add constraint "rooms_pkey" PRIMARY KEY (id, valid_at WITHOUT OVERLAPS);

-- step 5 | create constraint public.bookings.bookings_room_fkey | hazards: -
alter table "public"."bookings" add constraint "bookings_room_fkey" FOREIGN KEY (room, PERIOD during) REFERENCES rooms(id, PERIOD valid_at) not valid;

-- step 6 | alter constraint public.bookings.bookings_room_fkey | hazards: -
alter table "public"."bookings" validate constraint "bookings_room_fkey";
