package uk.oic.actionplan.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateAndRagTest {

  @ParameterizedTest
  @CsvSource({"2,3,66.7", "1,3,33.3", "1,8,12.5", "1,16,6.3", "0,5,0.0", "5,5,100.0", "899,1000,89.9", "8999,10000,90.0"})
  void percentIsRoundedHalfUpToOneDecimalPlace(long count, long of, String percent) {
    assertThat(new Rate(count, of).percent()).isEqualTo(new BigDecimal(percent));
  }

  @Test
  void theTargetIsComparedWithTheExactFractionNotTheRoundedPercent() {
    // 89.99% shows as 90.0 but is below a 90% target
    var justBelow = new Rate(8999, 10000);
    assertThat(justBelow.percent()).isEqualTo(new BigDecimal("90.0"));
    assertThat(justBelow.meets(90)).isFalse();
    assertThat(Rag.of(justBelow, 90)).isEqualTo(Rag.AMBER);
    assertThat(new Rate(9, 10).meets(90)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"100,100,100,GREEN", "99,100,100,AMBER", "90,100,100,AMBER", "89,100,100,RED", "90,100,90,GREEN",
      "80,100,90,AMBER", "79,100,90,RED", "0,1,0,GREEN", "0,1,5,AMBER"})
  void ragIsGreenAtTargetAmberWithinTenPointsRedBelow(long count, long of, int target, Rag rag) {
    assertThat(Rag.of(new Rate(count, of), target)).isEqualTo(rag);
  }

  @Test
  void aRateOfNothingOrMoreThanTheWholeIsNotARate() {
    assertThatThrownBy(() -> new Rate(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rate(6, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rate(-1, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRagIsReadWhateverItsCaseAndAnythingElseIsNone() {
    assertThat(Rag.parse(" amber ")).isEqualTo(Rag.AMBER);
    assertThat(Rag.parse("BLUE")).isNull();
    assertThat(Rag.parse(null)).isNull();
    assertThat(Rag.worst(Arrays.asList(Rag.GREEN, null, Rag.AMBER))).isEqualTo(Rag.AMBER);
  }
}
