package org.ehcpqa.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Points the default datasource at the embedded MariaDB when no URL is configured
 * ({@code DATASOURCES_DEFAULT_URL} unset), and starts nothing when one is.
 */
@Singleton
class EmbeddedDatabaseConfigurer implements BeanCreatedEventListener<DatasourceConfiguration> {

    private final BeanProvider<EmbeddedMariaDb> embedded;

    EmbeddedDatabaseConfigurer(BeanProvider<EmbeddedMariaDb> embedded) {
        this.embedded = embedded;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
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
