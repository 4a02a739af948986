package vn.danvan.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.WebSession;
import vn.danvan.insight.HotspotWatch;
import vn.danvan.organization.OrganizationAdministration;
import vn.danvan.organization.OrganizationDirectory;
import vn.danvan.organization.Role;
import vn.danvan.petition.PetitionFigures;

/**
 * A province head's home page as the head gets it (issue 20): {@code GET /home} through the real sign-in, over HTTP,
 * with every section — cases by deadline and body, the twelve months' trend and the fields, reception obligations,
 * overdue commitments and the hot spots read from the watch's stored scores; beside the plain counts over the same
 * rows in the same loop. First the hot-spot watch runs once (every source, stored), beside one grouped count over
 * the same 371 days, so the page has scores to read and the watch's cost at this size is on record.
 */
final class HomeBench {

    private static final String PASSWORD = "bench-home-mat-khau";

    /**
     * Views not counted: the page of a server that has been up a while, whose template code the JIT has compiled,
     * rather than the first views of a fresh JVM.
     */
    private static final int WARM_UP = 20;

    private HomeBench() {}

    static List<Benchmarks.Pair> run(ConfigurableApplicationContext app, int runs, long seed) throws Exception {
        JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
        PetitionFigures figures = app.getBean(PetitionFigures.class);
        OrganizationDirectory organization = app.getBean(OrganizationDirectory.class);
        LocalDate today = figures.today();
        // Bodies the generator inserted with plain SQL are not in a list of bodies cached before it ran.
        app.getBean(vn.danvan.shared.ReferenceCache.class).evict("organization.body");

        long start = System.nanoTime();
        var raised = app.getBean(HotspotWatch.class).evaluate(today);
        double watchMillis = (System.nanoTime() - start) / 1e6;
        long baseStart = System.nanoTime();
        long pairs = jdbc.sql("""
                        select count(*) from (
                            select commune_code, field_code, count(*) from petition.petition
                            where received_on between ? and ? and commune_code is not null group by 1, 2) g
                        """)
                .params(today.minusDays(370), today)
                .query(Long.class)
                .single();
        double groupedMillis = (System.nanoTime() - baseStart) / 1e6;
        long stored = jdbc.sql("select count(*) from insight.hotspot_state where scored_on = ?")
                .params(today)
                .query(Long.class)
                .single();
        System.out.printf(
                "hot-spot watch: %.0f ms, %d commune × field scores stored (%d pairs with petitions), %d alerts%n",
                watchMillis, stored, pairs, raised.size());
        var watch = new Benchmarks.Pair(
                Benchmarks.Stats.of(
                        "the hot-spot watch, once (every source, " + stored + " scores stored)", List.of(watchMillis)),
                Benchmarks.Stats.of("one grouped count over the same 371 days", List.of(groupedMillis)));

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        List<Long> provinces = jdbc.sql("select id from organization.body where code like 'BENCH-UBT-%' order by id")
                .query(Long.class)
                .list();
        var administration = app.getBean(OrganizationAdministration.class);
        Map<Long, WebSession> sessions = new HashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        YearMonth to = YearMonth.from(today);
        YearMonth from = to.minusMonths(11);
        List<Double> measured = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < runs + WARM_UP; i++) {
            long province = provinces.get(random.nextInt(provinces.size()));
            WebSession session = sessions.get(province);
            if (session == null) {
                String username = "bench-home-" + province;
                boolean exists = jdbc.sql("select count(*) from organization.staff_account where username = ?")
                                .params(username)
                                .query(Long.class)
                                .single()
                        > 0;
                if (!exists) {
                    administration.addStaff(
                            username,
                            PASSWORD,
                            "Chủ tịch tỉnh (bench)",
                            null,
                            province,
                            EnumSet.of(Role.HEAD_OF_BODY),
                            false);
                }
                session = WebSession.signedIn(port, username, PASSWORD);
                sessions.put(province, session);
            }
            long pageStart = System.nanoTime();
            var page = session.get("/home");
            double millis = (System.nanoTime() - pageStart) / 1e6;
            if (page.statusCode() != 200 || !page.body().contains("id=\"home-hotspots\"")) {
                throw new IllegalStateException("GET /home answered " + page.statusCode());
            }
            Set<Long> scope = organization.bodyWithSubordinates(province);
            Long[] bodies = scope.toArray(Long[]::new);
            long countStart = System.nanoTime();
            jdbc.sql("select count(*) from petition.petition where body_id = any(?) and current_due <= ?")
                    .params(bodies, figures.nearLimit())
                    .query(Long.class)
                    .single();
            jdbc.sql("select count(*) from petition.petition where body_id = any(?) and received_on between ? and ?")
                    .params(bodies, from.atDay(1), to.atEndOfMonth())
                    .query(Long.class)
                    .single();
            double countMillis = (System.nanoTime() - countStart) / 1e6;
            if (i >= WARM_UP) {
                measured.add(millis);
                baseline.add(countMillis);
            }
        }
        return List.of(
                watch,
                new Benchmarks.Pair(
                        Benchmarks.Stats.of("a province head's home page, GET /home over HTTP", measured),
                        Benchmarks.Stats.of("plain counts over the same rows", baseline)));
    }
}
