package vn.danvan.democracy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.danvan.democracy.DecisionForm;
import vn.danvan.democracy.MatterCategory;
import vn.danvan.democracy.domain.DecisionRules.HamletCount;
import vn.danvan.rulebook.LegalRule;

/**
 * The rule table of "dân bàn và quyết định" (Luật THDCCS 2022 Đ.15–23; NĐ 59/2023; docs/law/rules.md A6), a test per
 * row on hand-made registers: the share counts every household of the register, "2/3" is exact, one vote short
 * fails, a meeting without quorum decides nothing, a commune-wide matter of clause 1–2 needs 2/3 of its hamlets.
 */
class DecisionRulesTests {

    static HamletCount hamlet(long id, int households, int takingPart, int agree) {
        return new HamletCount(id, "Thôn " + id, households, takingPart, agree, takingPart - agree);
    }

    static boolean passes(MatterCategory category, DecisionForm form, HamletCount... hamlets) {
        return DecisionRules.decide(category, form, List.of(hamlets)).passed();
    }

    @Test
    void clauseOneContributionsPassWithExactlyTwoThirdsOfAllHouseholdsAndFailOneVoteShort() {
        // 90 households: 2/3 is 60 exactly.
        assertThat(passes(MatterCategory.K1, DecisionForm.HOUSEHOLD_BALLOT, hamlet(1, 90, 85, 60)))
                .isTrue();
        assertThat(passes(MatterCategory.K1, DecisionForm.HOUSEHOLD_BALLOT, hamlet(1, 90, 85, 59)))
                .isFalse();
        // 100 households: 2/3 is 66.67, so 67 are needed.
        assertThat(passes(MatterCategory.K1, DecisionForm.MEETING, hamlet(1, 100, 80, 67)))
                .isTrue();
        assertThat(passes(MatterCategory.K1, DecisionForm.MEETING, hamlet(1, 100, 80, 66)))
                .isFalse();
        assertThat(MatterCategory.K1.forms())
                .containsExactlyInAnyOrder(DecisionForm.MEETING, DecisionForm.HOUSEHOLD_BALLOT);
    }

    @Test
    void clauseTwoCommunityFundsNeedTwoThirdsOfAllHouseholdsNotOfThoseWhoVoted() {
        // 60 of 60 voters agree, but the register has 91 households: 2/3 of 91 is 60.67 → 61 needed.
        assertThat(passes(MatterCategory.K2, DecisionForm.HOUSEHOLD_BALLOT, hamlet(1, 91, 60, 60)))
                .isFalse();
        assertThat(passes(MatterCategory.K2, DecisionForm.HOUSEHOLD_BALLOT, hamlet(1, 91, 61, 61)))
                .isTrue();
        // 2/3 of 90 exactly passes at a meeting too.
        assertThat(passes(MatterCategory.K2, DecisionForm.MEETING, hamlet(1, 90, 70, 60)))
                .isTrue();
        assertThat(passes(MatterCategory.K2, DecisionForm.MEETING, hamlet(1, 90, 70, 59)))
                .isFalse();
        assertThat(MatterCategory.K2.allows(DecisionForm.ONLINE)).isFalse();
    }

    @Test
    void clauseThreeCovenantsNeedMoreThanHalfAtAQuorateMeetingAndHalfExactlyIsNotEnough() {
        assertThat(passes(MatterCategory.K3, DecisionForm.MEETING, hamlet(1, 80, 60, 41)))
                .isTrue();
        assertThat(passes(MatterCategory.K3, DecisionForm.MEETING, hamlet(1, 80, 60, 40)))
                .isFalse();
        assertThat(MatterCategory.K3.forms()).containsExactly(DecisionForm.MEETING);
        assertThat(MatterCategory.K3.recogniser()).isEqualTo(MatterCategory.Recogniser.COMMUNE_COMMITTEE);
        assertThat(MatterCategory.K3.mayBeCommuneWide()).isFalse();
    }

    @Test
    void aMeetingWithoutMoreThanHalfOfTheHouseholdsPresentDecidesNothing() {
        var outcome = DecisionRules.decide(MatterCategory.K4, DecisionForm.MEETING, List.of(hamlet(1, 80, 40, 40)));
        assertThat(outcome.hamlets().getFirst().quorate()).isFalse();
        assertThat(outcome.passed()).isFalse();
        assertThat(DecisionRules.meetingQuorate(41, 80)).isTrue();
    }

    @Test
    void clauseFourHamletHeadElectionPassesWithMoreThanHalfAndIsRecognisedByTheCommuneCommittee() {
        assertThat(passes(MatterCategory.K4, DecisionForm.MEETING, hamlet(1, 201, 150, 101)))
                .isTrue();
        assertThat(passes(MatterCategory.K4, DecisionForm.MEETING, hamlet(1, 201, 150, 100)))
                .isFalse();
        assertThat(MatterCategory.K4.forms()).containsExactly(DecisionForm.MEETING);
        assertThat(MatterCategory.K4.recogniser()).isEqualTo(MatterCategory.Recogniser.COMMUNE_COMMITTEE);
    }

