package vn.danvan.democracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.democracy.RatingCommands.OpenRound;
import vn.danvan.democracy.RatingCommands.Rate;
import vn.danvan.democracy.domain.RatingRound;
import vn.danvan.shared.DomainException;

/**
 * The citizens' yearly rating (Luật THDCCS 2022 Đ.34(1)): one sheet per citizen per commune and year, also when the
 * same citizen sends 20 at once; the results are published once the round closes.
 */
@DanvanIntegrationTest
class RatingIntegrationTests {

    @Autowired
    DemocracyFixtures fixtures;

    @Autowired
    RatingRounds ratings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** Each test its own commune code: a round is unique per commune and year. */
    String commune(DemocracyFixtures.Setting setting) {
        String code = String.valueOf(10000 + ThreadLocalRandom.current().nextInt(80000));
        jdbc.sql("update organization.body set commune_code = ? where id = ?")
                .param(code)
                .param(setting.silent().id())
                .update();
        return code;
    }

    long openRound(DemocracyFixtures.Setting setting, LocalDate today) {
        return ratings.open(
                new OpenRound(setting.silent().id(), today.getYear(), today.withDayOfYear(1), today),
                setting.provinceHead());
    }

    @Test
    void aCitizenWhoRatedTheCommuneThisYearIsRefusedASecondTime() {
        var setting = fixtures.setting();
        String commune = commune(setting);
        LocalDate today = LocalDate.now(clock);
        openRound(setting, today);
        long citizen = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        ratings.rate(commune, new Rate(List.of(5, 4, 4, 3, 5), null, "Cán bộ nhiệt tình."), citizen, today);
        assertThatThrownBy(() -> ratings.rate(commune, new Rate(List.of(1, 1, 1, 1, 1), null, null), citizen, today))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("oversight.rating-twice");
                    assertThat(e.arguments()).containsExactly(String.valueOf(today.getYear()));
                });
        assertThatThrownBy(() -> ratings.rate(commune, new Rate(List.of(5, 4), null, null), citizen + 1, today))
                .hasMessage("oversight.rating-scores");
        assertThatThrownBy(() -> ratings.open(
                        new OpenRound(setting.silent().id(), today.getYear(), today.withDayOfYear(1), today),
                        setting.provinceHead()))
                .hasMessage("oversight.rating-round-exists");
        RatingRound round = ratings.round(commune, today.getYear()).orElseThrow();
        assertThat(ratings.result(round).sheets()).isEqualTo(1);
        assertThat(ratings.result(round).lines().getFirst().mean()).isEqualTo(5.0);
        // The sheet keeps no account id in clear.
        assertThat(jdbc.sql(
                                "select count(*) from democracy.rating_sheet where round_id = ? and position(convert_to(?, 'UTF8') in citizen_digest) > 0")
                        .param(round.id())
                        .param(String.valueOf(citizen))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void twentySimultaneousSheetsOfOneCitizenMakeOneRating() throws Exception {
        var setting = fixtures.setting();
        String commune = commune(setting);
        LocalDate today = LocalDate.now(clock);
        long round = openRound(setting, today);
        long citizen = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Boolean>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sends.add(() -> {
                try {
                    ratings.rate(commune, new Rate(List.of(4, 4, 4, 4, 4), null, null), citizen, today);
                    return true;
                } catch (DomainException refused) {
                    assertThat(refused.code()).isEqualTo("oversight.rating-twice");
                    return false;
                }
            });
        }
        int taken = 0;
        for (Future<Boolean> result : pool.invokeAll(sends)) {
            taken += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from democracy.rating_sheet where round_id = ?")
                        .param(round)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theResultsArePublishedOnceTheRoundHasClosed() {
        var setting = fixtures.setting();
        String commune = commune(setting);
        LocalDate today = LocalDate.now(clock);
        openRound(setting, today);
        ratings.rate(commune, new Rate(List.of(2, 3, 4, 5, 5), null, null), 42L, today);
        assertThat(ratings.published(commune)).isEmpty();
        ratings.publishClosed(today);
        assertThat(ratings.published(commune)).isEmpty();
        ratings.publishClosed(today.plusDays(1));
        assertThat(ratings.published(commune))
                .singleElement()
                .satisfies(r -> assertThat(r.publishedOn()).isEqualTo(today.plusDays(1)));
        assertThatThrownBy(() ->
                        ratings.rate(commune, new Rate(List.of(2, 3, 4, 5, 5), null, null), 43L, today.plusDays(1)))
                .hasMessage("oversight.rating-closed");
    }
}
