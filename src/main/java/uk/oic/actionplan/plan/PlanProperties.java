package uk.oic.actionplan.plan;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where plan files are read from.
 *
 * @param locations Spring resource patterns; every matching YAML file is one plan
 */
@ConfigurationProperties("oic.plans")
public record PlanProperties(@DefaultValue("classpath:plans/*.yaml") List<String> locations) {}
