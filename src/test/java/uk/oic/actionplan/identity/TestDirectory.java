package uk.oic.actionplan.identity;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;
import java.net.InetAddress;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A force's directory for tests: a real LDAP server in the test JVM (UnboundID, in memory, on a free
 * port of the loopback address) holding {@code src/test/resources/ldap/directory.ldif}: people in
 * {@code ou=people} (password {@code <uid>-directory-pw}), the plan's groups in {@code ou=groups} with
 * their ids as {@code cn} (no {@code area-9-owners}), the administrators' group {@code camunda-admin}.
 */
final class TestDirectory {

  static final String BASE = "dc=force,dc=police,dc=test";
  static final String MANAGER_DN = "cn=oic-service," + BASE;

  /** The settings that point the application at the directory, for a test's {@code properties}. */
  static final String ENABLED = "oic.ldap.enabled=true";
  static final String BASE_DN = "oic.ldap.base-dn=" + BASE;
  static final String MANAGER = "oic.ldap.manager-dn=" + MANAGER_DN;
  static final String MANAGER_PASSWORD = "oic.ldap.manager-password=service-secret";

  private TestDirectory() {}

  /** A new server with the force's people and groups, listening. */
  static InMemoryDirectoryServer start() {
    try {
      var config = new InMemoryDirectoryServerConfig(BASE);
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
      var server = new InMemoryDirectoryServer(config);
      try (var ldif = new LDIFReader(TestDirectory.class.getResourceAsStream("/ldap/directory.ldif"))) {
        server.importFromLDIF(true, ldif);
      }
      server.startListening();
      return server;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the in-memory directory", e);
    }
  }

  /** Points {@code oic.ldap.server-url} at the server. */
  static void register(DynamicPropertyRegistry registry, InMemoryDirectoryServer server) {
    registry.add("oic.ldap.server-url", () -> "ldap://127.0.0.1:" + server.getListenPort());
  }

  /** The password of a person in the directory. */
  static String password(String userId) {
    return userId + "-directory-pw";
  }
}
