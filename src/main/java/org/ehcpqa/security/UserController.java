package org.ehcpqa.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.List;
import java.util.Map;

@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Get("/users")
    @Secured(Roles.ADMIN)
    List<UserAccount> list() {
        return accounts.all();
    }

    @Post("/users")
    @Secured(Roles.ADMIN)
    HttpResponse<UserAccount> create(@Valid @Body NewUser request) {
        return HttpResponse.created(accounts.create(request));
    }

    /** Who the caller is and what they may do: pages and clients use it after signing in. */
    @Get("/me")
    @Secured({Roles.ADMIN, Roles.QA_OFFICER, Roles.MANAGER, Roles.TRAINER})
    Map<String, Object> me(Authentication authentication) {
        return Map.of("username", authentication.getName(), "roles", authentication.getRoles());
    }
}
