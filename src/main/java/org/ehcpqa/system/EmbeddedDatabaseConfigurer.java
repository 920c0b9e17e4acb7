package org.ehcpqa.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the embedded MariaDB when no URL is configured
 * ({@code DATASOURCES_DEFAULT_URL} unset), and starts nothing when one is. It runs before the
 * configuration's own initialisation, which would otherwise fail for want of a URL.
 */
@Singleton
class EmbeddedDatabaseConfigurer implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final BeanProvider<EmbeddedMariaDb> embedded;

    EmbeddedDatabaseConfigurer(BeanProvider<EmbeddedMariaDb> embedded) {
        this.embedded = embedded;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String configured = config.getConfiguredUrl();
        if (configured == null || configured.isBlank()) {
            config.setUrl(embedded.get().jdbcUrl());
            config.setUsername("root");
            config.setPassword("");
        }
        return config;
    }
}
