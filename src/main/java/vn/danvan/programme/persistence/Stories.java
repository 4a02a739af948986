package vn.danvan.programme.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.danvan.programme.StoryCommands.SaveStory;
import vn.danvan.programme.StoryTopic;
import vn.danvan.programme.domain.ModelPhoto;
import vn.danvan.programme.domain.ReviewPeriod;
import vn.danvan.programme.domain.Story;
import vn.danvan.shared.FileStore;
import vn.danvan.shared.VietnamTime;

/** Stories and their photos ({@code programme} schema). */
@Repository
public class Stories {

    private static final String COLUMNS = """
            id, body_id, province_code, commune_code, topic, model_id, title, summary, body, published_at, updated_at""";

    private final JdbcClient jdbc;
    private final PhotoRows photoRows;

    Stories(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.photoRows = new PhotoRows(jdbc, "programme.story_photo", "story_id");
    }

    public long add(SaveStory command, @Nullable String provinceCode, @Nullable String communeCode, String by) {
        return jdbc.sql("""
                insert into programme.story (body_id, province_code, commune_code, topic, model_id, title, summary,
                    body, created_by)
                values (:body, :province, :commune, :topic, :model, :title, :summary, :text, :by)
                returning id
                """)
                .param("body", command.bodyId())
                .param("province", provinceCode)
                .param("commune", communeCode)
                .param("topic", command.topic().name())
                .param("model", command.modelId())
                .param("title", command.title())
                .param("summary", command.summary())
                .param("text", command.body())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    public void update(long id, SaveStory command) {
        jdbc.sql("""
                update programme.story set topic = :topic, model_id = :model, title = :title, summary = :summary,
                    body = :text, updated_at = now(), version = version + 1
                where id = :id
                """)
                .param("topic", command.topic().name())
                .param("model", command.modelId())
                .param("title", command.title())
                .param("summary", command.summary())
                .param("text", command.body())
                .param("id", id)
                .update();
    }

    public void published(long id, boolean published) {
        jdbc.sql("""
                update programme.story set published_at = case when :published then now() end,
                    updated_at = now(), version = version + 1
                where id = :id
                """).param("published", published).param("id", id).update();
    }

    public Optional<Story> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.story where id = ?")
                .param(id)
                .query(Stories::story)
                .optional();
    }

    public Optional<Story> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from programme.story where id = ? for update")
                .param(id)
                .query(Stories::story)
                .optional();
    }

    /** Stories of the bodies, newest first, at most 500. */
    public List<Story> of(Collection<Long> bodyIds, boolean all) {
        return jdbc.sql("select " + COLUMNS + " from programme.story where (:all or body_id = any(:bodies))"
                        + " order by updated_at desc, id desc limit 500")
                .param("all", all)
                .param("bodies", bodyIds.toArray(Long[]::new))
                .query(Stories::story)
                .list();
    }

    /** Published stories, newest first: of a province, a commune, a body or a model when given. */
    public List<Story> published(
            @Nullable String provinceCode,
            @Nullable String communeCode,
            @Nullable Long bodyId,
            @Nullable Long modelId,
            int limit) {
        StringBuilder sql =
                new StringBuilder("select " + COLUMNS + " from programme.story where published_at is not null");
        if (provinceCode != null) {
            sql.append(" and province_code = :province");
        }
        if (communeCode != null) {
            sql.append(" and commune_code = :commune");
        }
        if (bodyId != null) {
            sql.append(" and body_id = :body");
        }
        if (modelId != null) {
            sql.append(" and model_id = :model");
        }
        sql.append(" order by published_at desc, id desc limit :limit");
        var statement = jdbc.sql(sql.toString()).param("limit", limit);
        if (provinceCode != null) {
            statement = statement.param("province", provinceCode);
        }
        if (communeCode != null) {
            statement = statement.param("commune", communeCode);
        }
        if (bodyId != null) {
            statement = statement.param("body", bodyId);
        }
        if (modelId != null) {
            statement = statement.param("model", modelId);
        }
        return statement.query(Stories::story).list();
    }

    public long publishedCount(ReviewPeriod period) {
        return jdbc.sql("""
                select count(*) from programme.story
                where published_at >= cast(:from as date) at time zone :zone
                  and published_at < (cast(:to as date) + 1) at time zone :zone
                  and (:all or body_id = any(:bodies))
                """)
                .param("from", period.from())
                .param("to", period.to())
                .param("zone", VietnamTime.ZONE.getId())
                .param("all", period.allBodies())
                .param("bodies", period.bodyIds().toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    public ModelPhoto addPhoto(long storyId, @Nullable String caption, FileStore.Stored stored, String by) {
        return photoRows.add(storyId, caption, stored, by);
    }

    public List<ModelPhoto> photos(long storyId) {
        return photoRows.of(storyId);
    }

    public Optional<String> photoKey(long storyId, long photoId) {
        return photoRows.key(storyId, photoId);
    }

    private static Story story(ResultSet rs, int row) throws SQLException {
        long model = rs.getLong("model_id");
        Long modelId = rs.wasNull() ? null : model;
        Timestamp published = rs.getTimestamp("published_at");
        return new Story(
                rs.getLong("id"),
                rs.getLong("body_id"),
                rs.getString("province_code"),
                rs.getString("commune_code"),
                StoryTopic.valueOf(rs.getString("topic")),
                modelId,
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                published == null ? null : published.toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
