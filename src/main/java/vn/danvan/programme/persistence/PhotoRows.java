package vn.danvan.programme.persistence;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danvan.programme.domain.ModelPhoto;
import vn.danvan.shared.FileStore;

/**
 * The photo rows of a model or a story: {@code programme.model_photo} and {@code programme.story_photo} have the same
 * columns but the owner's. The table and column names are constants of this package, never input.
 */
final class PhotoRows {

    private final JdbcClient jdbc;
    private final String table;
    private final String owner;

    PhotoRows(JdbcClient jdbc, String table, String ownerColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.owner = ownerColumn;
    }

    ModelPhoto add(long ownerId, @Nullable String caption, FileStore.Stored stored, String by) {
        long id = jdbc.sql("insert into " + table + " (" + owner + """
                        , caption, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by)
                        values (:owner, :caption, :name, :type, :size, :sha, :key, :by) returning id
                        """)
                .param("owner", ownerId)
                .param("caption", caption)
                .param("name", stored.fileName())
                .param("type", stored.contentType())
                .param("size", stored.size())
                .param("sha", stored.sha256())
                .param("key", stored.key())
                .param("by", by)
                .query(Long.class)
                .single();
        return new ModelPhoto(id, ownerId, caption, stored.fileName(), stored.contentType());
    }

    List<ModelPhoto> of(long ownerId) {
        return jdbc.sql("select id, " + owner + " as owner_id, caption, file_name, content_type from " + table
                        + " where " + owner + " = ? order by id")
                .param(ownerId)
                .query((rs, n) -> new ModelPhoto(
                        rs.getLong("id"),
                        rs.getLong("owner_id"),
                        rs.getString("caption"),
                        rs.getString("file_name"),
                        rs.getString("content_type")))
                .list();
    }

    Optional<String> key(long ownerId, long photoId) {
        return jdbc.sql("select storage_key from " + table + " where " + owner + " = ? and id = ?")
                .param(ownerId)
                .param(photoId)
                .query(String.class)
                .optional();
    }
}
