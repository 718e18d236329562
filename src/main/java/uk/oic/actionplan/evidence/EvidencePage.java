package uk.oic.actionplan.evidence;

import java.util.List;

/** One page of entries, in the order they were recorded; {@code page} counts from 0. */
public record EvidencePage(List<EvidenceEntry> entries, int page, int size, long totalEntries) {

  public long totalPages() {
    return size == 0 ? 0 : (totalEntries + size - 1) / size;
  }
}
