package org.ehcpqa.synthetic;

import io.micronaut.serde.annotation.Serdeable;
/** How well a generated plan is written: strong plans meet the statutory tests, weak ones do not. */
@Serdeable
public enum PlanQuality {
    STRONG, ADEQUATE, WEAK
}