    @Test
    void clauseFiveBoardElectionsAreRecognisedByTheCommunesFront() {
        assertThat(passes(MatterCategory.K5, DecisionForm.MEETING, hamlet(1, 50, 30, 26)))
                .isTrue();
        assertThat(passes(MatterCategory.K5, DecisionForm.MEETING, hamlet(1, 50, 30, 25)))
                .isFalse();
        assertThat(MatterCategory.K5.recogniser()).isEqualTo(MatterCategory.Recogniser.COMMUNE_FRONT);
    }

    @Test
    void clauseSixIsTheOnlyOneVotedOnlineAndPassesWithMoreThanHalfOfAllHouseholds() {
        assertThat(passes(MatterCategory.K6, DecisionForm.ONLINE, hamlet(1, 10, 6, 6)))
                .isTrue();
        assertThat(passes(MatterCategory.K6, DecisionForm.ONLINE, hamlet(1, 10, 10, 5)))
                .isFalse();
        for (MatterCategory category : MatterCategory.values()) {
            assertThat(category.allows(DecisionForm.ONLINE)).isEqualTo(category == MatterCategory.K6);
        }
        assertThat(MatterCategory.K6.recogniser()).isEqualTo(MatterCategory.Recogniser.NONE);
    }

    @Test
    void aCommuneWideContributionPassesWhenTwoThirdsOfTheHamletsPassedEachByItsOwnTwoThirds() {
        // Three hamlets, two pass (2/3 exactly) → the commune passes.
        assertThat(passes(
                        MatterCategory.K1,
                        DecisionForm.HOUSEHOLD_BALLOT,
                        hamlet(1, 30, 25, 20),
                        hamlet(2, 30, 25, 20),
                        hamlet(3, 30, 25, 10)))
                .isTrue();
        // One of the two falls one vote short → one of three hamlets → fails, however many households agreed.
        var outcome = DecisionRules.decide(
                MatterCategory.K1,
                DecisionForm.HOUSEHOLD_BALLOT,
                List.of(hamlet(1, 30, 30, 30), hamlet(2, 30, 25, 19), hamlet(3, 30, 25, 19)));
        assertThat(outcome.hamletsPassed()).isEqualTo(1);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.agree()).isEqualTo(68);
        assertThat(outcome.households()).isEqualTo(90);
    }

    @Test
    void aCommuneWideOtherMatterPassesWithMoreThanHalfOfAllTheCommunesHouseholds() {
        assertThat(passes(MatterCategory.K6, DecisionForm.ONLINE, hamlet(1, 10, 10, 10), hamlet(2, 10, 1, 1)))
                .isTrue();
        assertThat(passes(MatterCategory.K6, DecisionForm.ONLINE, hamlet(1, 10, 10, 10), hamlet(2, 10, 0, 0)))
                .isFalse();
    }

    @Test
    void aCitizensInitiativeNeedsTenPercentOfTheHouseholds() {
        assertThat(DecisionRules.initiativeSupported(10, 100)).isTrue();
        assertThat(DecisionRules.initiativeSupported(9, 100)).isFalse();
        assertThat(DecisionRules.initiativeSupported(21, 201)).isTrue();
        assertThat(DecisionRules.initiativeSupported(20, 201)).isFalse();
    }

    @Test
    void onlineVotingNeedsMoreThanHalfOfTheHouseholdsToHaveAgreedFirst() {
        assertThat(DecisionRules.onlineAgreed(51, 100)).isTrue();
        assertThat(DecisionRules.onlineAgreed(50, 100)).isFalse();
        assertThat(DecisionRules.onlineAgreed(0, 0)).isFalse();
    }

    @Test
    void theMinutesFiguresAddUpAcrossHamletsWithTheAbsentCounted() {
        var outcome = DecisionRules.decide(
                MatterCategory.K6,
                DecisionForm.HOUSEHOLD_BALLOT,
                List.of(new HamletCount(1, "Thôn 1", 40, 30, 20, 8), new HamletCount(2, "Thôn 2", 60, 50, 35, 10)));
        assertThat(outcome.households()).isEqualTo(100);
        assertThat(outcome.takingPart()).isEqualTo(80);
        assertThat(outcome.absent()).isEqualTo(20);
        assertThat(outcome.agree()).isEqualTo(55);
        assertThat(outcome.disagree()).isEqualTo(18);
        assertThat(outcome.passed()).isTrue();
    }

    @Test
    void everyCategoryAndRuleStandsInTheRuleBookWithItsSource() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        List<LegalRule> rows = DecisionRulesConfiguration.rows(messages);
        assertThat(rows)
                .extracting(LegalRule::key)
                .containsExactly(
                        "K1",
                        "K2",
                        "K3",
                        "K4",
                        "K5",
                        "K6",
                        "INITIATIVE",
                        "ONLINE_AGREEMENT",
                        "MEETING_QUORUM",
                        "CLUSTERS",
                        "BALLOT_TEAM",
                        "SEND_AND_RECOGNISE");
        assertThat(rows).allSatisfy(row -> assertThat(row.source()).containsAnyOf("Luật THDCCS 2022", "NĐ 59/2023"));
        assertThat(rows.getFirst().source()).contains("Đ.15(1)");
        assertThat(rows.stream().filter(LegalRule::configurable).map(LegalRule::key))
                .containsExactly("MEETING_QUORUM");
    }
}
