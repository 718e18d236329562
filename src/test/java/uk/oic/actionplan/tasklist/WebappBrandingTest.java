package uk.oic.actionplan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.oic.actionplan.support.WebSession;

/**
 * The webapps load the application's configuration and styles, not the starter's defaults: our
 * files under META-INF/resources/webjars/camunda/app/ come first on the class path. The browser
 * test shows their effect; this one runs without a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WebappBrandingTest {

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachWebappGetsTheProductNameTheSharedScriptAndTheSharedStyles(String app) {
    var session = WebSession.basic(port, "demo", "demo");

    var config = session.get("/camunda/app/" + app + "/scripts/config.js", "*/*");
    var styles = session.get("/camunda/app/" + app + "/styles/user-styles.css", "*/*");

    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("vendor: 'OIC Action Plan Manager'", "'../oic/webapps'");
    assertThat(styles.body()).contains("@import url(\"../../oic/webapps.css\")");
  }

  @Test
  void theSharedFilesHideTheVendorBannerAndLeaveTheWebappsOwnLogin() {
    var session = WebSession.basic(port, "demo", "demo");

    assertThat(session.get("/camunda/app/oic/webapps.css", "*/*").body())
        .containsPattern("\\.ce-eol-banner \\{\\s*display: none !important;");
    assertThat(session.get("/camunda/app/oic/webapps.js", "*/*").body())
        .contains("window.location.replace(loginPage)");
    assertThat(session.get("/camunda/app/tasklist/oic/attach-evidence.js", "*/*").body())
        .contains("pluginPoint: 'tasklist.navbar.action'", "/evidence/new");
  }

  @Test
  void theWebappFilesNeedALogin() {
    // 302 to the login page for a browser, 401 for anything else
    assertThat(WebSession.anonymous(port).get("/camunda/app/tasklist/scripts/config.js", "*/*").statusCode())
        .isIn(302, 401);
  }
}
