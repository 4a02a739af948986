-- An online vote is its own audit record (docs/security.md, "Community votes"): which citizen account cast it (the
-- representative or the household's delegate), and how many times it was changed before the close; voted_at is the
-- time of the last change. Paper ballots keep none: the ballot team's entry is audited.
alter table democracy.matter_vote add column cast_by bigint;
alter table democracy.matter_vote add column changes int not null default 0;
