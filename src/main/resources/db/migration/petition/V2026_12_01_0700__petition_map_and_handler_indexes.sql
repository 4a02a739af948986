-- The map's grid (PetitionFigures.cells) reads cases with a point from this index alone; a handler's home page
-- reads their open cases, most urgent first, from the second.
create index if not exists petition_point_idx on petition.petition (latitude, longitude)
    include (body_id, petition_type, field_code, state, commune_code, current_due)
    where latitude is not null;
create index if not exists petition_handler_due_idx on petition.petition (handler_id, current_due)
    where current_due is not null;
