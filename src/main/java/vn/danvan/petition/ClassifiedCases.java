package vn.danvan.petition;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The decided cases whose type and field an officer has settled, for the classification help of the insight module:
 * a case counts once its processing decision is taken (accept, guide, transfer, file, return), since type and field
 * are corrected only while it awaits that decision. Only the text and the two labels leave the module: no petitioner,
 * no identity (docs/security.md "Classification help").
 */
@Service
public class ClassifiedCases {

    /** Only the beginning of a long petition is read: enough to learn from, bounded in memory and time. */
    public static final int TEXT_LIMIT = 4000;

    public record ClassifiedCase(long id, PetitionType type, String fieldCode, String title, String content) {}

    private final JdbcClient jdbc;

    ClassifiedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} decided cases after the id {@code afterId}, in the order of their ids. */
    public List<ClassifiedCase> decidedAfter(long afterId, int limit) {
        return jdbc.sql("""
                        select id, petition_type, field_code, left(title, 300), left(content, :text)
                        from petition.petition
                        where decided_on is not null and id > :after
                        order by id
                        limit :limit
                        """)
                .param("text", TEXT_LIMIT)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new ClassifiedCase(
                        rs.getLong(1),
                        PetitionType.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}
