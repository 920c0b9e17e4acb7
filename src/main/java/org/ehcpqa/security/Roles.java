package org.ehcpqa.security;

/** Role names as constants, for use in {@code @Secured} annotations. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String QA_OFFICER = "QA_OFFICER";
    public static final String MANAGER = "MANAGER";
    public static final String TRAINER = "TRAINER";

    private Roles() {
    }
}
