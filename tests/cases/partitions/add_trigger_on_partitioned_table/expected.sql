-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create trigger public.measurements.measurements_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER measurements_touch BEFORE INSERT ON public.measurements FOR EACH ROW EXECUTE FUNCTION touch();
