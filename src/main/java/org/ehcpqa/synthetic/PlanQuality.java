package org.ehcpqa.synthetic;

/** How well a generated plan is written: strong plans meet the statutory tests, weak ones do not. */
public enum PlanQuality {
    STRONG, ADEQUATE, WEAK
}
