package org.ehcpqa.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import org.ehcpqa.security.Roles;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The signed-in user as pages see them. ADMIN may do everything, so it counts as every role. */
public record CurrentUser(String username, String displayName, Set<String> roles) {

    public static Optional<CurrentUser> of(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(CurrentUser::of);
    }

    public static CurrentUser of(Authentication authentication) {
        Object name = authentication.getAttributes().get("name");
        Collection<String> roles = authentication.getRoles();
        return new CurrentUser(authentication.getName(), name == null ? authentication.getName() : name.toString(),
                Set.copyOf(roles));
    }

    public boolean admin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean qaOfficer() {
        return admin() || roles.contains(Roles.QA_OFFICER);
    }

    public boolean manager() {
        return admin() || roles.contains(Roles.MANAGER);
    }

    public boolean trainer() {
        return admin() || roles.contains(Roles.TRAINER);
    }

    /** May read plans' full text (trainers only ever see anonymised text). */
    public boolean readsPlans() {
        return admin() || roles.contains(Roles.QA_OFFICER) || roles.contains(Roles.MANAGER);
    }

    public boolean uploads() {
        return admin() || roles.contains(Roles.QA_OFFICER);
    }
}
