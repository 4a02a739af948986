package vn.danvan.programme.domain;

/** A criterion of a round's council, with its weight and its highest score. */
public record ModelCriterion(long id, long roundId, int position, String name, int weight, int maxScore) {}
