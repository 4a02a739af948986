-- Routing an online petition falls back to the People's Committee of its commune: found by kind and place,
-- not by reading all 3,423 bodies of the country.
create index body_by_place on organization.body (kind, commune_code, province_code) where active;
