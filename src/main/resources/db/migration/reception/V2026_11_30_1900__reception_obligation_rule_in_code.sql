-- The frequency rules (docs/law/rules.md A2) now live in code, in the rule table ReceptionFrequency, with their
-- effective dates and sources, and appear in the rule book. Nothing reads this table any more and no key refers to it.
drop table reception.obligation_rule;
