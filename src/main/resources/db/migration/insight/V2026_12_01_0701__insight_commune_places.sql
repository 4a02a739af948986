create schema if not exists insight;

-- Where each commune is, from the GeoJSON the operator imports (/admin/commune-places): its centroid, and its
-- boundary (the polygons' rings as GeoJSON coordinates) when the file gave one. Without a row here a commune is
-- placed at the mean of its cases' points.
create table insight.commune_place (
    commune_code text primary key,
    latitude     double precision not null check (latitude between -90 and 90),
    longitude    double precision not null check (longitude between -180 and 180),
    boundary     jsonb,
    imported_at  timestamptz not null default now(),
    imported_by  text        not null
);
