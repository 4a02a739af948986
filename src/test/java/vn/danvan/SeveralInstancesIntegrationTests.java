package vn.danvan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.Message;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.notification.domain.Dispatcher;
import vn.danvan.petition.domain.OverdueWatch;
import vn.danvan.portal.PortalFixtures;

/**
 * Two more instances of the application on the test's PostgreSQL, as behind a load balancer: a session
 * begun on one is valid on the other, an hourly job runs on one only, and a notification goes out once.
 */
@DanvanIntegrationTest
class SeveralInstancesIntegrationTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @Autowired
    DataSource dataSource;

    @Autowired
    PortalFixtures portal;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoInstancesOnTheSameDatabase() {
        if (first == null) {
            HikariDataSource database = (HikariDataSource) dataSource;
            first = start(database);
            second = start(database);
        }
    }

    @AfterAll
    static void stopInstances() {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    static ConfigurableApplicationContext start(HikariDataSource database) {
        return new SpringApplicationBuilder(DanvanApplication.class)
                .profiles("test")
                .initializers(new TestServers())
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password="
                                + (database.getPassword() == null ? "" : database.getPassword()),
                        "--spring.datasource.hikari.maximum-pool-size=5");
    }

    static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    @Test
    void aSessionBegunOnOneInstanceIsValidOnTheOther() throws Exception {
        var setting = portal.setting();
        WebSession onFirst =
                WebSession.signedIn(port(first), setting.wardOfficer().username(), setting.wardOfficerPassword());
        assertThat(onFirst.get("/petitions").body()).contains("Hồ sơ đơn");

        var onSecond = onFirst.onPort(port(second)).get("/petitions");
        assertThat(onSecond.uri().getPath())
                .as("still signed in on the other instance")
                .isEqualTo("/petitions");
        assertThat(onSecond.body()).contains(setting.wardOfficer().fullName());
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                        .param(setting.wardOfficer().username())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anHourlyJobRunsOnOneInstanceOnly() {
        portal.setting();
        jdbc.sql("delete from shedlock where name = 'petition-overdue-watch'").update();
        var early = portal.submit(PortalFixtures.feedback("Quá hạn thứ nhất", unique("han1")));
        overdue(early.petitionId());
        first.getBean(OverdueWatch.class).scheduled();
        assertThat(flagged(early.petitionId()))
                .as("the first instance ran the job")
                .isTrue();

        var late = portal.submit(PortalFixtures.feedback("Quá hạn thứ hai", unique("han2")));
        overdue(late.petitionId());
        second.getBean(OverdueWatch.class).scheduled();
        assertThat(flagged(late.petitionId()))
                .as("the second instance, a moment later, did not run it again")
                .isFalse();
    }

    @Test
    void eachNotificationIsSentOnceWhateverInstanceSendsIt() throws Exception {
        String recipient = unique("mot-lan");
        for (int i = 0; i < 40; i++) {
            jdbc.sql(
                            "insert into notification.message (event_key, channel, recipient, subject, body) values (?, 'EMAIL', ?, ?, 'x')")
                    .params("instances:" + i, recipient, "Thư " + i)
                    .update();
        }
        List<Dispatcher> dispatchers = List.of(
                first.getBean(Dispatcher.class),
                second.getBean(Dispatcher.class),
                first.getBean(Dispatcher.class),
                second.getBean(Dispatcher.class));
        try (var pool = Executors.newFixedThreadPool(dispatchers.size())) {
            dispatchers.forEach(dispatcher -> pool.submit(dispatcher::dispatchDue));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> received(recipient).size() >= 40);
        assertThat(received(recipient)).hasSize(40).doesNotHaveDuplicates();
    }

    private void overdue(long petitionId) {
        jdbc.sql("update petition.petition set processing_due = ? where id = ?")
                .params(LocalDate.now().minusDays(30), petitionId)
                .update();
    }

    private boolean flagged(long petitionId) {
        return jdbc.sql("select overdue_flagged_on is not null from petition.petition where id = ?")
                .param(petitionId)
                .query(Boolean.class)
                .single();
    }

    private static List<String> received(String recipient) {
        return Arrays.stream(TestServers.mail().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
