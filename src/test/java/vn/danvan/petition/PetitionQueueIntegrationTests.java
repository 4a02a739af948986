package vn.danvan.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.petition.PetitionQueries.QueueFilter;
import vn.danvan.petition.domain.Petition;
import vn.danvan.petition.persistence.Petitions;

/** The queue's count: exact up to a thousand or the end of the page asked for, "more than" beyond. */
@DanvanIntegrationTest
class PetitionQueueIntegrationTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Autowired
    PetitionFixtures fixtures;

    @Autowired
    Petitions petitions;

    @Autowired
    PetitionQueries queries;

    @Test
    void aQueueOfMoreThanAThousandIsCountedToAThousandAndOneAndSaysSoWhilePagingStaysExact() {
        var setting = fixtures.setting();
        long body = setting.commune().id();
        List<Petitions.NewPetition> added = new ArrayList<>();
        for (int i = 0; i < 1_005; i++) {
            var petition = new Petition(
                    "Q-" + body + "-" + i,
                    body,
                    Channel.POST,
                    PetitionType.FEEDBACK,
                    "ENVIRONMENT",
                    Instance.FIRST,
                    PetitionerKind.INDIVIDUAL,
                    "Phản ánh số " + i,
                    "Rác thải ùn ứ",
                    MONDAY,
                    MONDAY.plusDays(10));
            petition.registered();
            added.add(new Petitions.NewPetition(petition, null, "test"));
        }
        petitions.addAll(added);

        var first = queries.queue(
                new QueueFilter(body, null, null, null, null, null, null, 0, 20), setting.communeHandler());
        assertThat(first.rows()).hasSize(20);
        assertThat(first.total()).isEqualTo(1_001);
        assertThat(first.countedUpTo()).isEqualTo(1_000);
        assertThat(first.totalCapped()).isTrue();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.pages()).isEqualTo(50);

        // The fifty-first page of twenty ends past the thousand: counted to its end, exact again.
        var last = queries.queue(
                new QueueFilter(body, null, null, null, null, null, null, 50, 20), setting.communeHandler());
        assertThat(last.rows()).hasSize(5);
        assertThat(last.total()).isEqualTo(1_005);
        assertThat(last.totalCapped()).isFalse();
        assertThat(last.hasNext()).isFalse();
        assertThat(last.pages()).isEqualTo(51);
    }

    @Test
    void aShortQueueIsCountedExactly() {
        var setting = fixtures.setting();
        long body = setting.commune().id();
        for (int i = 0; i < 3; i++) {
            var petition = new Petition(
                    "S-" + body + "-" + i,
                    body,
                    Channel.POST,
                    PetitionType.FEEDBACK,
                    "ENVIRONMENT",
                    Instance.FIRST,
                    PetitionerKind.INDIVIDUAL,
                    "Phản ánh " + i,
                    "Đèn đường hỏng",
                    MONDAY,
                    MONDAY.plusDays(10));
            petition.registered();
            petitions.add(petition, null);
        }

        var page = queries.queue(
                new QueueFilter(body, null, null, null, null, null, null, 0, 2), setting.communeHandler());
        assertThat(page.rows()).hasSize(2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalCapped()).isFalse();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.pages()).isEqualTo(2);
    }

    @Test
    void anUncountedPageKnowsWhetherAnotherFollowsWithoutCountingTheQueue() {
        var setting = fixtures.setting();
        long body = setting.commune().id();
        for (int i = 0; i < 4; i++) {
            var petition = new Petition(
                    "U-" + body + "-" + i,
                    body,
                    Channel.POST,
                    PetitionType.FEEDBACK,
                    "ENVIRONMENT",
                    Instance.FIRST,
                    PetitionerKind.INDIVIDUAL,
                    "Phản ánh " + i,
                    "Cống tắc",
                    MONDAY,
                    MONDAY.plusDays(10));
            petition.registered();
            petitions.add(petition, null);
        }

        var first = queries.queue(
                new QueueFilter(body, null, null, null, null, null, null, 0, 2),
                setting.communeHandler(),
                PetitionQueries.Counting.UNCOUNTED);
        var second = queries.queue(
                new QueueFilter(body, null, null, null, null, null, null, 1, 2),
                setting.communeHandler(),
                PetitionQueries.Counting.UNCOUNTED);

        assertThat(first.total()).isNull();
        assertThat(first.rows()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.rows()).hasSize(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.rows())
                .extracting(PetitionQueries.QueueRow::id)
                .doesNotContainAnyElementsOf(
                        first.rows().stream().map(PetitionQueries.QueueRow::id).toList());
    }

    @Test
    void aBodyAskedForIsCheckedInScopeAndItsQueueHoldsOnlyItsOwnPetitions() {
        var setting = fixtures.setting();
        long province = setting.province().id();
        long commune = setting.commune().id();
        List<Petitions.NewPetition> added = new ArrayList<>();
        for (long body : List.of(province, commune)) {
            for (int i = 0; i < 3; i++) {
                var petition = new Petition(
                        "S-" + body + "-" + i + "-" + System.nanoTime(),
                        body,
                        Channel.POST,
                        PetitionType.FEEDBACK,
                        "ENVIRONMENT",
                        Instance.FIRST,
                        PetitionerKind.INDIVIDUAL,
                        "Phản ánh số " + i,
                        "Rác thải ùn ứ",
                        MONDAY,
                        MONDAY.plusDays(10));
                petition.registered();
                added.add(new Petitions.NewPetition(petition, null, "test"));
            }
        }
        petitions.addAll(added);

        // The commune's handler reaches the commune only: the province's queue is refused, counted or not.
        for (var counting : PetitionQueries.Counting.values()) {
            assertThatThrownBy(() -> queries.queue(
                            new QueueFilter(province, null, null, null, null, null, null, 0, 20),
                            setting.communeHandler(),
                            counting))
                    .isInstanceOfSatisfying(
                            vn.danvan.shared.DomainException.class,
                            refused -> assertThat(refused.status().value()).isEqualTo(403));
        }
        // The province's handler reaches the commune too; asking for the commune gives the commune's petitions only.
        var communeQueue = queries.queue(
                new QueueFilter(commune, null, null, null, null, null, null, 0, 200),
                setting.provinceHandler(),
                PetitionQueries.Counting.UNCOUNTED);
        assertThat(communeQueue.rows())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.bodyId()).isEqualTo(commune));
    }
}
