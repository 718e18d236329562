package uk.oic.actionplan.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count out of a whole, such as 45 of 50 personnel trained. The whole is at least one: a rate of
 * nothing is not a rate, and the services refuse such figures before they get here.
 */
public record Rate(long count, long of) {

  public Rate {
    if (of < 1 || count < 0 || count > of) {
      throw new IllegalArgumentException("a rate needs 0 <= count <= of and of >= 1, got " + count + " of " + of);
    }
  }

  /** The percentage to one decimal place, rounded half up: 2 of 3 is 66.7. */
  public BigDecimal percent() {
    return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
  }

  /** Whether the exact fraction reaches {@code targetPercent}, without rounding. */
  public boolean meets(int targetPercent) {
    return count * 100 >= (long) targetPercent * of;
  }
}
