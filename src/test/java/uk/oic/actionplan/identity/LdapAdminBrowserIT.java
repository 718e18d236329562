package uk.oic.actionplan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.oic.actionplan.support.Browser;

/**
 * Admin with the directory as the engine's identity, in headless Chromium: the directory's
 * administrator signs in with their directory password and finds the directory's people and groups
 * listed; a change made in Admin is refused and the directory stays as it was (screenshots
 * {@code ldap-admin-...}). (Admin 7.24 shows its forms whether or not the identity is read-only.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    TestDirectory.ENABLED, TestDirectory.BASE_DN, TestDirectory.MANAGER, TestDirectory.MANAGER_PASSWORD})
@ActiveProfiles("test")
class LdapAdminBrowserIT {

  static final String ADMIN = "/camunda/app/admin/default/";

  static final InMemoryDirectoryServer DIRECTORY = TestDirectory.start();

  @DynamicPropertySource
  static void directoryUrl(DynamicPropertyRegistry registry) {
    TestDirectory.register(registry, DIRECTORY);
  }

  @LocalServerPort int port;

  private Browser browser;

  @BeforeAll
  static void chromium() {
    Browser.assumeAvailable();
  }

  @AfterAll
  static void stopDirectory() {
    DIRECTORY.shutDown(true);
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void theDirectorysAdministratorSeesItsPeopleAndGroupsReadOnly() throws Exception {
    browser.login("it.admin", TestDirectory.password("it.admin")).go(ADMIN + "#/users");
    browser.waitFor(d -> d.getPageSource().contains("area1.owner"));
    var users = browser.driver().findElement(By.tagName("body")).getText();
    browser.screenshot("ldap-admin-01-users");
    assertThat(users).contains("area1.owner", "Amelia", "Hart", "strategic.lead", "it.admin");

    // Admin's forms are still there, but a change is refused and the directory stays as it was
    browser.go(ADMIN + "#/users/area1.owner?tab=profile");
    var firstName = browser.waitFor(d -> {
      var field = d.findElements(By.cssSelector("input[name='firstname']"));
      return !field.isEmpty() && "Amelia".equals(field.get(0).getDomProperty("value")) ? field.get(0) : null;
    });
    firstName.clear();
    firstName.sendKeys("Changed");
    browser.driver().findElement(By.xpath("//button[normalize-space()='Update Profile']")).click();
    try {
      assertThat(browser.visible(By.cssSelector(".alert-danger, .alert-error")).getText())
          .contains("Identity service implementation is read-only");
    } finally {
      browser.screenshot("ldap-admin-02-profile-change-refused");
    }
    assertThat(DIRECTORY.getEntry("uid=area1.owner,ou=people," + TestDirectory.BASE).getAttributeValue("givenName"))
        .isEqualTo("Amelia");

    browser.go(ADMIN + "#/groups");
    browser.waitFor(d -> d.getPageSource().contains("area-1-owners"));
    var groups = browser.driver().findElement(By.tagName("body")).getText();
    browser.screenshot("ldap-admin-03-groups");
    assertThat(groups).contains("area-1-owners", "opcc-staff", "camunda-admin").doesNotContain("area-9-owners");
  }
}
