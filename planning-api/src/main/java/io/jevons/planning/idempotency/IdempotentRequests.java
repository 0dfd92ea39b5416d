package io.jevons.planning.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Table {@code requests.idempotent_request}: one row per user and key. */
@Repository
class IdempotentRequests {

    private final JdbcClient jdbc;

    IdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request; false when it was claimed before (by this request or another). */
    boolean claim(String user, String key) {
        return jdbc.sql("""
                        insert into requests.idempotent_request (username, idempotency_key)
                        values (?, ?) on conflict do nothing""")
                .params(user, key).update() == 1;
    }

    Optional<StoredAnswer> find(String user, String key) {
        return jdbc.sql("""
                        select request_hash, status, content_type, location, etag, body
                        from requests.idempotent_request where username = ? and idempotency_key = ?""")
                .params(user, key)
                .query((row, number) -> new StoredAnswer(row.getString("request_hash"),
                        (Integer) row.getObject("status"), row.getString("content_type"), row.getString("location"),
                        row.getString("etag"), row.getBytes("body")))
                .optional();
    }

    void complete(String user, String key, StoredAnswer answer) {
        jdbc.sql("""
                        update requests.idempotent_request
                        set request_hash = ?, status = ?, content_type = ?, location = ?, etag = ?, body = ?
                        where username = ? and idempotency_key = ?""")
                .params(answer.requestHash(), answer.status(), answer.contentType(), answer.location(), answer.etag(),
                        answer.body(), user, key)
                .update();
    }

    /** Frees the key after a server error, so that the client's retry is tried again. */
    void release(String user, String key) {
        jdbc.sql("delete from requests.idempotent_request where username = ? and idempotency_key = ?")
                .params(user, key).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeExpired() {
        jdbc.sql("delete from requests.idempotent_request where created_at < now() - interval '24 hours'").update();
    }
}
