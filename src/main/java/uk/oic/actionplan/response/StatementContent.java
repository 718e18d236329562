package uk.oic.actionplan.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * What a published statement says, exactly as approved: stored as JSON text, whose SHA-256 is the
 * statement's content hash. The text is written once and read back as stored, never rebuilt.
 *
 * @param recommendations in the plan's order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatementContent(
    StatementKind kind,
    String planId,
    String planTitle,
    String force,
    String oversight,
    String inspection,
    LocalDate reportPublishedOn,
    LocalDate dueOn,
    String pccComments,
    List<Recommendation> recommendations) {

  /** One recommendation: the inspection's words, the PCC's response and (in the response) the force's steps. */
  public record Recommendation(String id, String label, String title, String text, LocalDate deadline,
      String pccResponse, String forceSteps) {}

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** The JSON text that is stored and hashed. */
  public String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The statement cannot be written as JSON", e);
    }
  }

  public static StatementContent parse(String json) {
    try {
      return JSON.readValue(json, StatementContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A published statement cannot be read: " + e.getOriginalMessage(), e);
    }
  }

  /** SHA-256 (hex) of the text as UTF-8. */
  public static String hash(String json) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
