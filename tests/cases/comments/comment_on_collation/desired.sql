create collation public.bytewise from "C";
comment on collation public.bytewise is 'Byte order, for codes.';
