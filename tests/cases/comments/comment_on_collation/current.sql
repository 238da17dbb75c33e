create collation public.bytewise from "C";
