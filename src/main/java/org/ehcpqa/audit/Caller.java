package org.ehcpqa.audit;

import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.security.Roles;

import java.util.Collection;

/**
 * Who is asking, and what they may see.
 *
 * @param admin   an administrator, who may act for either rater where the rules allow
 * @param manager a manager who is neither a QA officer nor an administrator: someone who reads audits but can never
 *                rate or moderate one, so seeing the first ratings early cannot break a moderation's blindness
 */
public record Caller(String name, boolean admin, boolean manager) {

    public static Caller of(Authentication authentication) {
        Collection<String> roles = authentication.getRoles();
        boolean admin = roles.contains(Roles.ADMIN);
        return new Caller(authentication.getName(), admin,
                !admin && roles.contains(Roles.MANAGER) && !roles.contains(Roles.QA_OFFICER));
    }
}
