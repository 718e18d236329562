package uk.oic.actionplan.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Which files may be attached: a size limit and a list of allowed extensions, from {@link EvidenceProperties}. */
@Component
class AttachmentPolicy {

  private final EvidenceProperties properties;

  AttachmentPolicy(EvidenceProperties properties) {
    this.properties = properties;
  }

  /** What is wrong with the file, in words for the person who chose it; empty when it may be attached. */
  Optional<String> problem(String fileName, long size) {
    if (fileName == null || fileName.isBlank() || size == 0) {
      return Optional.of("Select a file to attach");
    }
    if (contentType(fileName).isEmpty()) {
      return Optional.of("The selected file must be a " + allowedList());
    }
    if (size > properties.maxAttachmentSize().toBytes()) {
      return Optional.of("The selected file must be smaller than " + maxSizeText());
    }
    return Optional.empty();
  }

  /** The media type stored for the file, decided by its extension. */
  Optional<String> contentType(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0 || dot == fileName.length() - 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(properties.allowedTypes().get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  java.util.Set<String> extensions() {
    return properties.allowedTypes().keySet();
  }

  String allowedList() {
    var names = properties.allowedTypes().keySet().stream().map(e -> e.toUpperCase(Locale.ROOT)).sorted().toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " or " + names.get(names.size() - 1);
  }

  String maxSizeText() {
    long bytes = properties.maxAttachmentSize().toBytes();
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }

  /** The file name as stored: no folders, which some browsers send. */
  static String baseName(String fileName) {
    var name = fileName.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
