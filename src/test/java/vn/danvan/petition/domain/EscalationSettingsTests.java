package vn.danvan.petition.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.danvan.petition.domain.EscalationSettings.Recipient;
import vn.danvan.petition.domain.EscalationSettings.Step;

class EscalationSettingsTests {

    @Test
    void withoutConfigurationTheLadderTellsTheHandlerAndHeadThenTheHeadThenTheSuperiorsInspectorate() {
        assertThat(new EscalationSettings(null).ladder())
                .extracting(Step::afterWorkingDays)
                .containsExactly(0, 3, 10);
        assertThat(new EscalationSettings(List.of()).ladder().getLast().tell())
                .containsExactly(Recipient.SUPERIOR_INSPECTORATE);
    }

    @Test
    void configuredStepsAreClimbedInTheOrderOfTheirWorkingDays() {
        var settings = new EscalationSettings(List.of(
                new Step(5, Set.of(Recipient.SUPERIOR_INSPECTORATE)), new Step(1, Set.of(Recipient.HEAD_OF_BODY))));
        assertThat(settings.ladder()).extracting(Step::afterWorkingDays).containsExactly(1, 5);
    }
}
