package vn.danvan.programme.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sections of a review counted from the programme's own records: plans and their tasks, coordination
 * agreements, inspections and advice, community work and field visits, training.
 */
public final class ReviewProgrammeFigures {

    private ReviewProgrammeFigures() {}

    private static List<ReviewFigure> counts(JdbcClient jdbc, String sql, ReviewPeriod period, String... labelKeys) {
        return jdbc.sql(sql)
                .param("bodies", period.bodyIds().toArray(Long[]::new))
                .param("from", period.from())
                .param("to", period.to())
                .query((rs, n) -> {
                    ReviewFigure[] figures = new ReviewFigure[labelKeys.length];
                    for (int i = 0; i < labelKeys.length; i++) {
                        figures[i] = ReviewFigure.count(labelKeys[i], rs.getLong(i + 1));
                    }
                    return List.of(figures);
                })
                .single();
    }

    @Component
    static class Plans implements ReviewFigureSource {

        private final JdbcClient jdbc;

        Plans(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public String headingKey() {
            return "review.section.plans";
        }

        /** Tasks of the bodies' plans falling due in the period, how many were done by its end and how many are late. */
        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            return counts(
                    jdbc,
                    """
                    select (select count(*) from programme.plan p where p.body_id = any(:bodies)
                              and p.year between extract(year from cast(:from as date)) and extract(year from cast(:to as date))),
                           count(t.id),
                           count(t.id) filter (where t.state = 'DONE' and t.done_on <= :to),
                           count(t.id) filter (where (t.state = 'OPEN' or t.done_on > :to) and t.due_on < :to),
                           (select count(*) from programme.progress_report r where r.body_id = any(:bodies)
                              and r.reported_on between :from and :to)
                    from programme.plan_task t join programme.plan p on p.id = t.plan_id
                    where (p.body_id = any(:bodies) or t.owner_body_id = any(:bodies))
                      and t.due_on between :from and :to and t.state <> 'DROPPED'
                    """,
                    period,
                    "review.figure.plans",
                    "review.figure.plan-tasks-due",
                    "review.figure.plan-tasks-done",
                    "review.figure.plan-tasks-late",
                    "review.figure.progress-reports");
        }
    }

    @Component
    static class Agreements implements ReviewFigureSource {

        private final JdbcClient jdbc;

        Agreements(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public int order() {
            return 40;
        }

        @Override
        public String headingKey() {
            return "review.section.agreements";
        }

        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            return counts(
                    jdbc,
                    """
                    with mine as (
                        select a.* from programme.agreement a
                        where a.valid_from <= :to and a.valid_to >= :from and exists (
                            select 1 from programme.agreement_party p where p.agreement_id = a.id and p.body_id = any(:bodies)))
                    select (select count(*) from mine),
                           (select count(*) from programme.joint_task t join mine on mine.id = t.agreement_id
                              where t.due_on between :from and :to),
                           (select count(*) from programme.joint_task t join mine on mine.id = t.agreement_id
                              where t.state = 'DONE' and t.done_on between :from and :to),
                           (select count(*) from programme.agreement_review r join mine on mine.id = r.agreement_id
                              where r.held_on between :from and :to)
                    """,
                    period,
                    "review.figure.agreements-in-force",
                    "review.figure.joint-tasks-due",
                    "review.figure.joint-tasks-done",
                    "review.figure.joint-reviews");
        }
    }

    @Component
    static class Training implements ReviewFigureSource {

        private final JdbcClient jdbc;

        Training(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public int order() {
            return 70;
        }

        @Override
        public String headingKey() {
            return "review.section.training";
        }

        /** Courses of the bodies that ended in the period, with their participants. */
        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            return counts(
                    jdbc,
                    """
                    select count(distinct c.id), count(p.staff_id), count(p.staff_id) filter (where p.attended),
                           count(p.certificate_no)
                    from programme.course c left join programme.course_participant p on p.course_id = c.id
                    where c.body_id = any(:bodies) and c.ends_on between :from and :to
                    """,
                    period,
                    "review.figure.courses",
                    "review.figure.course-participants",
                    "review.figure.course-attended",
                    "review.figure.certificates");
        }
    }

    @Component
    static class Activities implements ReviewFigureSource {

        private final JdbcClient jdbc;

        Activities(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public int order() {
            return 60;
        }

        @Override
        public String headingKey() {
            return "review.section.activities";
        }

        @Override
        public List<ReviewFigure> figures(ReviewPeriod period) {
            return counts(
                    jdbc,
                    """
                    select count(*) filter (where kind = 'COMMUNITY_WORK' and community = 'ETHNIC_MINORITY'),
                           count(*) filter (where kind = 'COMMUNITY_WORK' and community = 'RELIGIOUS'),
                           count(*) filter (where kind = 'COMMUNITY_WORK' and community = 'RESIDENTS'),
                           count(*) filter (where kind = 'FIELD_VISIT')
                    from programme.activity
                    where body_id = any(:bodies) and held_on between :from and :to
                    """,
                    period,
                    "review.figure.activities-ethnic",
                    "review.figure.activities-religious",
                    "review.figure.activities-residents",
                    "review.figure.field-visits");
        }
    }
}
