package org.ehcpqa.security;

/** What a user may do. ADMIN may use every route. */
public enum Role {
    ADMIN, QA_OFFICER, MANAGER, TRAINER
}
