package org.ehcpqa.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.ehcpqa.framework.Criterion;
import org.ehcpqa.framework.FrameworkRegistry;
import org.ehcpqa.framework.QaFramework;
import org.ehcpqa.plan.SectionCode;
import org.ehcpqa.scoring.assessment.AssessmentReader;
import org.ehcpqa.scoring.assessment.RescoreStatus;
import org.ehcpqa.security.NewUser;
import org.ehcpqa.security.Role;
import org.ehcpqa.security.Roles;
import org.ehcpqa.security.UserAccount;
import org.ehcpqa.security.UserAccounts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Administration: users and roles, frameworks, and re-scoring every plan. */
@Controller("/admin")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class AdminPagesController {

    private final UserAccounts users;
    private final FrameworkRegistry frameworks;
    private final AssessmentReader assessments;
    private final Validator validator;

    AdminPagesController(UserAccounts users, FrameworkRegistry frameworks, AssessmentReader assessments,
                         Validator validator) {
        this.users = users;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.validator = validator;
    }

    @Get
    ModelAndView<Map<String, Object>> index() {
        Map<String, Object> model = new HashMap<>();
        model.put("userCount", users.count());
        model.put("frameworkCount", frameworks.active().size());
        return new ModelAndView<>("admin", model);
    }

    @Get("/users")
    ModelAndView<Map<String, Object>> users(@Nullable @QueryValue String created) {
        return usersPage(List.of(), Map.of(), created);
    }

    @Post(value = "/users", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> createUser(@Body Map<String, Object> form) {
        Set<Role> roles = roles(form);
        String username = Forms.text(form, "username");
        String displayName = Forms.text(form, "displayName");
        String password = Forms.values(form, "password").stream().findFirst().orElse("");
        NewUser request = new NewUser(username, password, displayName, roles);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<NewUser> violation : validator.validate(request)) {
            String field = violation.getPropertyPath().toString();
            errors.add(new FieldError(field, label(field) + " " + violation.getMessage()));
        }
        errors.sort(Comparator.comparingInt(e -> FIELD_ORDER.indexOf(e.field())));
        if (errors.isEmpty()) {
            try {
                users.create(request);
                return HttpResponse.seeOther(URI.create("/admin/users?created="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)));
            } catch (ProblemException e) {
                errors.add(new FieldError("username", e.getMessage()));
            }
        }
        Map<String, Object> entered = new HashMap<>();
        entered.put("username", username == null ? "" : username);
        entered.put("displayName", displayName == null ? "" : displayName);
        entered.put("roles", roles.stream().map(Enum::name).toList());
        return HttpResponse.badRequest(usersPage(errors, entered, null));
    }

    @Get("/users/{id}")
    HttpResponse<?> user(long id, @Nullable @QueryValue String saved) {
        Optional<UserAccount> account = users.find(id);
        if (account.isEmpty()) {
            throw new PageNotFound("User " + id + " was not found.");
        }
        return HttpResponse.ok(userPage(account.get(), List.of(), "true".equals(saved)));
    }

    @Post(value = "/users/{id}/roles", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeRoles(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        Optional<UserAccount> account = users.find(id);
        if (account.isEmpty()) {
            throw new PageNotFound("User " + id + " was not found.");
        }
        Set<Role> roles = roles(form);
        List<FieldError> errors = new ArrayList<>();
        if (roles.isEmpty()) {
            errors.add(new FieldError("roles", "Choose at least one role"));
        }
        CurrentUser me = CurrentUser.of(request).orElseThrow();
        if (account.get().username().equals(me.username()) && !roles.contains(Role.ADMIN)) {
            errors.add(new FieldError("roles", "You cannot remove your own administrator role: ask another"
                    + " administrator to do it"));
        }
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(userPage(account.get(), errors, false));
        }
        users.changeRoles(id, roles);
        return HttpResponse.seeOther(URI.create("/admin/users/" + id + "?saved=true"));
    }

    @Get("/frameworks")
    ModelAndView<Map<String, Object>> frameworks() {
        Map<String, Object> model = new HashMap<>();
        model.put("frameworks", frameworks.active());
        model.put("problems", frameworks.problems());
        return new ModelAndView<>("admin-frameworks", model);
    }

    @Get("/frameworks/{id}")
    HttpResponse<?> framework(String id) {
        Optional<QaFramework> framework = frameworks.find(id);
        if (framework.isEmpty()) {
            throw new PageNotFound("Framework " + id + " was not found.");
        }
        List<CriteriaGroup> groups = new ArrayList<>();
        for (SectionCode code : SectionCode.values()) {
            List<Criterion> criteria = framework.get().criteriaOf(code);
            if (!criteria.isEmpty()) {
                groups.add(new CriteriaGroup(code.name(), code.statutoryTitle(), criteria));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("framework", framework.get());
        model.put("groups", groups);
        return HttpResponse.ok(new ModelAndView<>("admin-framework", model));
    }

    @Get("/rescore")
    ModelAndView<Map<String, Object>> rescore(@Nullable @QueryValue String job) {
        return rescorePage(job, null);
    }

    /** The progress panel alone, for htmx to refresh in place while a job runs. */
    @Get("/rescore/progress")
    ModelAndView<Map<String, Object>> rescoreProgress(@Nullable @QueryValue String job) {
        ModelAndView<Map<String, Object>> page = rescorePage(job, null);
        page.setView("admin-rescore-progress");
        return page;
    }

    @Post(value = "/rescore", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> startRescore() {
        try {
            RescoreStatus status = assessments.startRescore();
            return HttpResponse.seeOther(URI.create("/admin/rescore?job=" + status.jobId()));
        } catch (ProblemException e) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(rescorePage(null, e.getMessage()));
        }
    }

    private ModelAndView<Map<String, Object>> rescorePage(@Nullable String job, @Nullable String error) {
        Map<String, Object> model = new HashMap<>();
        Optional<RescoreStatus> status = job == null ? Optional.empty() : assessments.rescore(job);
        model.put("job", status.orElse(null));
        model.put("percent", status.map(s -> s.total() == 0 ? 0 : (s.done() + s.failed()) * 100 / s.total())
                .orElse(0));
        model.put("error", error);
        return new ModelAndView<>("admin-rescore", model);
    }

    private ModelAndView<Map<String, Object>> usersPage(List<FieldError> errors, Map<String, Object> entered,
                                                       @Nullable String created) {
        Map<String, Object> model = new HashMap<>();
        model.put("users", users.all());
        model.put("errors", errors);
        model.put("entered", entered);
        model.put("created", created);
        model.put("roles", roleChoices());
        return new ModelAndView<>("admin-users", model);
    }

    private ModelAndView<Map<String, Object>> userPage(UserAccount account, List<FieldError> errors, boolean saved) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("granted", account.roles().stream().map(Enum::name).toList());
        model.put("errors", errors);
        model.put("saved", saved);
        model.put("roles", roleChoices());
        return new ModelAndView<>("admin-user", model);
    }

    private static Set<Role> roles(Map<String, Object> form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : Forms.values(form, "roles")) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).forEach(roles::add);
        }
        return roles;
    }

    private static final List<String> FIELD_ORDER = List.of("username", "displayName", "password", "roles");

    private static String label(String field) {
        return switch (field) {
            case "username" -> "Username";
            case "displayName" -> "Full name";
            case "password" -> "Password";
            case "roles" -> "Roles";
            default -> field;
        };
    }

    static List<RoleChoice> roleChoices() {
        return List.of(
                new RoleChoice("QA_OFFICER", "QA officer", "Uploads and audits plans"),
                new RoleChoice("MANAGER", "Team manager", "Reads plans, ratings and trends"),
                new RoleChoice("TRAINER", "Trainer", "Searches anonymised plans for training"),
                new RoleChoice("ADMIN", "Administrator", "Everything, including users and frameworks"));
    }

    public record RoleChoice(String value, String label, String hint) {
    }

    public record CriteriaGroup(String code, String title, List<Criterion> criteria) {
    }
}
