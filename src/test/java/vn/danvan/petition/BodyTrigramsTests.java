package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTrigramsTests {

    @Test
    void eachWordGivesTheThreeLetterRunsInsideItKeyedByTheBody() {
        assertThat(PetitionQueries.bodyTrigrams(46, "thu hoi dat")).containsExactly("46:thu", "46:hoi", "46:dat");
        assertThat(PetitionQueries.bodyTrigrams(7, "duong")).containsExactly("7:duo", "7:uon", "7:ong");
    }

    @Test
    void wordsShorterThanThreeLettersGiveNoKeyAndLeaveTheMatchToTheFilter() {
        assertThat(PetitionQueries.bodyTrigrams(1, "xa so 12")).isEmpty();
    }

    @Test
    void punctuationSplitsWordsAsPgTrgmDoes() {
        assertThat(PetitionQueries.bodyTrigrams(3, "2026-6k8p")).containsExactly("3:202", "3:026", "3:6k8", "3:k8p");
    }

    @Test
    void aRepeatedRunIsAskedForOnce() {
        assertThat(PetitionQueries.bodyTrigrams(2, "dat dat")).containsExactly("2:dat");
    }
}
