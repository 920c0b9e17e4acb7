package org.ehcpqa;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "ehcp-qa", version = "0.1",
        description = "Quality assurance of Education, Health and Care Plans"))
public class Application {

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
