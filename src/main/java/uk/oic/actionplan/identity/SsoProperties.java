package uk.oic.actionplan.identity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with OpenID Connect. The provider itself (issuer, client id and secret) is set with
 * Spring's own {@code spring.security.oauth2.client.registration.<id>.*} and
 * {@code spring.security.oauth2.client.provider.<id>.issuer-uri}, read only while this is enabled.
 *
 * @param enabled whether users may sign in through the provider and programs may call the APIs with
 *     the provider's bearer tokens; false: nothing of single sign-on is set up
 * @param userIdClaim the claim whose value becomes the user's id in the engine, made valid for it
 *     (see {@link SsoAccounts#userId})
 * @param groupsClaim the claim listing the user's groups at the provider (a list, or one value)
 * @param groupMapping for each value of the groups claim, the plan groups it stands for (for example
 *     an Entra ID group's object id to {@code area-1-owners}), matched ignoring case; a value not
 *     listed grants nothing, and a value is never taken as a group id by itself
 * @param audiences a bearer token is accepted only when its audience ({@code aud}) includes one of
 *     these; empty: the client ids of the registrations
 */
@ConfigurationProperties("oic.sso")
public record SsoProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("preferred_username") String userIdClaim,
    @DefaultValue("groups") String groupsClaim,
    Map<String, List<String>> groupMapping,
    @DefaultValue({}) List<String> audiences) {

  public SsoProperties {
    // claim values such as Entra ID object ids are matched ignoring case (environment variables lower-case keys)
    var mapping = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    if (groupMapping != null) {
      groupMapping.forEach((value, groups) -> mapping.put(value.strip(), groups == null ? List.of()
          : groups.stream().map(String::strip).filter(group -> !group.isEmpty()).toList()));
    }
    groupMapping = Collections.unmodifiableMap(mapping);
    audiences = audiences == null ? List.of() : List.copyOf(audiences);
  }

  /** The name of the switch, as {@code ProductionSafetyCheck} and the conditions read it. */
  public static final String ENABLED = "oic.sso.enabled";
}
