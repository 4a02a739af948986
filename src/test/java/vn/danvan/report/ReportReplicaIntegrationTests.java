package vn.danvan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.DanvanIntegrationTest;
import vn.danvan.StreamingStandby;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.petition.PetitionQueries;
import vn.danvan.petition.PetitionType;
import vn.danvan.report.domain.ReportScope;
import vn.danvan.report.persistence.ReportDatabase;
import vn.danvan.report.persistence.ReportDatabaseSettings;

/**
 * Reports read a read replica when one is configured: here a real streaming standby of the test's database.
 * With its replay paused, a petition just received on the primary is not yet in a report read from the
 * replica; once replayed it is. A replica that cannot be reached leaves reports to the primary.
 */
@DanvanIntegrationTest
class ReportReplicaIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2026, 10, 5);

    static StreamingStandby standby;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportFixtures fixtures;

    @Autowired
    ReportScope scope;

    @Autowired
    PetitionQueries petitions;

    @Autowired
    OrganizationDirectory organization;

    @Autowired
    PetitionHandlingReports fromThePrimary;

    @Autowired
    Clock clock;

    ReportFixtures.Setting setting;

    @BeforeEach
    void aStandbyOfTheDatabase() throws Exception {
        if (standby == null) {
            standby = StreamingStandby.of(dataSource);
        }
        setting = fixtures.setting();
    }

    @AfterAll
    static void stopTheStandby() throws Exception {
        if (standby != null) {
            standby.close();
            standby = null;
        }
    }

    @Test
    void aReportReadFromTheReplicaShowsWhatTheReplicaHasReplayed() {
        try (var replica = new ReportDatabase(jdbc, new ReportDatabaseSettings(standby.jdbcUrl(), null, null, 2))) {
            var fromTheReplica = new PetitionHandlingReports(replica, scope, petitions, organization, clock);
            fixtures.receive(setting.province(), PetitionType.COMPLAINT, DAY, setting.provinceHead());
            standby.caughtUp();
            assertThat(received(fromTheReplica)).isEqualTo(1);

            standby.pauseReplay();
            try {
                fixtures.receive(setting.province(), PetitionType.FEEDBACK, DAY, setting.provinceHead());
                assertThat(received(fromThePrimary)).as("the primary has both").isEqualTo(2);
                assertThat(received(fromTheReplica))
                        .as("the replica has not replayed the second yet")
                        .isEqualTo(1);
            } finally {
                standby.resumeReplay();
            }
            standby.caughtUp();
            assertThat(received(fromTheReplica)).isEqualTo(2);
        }
    }

    @Test
    void aReplicaThatCannotBeReachedLeavesTheReportsToThePrimary() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var unreachable = new ReportDatabase(
                jdbc,
                new ReportDatabaseSettings(
                        "jdbc:postgresql://localhost:" + closedPort + "/postgres", "postgres", null, 2))) {
            var reports = new PetitionHandlingReports(unreachable, scope, petitions, organization, clock);
            fixtures.receive(setting.province(), PetitionType.COMPLAINT, DAY, setting.provinceHead());

            assertThat(unreachable.readsReplica()).isTrue();
            assertThat(received(reports)).isEqualTo(1);
            assertThat(unreachable.readsReplica())
                    .as("reports read the primary for a while")
                    .isFalse();
            assertThat(received(reports)).isEqualTo(1);
        }
    }

    private int received(PetitionHandlingReports reports) {
        return reports.compile(setting.province().id(), DAY, DAY, false, setting.provinceHead())
                .figures()
                .receivedInPeriod();
    }
}
