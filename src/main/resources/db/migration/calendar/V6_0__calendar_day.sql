-- calendar: the national holiday calendar as data. A declared day is a holiday rest day (HOLIDAY) or a 调休 make-up
-- workday (MAKE_UP_WORKDAY); any other Saturday or Sunday is a rest day, any other weekday a working day.
CREATE TABLE calendar_day (
  day      DATE PRIMARY KEY,
  kind     VARCHAR(20) NOT NULL CHECK (kind IN ('HOLIDAY', 'MAKE_UP_WORKDAY')),
  name     VARCHAR(40) NOT NULL,
  year     INT NOT NULL CHECK (year = EXTRACT(YEAR FROM day)),
  version  BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX calendar_day_year_ix ON calendar_day (year);

-- 2025: 国务院办公厅 国办发明电〔2024〕12号.  2026: 国务院办公厅 notice of 2025-11-04 (docs/legal-facts.md §11).
INSERT INTO calendar_day (day, kind, name, year)
SELECT d::date, 'HOLIDAY', h.name, EXTRACT(YEAR FROM d)::int
FROM (VALUES
  ('元旦', DATE '2025-01-01', DATE '2025-01-01'),
  ('春节', DATE '2025-01-28', DATE '2025-02-04'),
  ('清明节', DATE '2025-04-04', DATE '2025-04-06'),
  ('劳动节', DATE '2025-05-01', DATE '2025-05-05'),
  ('端午节', DATE '2025-05-31', DATE '2025-06-02'),
  ('国庆节、中秋节', DATE '2025-10-01', DATE '2025-10-08'),
  ('元旦', DATE '2026-01-01', DATE '2026-01-03'),
  ('春节', DATE '2026-02-15', DATE '2026-02-23'),
  ('清明节', DATE '2026-04-04', DATE '2026-04-06'),
  ('劳动节', DATE '2026-05-01', DATE '2026-05-05'),
  ('端午节', DATE '2026-06-19', DATE '2026-06-21'),
  ('中秋节', DATE '2026-09-25', DATE '2026-09-27'),
  ('国庆节', DATE '2026-10-01', DATE '2026-10-07')
) AS h (name, first_day, last_day),
LATERAL generate_series(h.first_day, h.last_day, INTERVAL '1 day') AS d;

INSERT INTO calendar_day (day, kind, name, year)
SELECT w.day, 'MAKE_UP_WORKDAY', w.name, EXTRACT(YEAR FROM w.day)::int
FROM (VALUES
  (DATE '2025-01-26', '春节'), (DATE '2025-02-08', '春节'), (DATE '2025-04-27', '劳动节'),
  (DATE '2025-09-28', '国庆节、中秋节'), (DATE '2025-10-11', '国庆节、中秋节'),
  (DATE '2026-01-04', '元旦'), (DATE '2026-02-14', '春节'), (DATE '2026-02-28', '春节'), (DATE '2026-05-09', '劳动节'),
  (DATE '2026-09-20', '国庆节'), (DATE '2026-10-10', '国庆节')
) AS w (day, name);
