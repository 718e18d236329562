package uk.oic.actionplan.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark suite's settings and its output. Sizes come from system properties
 * ({@code -Dbench.<name>=...}), with a smaller default under {@code -Dbenchmarks.quick=true}. Every
 * figure is one line a program can read, {@code <id> <name> key=value ...}, printed and appended to
 * {@code target/benchmarks/figures.txt}.
 */
public final class Bench {

  public static final Path FIGURES = Path.of("target", "benchmarks", "figures.txt");

  private Bench() {}

  /** {@code -Dbenchmarks.quick=true}: a reduced size that runs in a few minutes. */
  public static boolean quick() {
    return Boolean.getBoolean("benchmarks.quick");
  }

  /** {@code -Dbench.<name>}, else the full or the quick default. */
  public static int size(String name, int full, int quick) {
    return Integer.getInteger("bench." + name, quick() ? quick : full);
  }

  /**
   * The databases to measure on: {@code -Dbench.databases=h2,postgresql} (default both), those that
   * answer (PostgreSQL only when the test database is reachable; a {@code SKIP} line says when not).
   */
  public static List<BenchDatabase> databases() {
    var names = System.getProperty("bench.databases", "h2,postgresql");
    return java.util.Arrays.stream(names.split(","))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .map(BenchDatabase::named)
        .filter(BenchDatabase::reachable)
        .toList();
  }

  /**
   * Prints one figure: {@code id} such as {@code B1}, {@code name} such as {@code rest-vs-inprocess},
   * then the pairs in order, such as {@code "ratio", 0.62, "rest", "410/s"}.
   */
  public static String figure(String id, String name, Object... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("key=value pairs expected");
    }
    var line = new StringBuilder(id).append(' ').append(name);
    for (int i = 0; i < pairs.length; i += 2) {
      line.append(' ').append(pairs[i]).append('=').append(format(pairs[i + 1]));
    }
    var text = line.toString();
    System.out.println(text);
    try {
      Files.createDirectories(FIGURES.getParent());
      Files.writeString(FIGURES, text + System.lineSeparator(), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text;
  }

  /** {@code met} or {@code NOT-MET}, for a figure's {@code target} pair. */
  public static String target(boolean met) {
    return met ? "met" : "NOT-MET";
  }

  private static String format(Object value) {
    if (value instanceof Double || value instanceof Float) {
      return String.format(Locale.UK, "%.2f", ((Number) value).doubleValue());
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(Bench::format).collect(Collectors.joining(","));
    }
    return String.valueOf(value).replace(' ', '_');
  }

  /** Nearest rank of a sorted list. */
  public static long percentile(List<Long> sorted, double percent) {
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
  }
}
