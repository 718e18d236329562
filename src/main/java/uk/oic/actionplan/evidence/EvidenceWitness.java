package uk.oic.actionplan.evidence;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An append-only file outside the database where the register's head is written down: one line per
 * witness, {@code <instant> sequence=<n> mac=<hex>}. Someone who rewrites the database cannot rewrite
 * this file (keep it on other storage, copy it off the host), so verification can prove that every
 * witnessed entry is still in the register as it was: truncation with the head rewritten is caught.
 */
final class EvidenceWitness {

  private static final Pattern LINE = Pattern.compile("^(\\S+) sequence=(\\d+) mac=([0-9a-f]{64})$");
  private static final int TAIL_BYTES = 8 * 1024;

  /** One witnessed head. */
  record Seen(Instant at, long sequence, String mac) {}

  private final Path file;

  EvidenceWitness(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** Appends the head to the file and forces it to disk; a head already the latest line is not written twice. */
  synchronized void record(long sequence, String mac, Instant at) {
    var latest = latest();
    if (latest.isPresent() && latest.get().sequence() == sequence && latest.get().mac().equals(mac)) {
      return;
    }
    var line = at + " sequence=" + sequence + " mac=" + mac + "\n";
    try {
      var parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the evidence register's witness file " + file.toAbsolutePath(), e);
    }
  }

  /** Every witnessed head, in the order written; lines that do not read as one are left out. */
  List<Seen> all() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (var lines = Files.lines(file, StandardCharsets.US_ASCII)) {
      return lines.map(EvidenceWitness::parse).flatMap(Optional::stream).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalStateException("Cannot read the evidence register's witness file " + file.toAbsolutePath(), e);
    }
  }

  /** The witnessed head with the highest sequence among the last lines of the file (read from its end). */
  Optional<Seen> latest() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (var in = new RandomAccessFile(file.toFile(), "r")) {
      long length = in.length();
      long from = Math.max(0, length - TAIL_BYTES);
      var bytes = new byte[(int) (length - from)];
      in.seek(from);
      in.readFully(bytes);
      var text = new String(bytes, StandardCharsets.US_ASCII);
      var seen = new ArrayList<Seen>();
      for (var line : text.split("\n")) {
        parse(line).ifPresent(seen::add);
      }
      return seen.stream().max(Comparator.comparingLong(Seen::sequence));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the evidence register's witness file " + file.toAbsolutePath(), e);
    }
  }

  private static Optional<Seen> parse(String line) {
    var match = LINE.matcher(line.strip());
    if (!match.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Seen(Instant.parse(match.group(1)), Long.parseLong(match.group(2)), match.group(3)));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
