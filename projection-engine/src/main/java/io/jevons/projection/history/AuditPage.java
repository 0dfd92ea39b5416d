package io.jevons.projection.history;

import java.util.List;

/** One page of the audit log and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {
}
