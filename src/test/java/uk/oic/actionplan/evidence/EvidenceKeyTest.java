package uk.oic.actionplan.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the register's key comes from, and the refusal to run without one. */
class EvidenceKeyTest {

  private static final String SECRET = "a-key-of-at-least-thirty-two-characters";

  @TempDir
  Path dir;

  @Test
  void withoutAKeyTheApplicationRefusesToStartAndSaysWhatToSet() {
    assertThatThrownBy(() -> EvidenceKey.load("", "", false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set OIC_EVIDENCE_KEY")
        .hasMessageContaining("OIC_EVIDENCE_KEY_FILE");
    assertThatThrownBy(() -> EvidenceKey.load(null, dir.resolve("missing.key").toString(), false))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> EvidenceKey.load("too short", null, false))
        .hasMessageContaining("at least 32 characters");
  }

  @Test
  void theDemoGeneratesItsKeyOnceInAFileOnlyItsOwnerMayRead() throws Exception {
    var file = dir.resolve("data/evidence.key");

    var first = EvidenceKey.load(null, file.toString(), true);
    var content = Files.readString(file);
    var again = EvidenceKey.load(null, file.toString(), true);

    assertThat(content.strip()).hasSizeGreaterThanOrEqualTo(EvidenceKey.MIN_LENGTH);
    assertThat(Files.readString(file)).isEqualTo(content);
    assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
  }

  @Test
  void theKeyComesFromTheSettingOrItsFileAndDecidesTheMac() throws Exception {
    var file = Files.writeString(dir.resolve("evidence.key"), SECRET + "\n");
    var fromSetting = EvidenceKey.load(SECRET, null, false);
    var fromFile = EvidenceKey.load(null, file.toString(), false);
    var other = EvidenceKey.of(SECRET + "!");
    var entry = new EvidenceEntry("id", 1, "plan", null, null, EvidenceKind.DECISION, "t", null, null, null, "system",
        null, null, null, null, null, null, null, null, Hashes.GENESIS, null);

    assertThat(fromFile.mac(entry, Hashes.GENESIS)).isEqualTo(fromSetting.mac(entry, Hashes.GENESIS)).hasSize(64);
    assertThat(other.mac(entry, Hashes.GENESIS)).isNotEqualTo(fromSetting.mac(entry, Hashes.GENESIS));
    assertThat(fromSetting.mac(entry, "1".repeat(64))).isNotEqualTo(fromSetting.mac(entry, Hashes.GENESIS));
  }
}
