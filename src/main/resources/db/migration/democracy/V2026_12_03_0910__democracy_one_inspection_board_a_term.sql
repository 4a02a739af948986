-- A commune has one Ban Thanh tra nhân dân for a term (Luật THDCCS 2022 Đ.36–37: elected from the hamlets for the
-- hamlet heads' term, directed by the commune's Front committee): two boards of one Front committee whose terms
-- overlap are refused by the database itself, whatever two officers submit at once.
create extension if not exists btree_gist;
alter table democracy.board
    add constraint board_one_inspection_a_term
    exclude using gist (front_body_id with =, daterange(term_from, term_to, '[]') with &&)
    where (kind = 'PEOPLES_INSPECTION');
