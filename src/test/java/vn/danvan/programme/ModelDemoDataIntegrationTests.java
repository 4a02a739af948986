package vn.danvan.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.TestUnits;
import vn.danvan.organization.Body;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.organization.StaffMember;

/**
 * The demo's models and stories load through the services over a city's and two wards' bodies, once: the portal then shows two
 * recognised models of Huế (one commended and replicated) and two published stories.
 */
@DanvanIntegrationTest
class ModelDemoDataIntegrationTests {

    @Autowired
    ModelFixtures fixtures;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    ModelRegistry models;

    @Autowired
    StoryPublishing stories;

    @Autowired
    Clock clock;

    @Test
    void theDemoShowsRecognisedModelsAndStoriesAndLoadsOnce() {
        var setting = fixtures.setting();
        Body hue = setting.board();
        ModelDemoData demo = new ModelDemoData(directory, models, stories, clock);
        demo.load(hue, setting.thuanHoa(), setting.phuXuan());
        demo.load(hue, setting.thuanHoa(), setting.phuXuan());

        StaffMember head = new StaffMember(
                0,
                "lanhdao",
                "Lãnh đạo",
                hue.id(),
                EnumSet.of(Role.HEAD_OF_BODY),
                directory.bodyWithSubordinates(hue.id()),
                false,
                false);
        assertThat(models.rounds(head)).hasSize(1);
        assertThat(models.list(head, models.rounds(head).getFirst().id(), null, null))
                .hasSize(4);
        assertThat(models.recognisedModels(TestUnits.HUE, null, null, 100))
                .filteredOn(m -> directory.bodyWithSubordinates(hue.id()).contains(m.bodyId()))
                .extracting(m -> m.status().name())
                .containsExactlyInAnyOrder("REPLICATED", "RECOGNISED");
        assertThat(stories.published(null, null, null, null, 500))
                .filteredOn(s -> directory.bodyWithSubordinates(hue.id()).contains(s.bodyId()))
                .hasSize(2);
    }
}
