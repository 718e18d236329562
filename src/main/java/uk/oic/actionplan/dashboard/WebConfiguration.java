package uk.oic.actionplan.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the GOV.UK Frontend fonts and images where its stylesheet expects them. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

  static final String GOVUK_ASSETS = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_ASSETS);
  }
}
