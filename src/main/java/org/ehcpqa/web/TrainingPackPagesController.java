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
import org.ehcpqa.report.TrainingPack;
import org.ehcpqa.report.pack.NewTrainingPack;
import org.ehcpqa.report.pack.PackOrder;
import org.ehcpqa.report.pack.PackSummary;
import org.ehcpqa.report.pack.TrainingPacks;
import org.ehcpqa.security.Roles;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training packs as pages: the list, a new pack, and one pack with its anonymised examples, where
 * trainers write commentary, change the order and remove examples. QA officers and managers read
 * packs, as the API lets them; only trainers and administrators change them. Every text shown
 * comes from {@link TrainingPacks#view}, which anonymises it.
 */
@Controller("/training-packs")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.TRAINER, Roles.QA_OFFICER, Roles.MANAGER})
class TrainingPackPagesController {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_COMMENTARY = 10_000;

    private final TrainingPacks packs;

    TrainingPackPagesController(TrainingPacks packs) {
        this.packs = packs;
    }

    @Get
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String deleted) {
        ModelAndView<Map<String, Object>> page = listPage(List.of(), null, null);
        page.getModel().ifPresent(model -> model.put("deleted", "true".equals(deleted)));
        return page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.TRAINER})
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> form) {
        String title = Forms.text(form, "title");
        String description = Forms.text(form, "description");
        List<FieldError> errors = detailErrors(title, description);
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(listPage(errors, title, description));
        }
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        PackSummary pack = packs.create(new NewTrainingPack(title, description), user.username());
        return HttpResponse.seeOther(URI.create("/training-packs/" + pack.id() + "?saved=created"));
    }

    @Get("/{id}")
    HttpResponse<?> pack(HttpRequest<?> request, long id, @Nullable @QueryValue String saved) {
        try {
            return HttpResponse.ok(packPage(request, packs.view(id), List.of(), saved));
        } catch (ProblemException e) {
            throw new PageNotFound("Training pack " + id + " was not found.");
        }
    }

    /** A new title and description; the same rules as a new pack's. */
    @Post(value = "/{id}/details", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.TRAINER})
    HttpResponse<?> details(HttpRequest<?> request, long id, @Body Map<String, Object> form) {
        String title = Forms.text(form, "title");
        String description = Forms.text(form, "description");
        List<FieldError> errors = detailErrors(title, description);
        if (!errors.isEmpty()) {
            return refused(request, id, errors.get(0));
        }
        try {
            packs.rename(id, new NewTrainingPack(title, description));
        } catch (ProblemException e) {
            throw new PageNotFound("Training pack " + id + " was not found.");
        }
        return HttpResponse.seeOther(URI.create("/training-packs/" + id + "?saved=details"));
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.TRAINER})
    HttpResponse<?> delete(long id) {
        try {
            packs.delete(id);
        } catch (ProblemException e) {
            throw new PageNotFound("Training pack " + id + " was not found.");
        }
        return HttpResponse.seeOther(URI.create("/training-packs?deleted=true"));
    }

    @Post(value = "/{id}/items/{itemId}/commentary", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.TRAINER})
    HttpResponse<?> commentary(HttpRequest<?> request, long id, long itemId, @Body Map<String, Object> form) {
        String commentary = Forms.values(form, "commentary").stream().findFirst().orElse("");
        if (commentary.length() > MAX_COMMENTARY) {
            return refused(request, id, new FieldError("commentary-" + itemId,
                    "Commentary may have at most " + MAX_COMMENTARY + " characters"));
        }
        try {
            packs.changeCommentary(id, itemId, commentary);
        } catch (ProblemException e) {
            return refused(request, id, new FieldError("commentary-" + itemId, e.getMessage()));
        }
        return back(id, "commentary", itemId);
    }

    /** Moves an example one place up or down: the pack's order with two neighbours swapped. */
    @Post(value = "/{id}/items/{itemId}/move", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.TRAINER})
    HttpResponse<?> move(HttpRequest<?> request, long id, long itemId, @Body Map<String, Object> form) {
        try {
            List<Long> order = new ArrayList<>(packs.view(id).items().stream().map(TrainingPack.Item::id).toList());
            int at = order.indexOf(itemId);
            int to = at + ("up".equals(Forms.text(form, "direction")) ? -1 : 1);
            if (at >= 0 && to >= 0 && to < order.size()) {
                order.set(at, order.get(to));
                order.set(to, itemId);
                packs.reorder(id, new PackOrder(order));
            }
        } catch (ProblemException e) {
            return refused(request, id, new FieldError("examples", e.getMessage()));
        }
        return back(id, "moved", itemId);
    }

    @Post(value = "/{id}/items/{itemId}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured({Roles.ADMIN, Roles.TRAINER})
    HttpResponse<?> remove(HttpRequest<?> request, long id, long itemId) {
        try {
            packs.removeItem(id, itemId);
        } catch (ProblemException e) {
            return refused(request, id, new FieldError("examples", e.getMessage()));
        }
        return HttpResponse.seeOther(URI.create("/training-packs/" + id + "?saved=removed"));
    }

    private HttpResponse<?> back(long id, String saved, long itemId) {
        return HttpResponse.seeOther(URI.create("/training-packs/" + id + "?saved=" + saved + "#item-" + itemId));
    }

    private HttpResponse<?> refused(HttpRequest<?> request, long id, FieldError error) {
        try {
            return HttpResponse.badRequest(packPage(request, packs.view(id), List.of(error), null));
        } catch (ProblemException e) {
            throw new PageNotFound("Training pack " + id + " was not found.");
        }
    }

    private static List<FieldError> detailErrors(@Nullable String title, @Nullable String description) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null) {
            errors.add(new FieldError("title", "Enter a title for the pack"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new FieldError("title", "A title may have at most " + MAX_TITLE + " characters"));
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "A description may have at most " + MAX_DESCRIPTION
                    + " characters"));
        }
        return errors;
    }

    private ModelAndView<Map<String, Object>> listPage(List<FieldError> errors, @Nullable String title,
                                                      @Nullable String description) {
        Map<String, Object> model = new HashMap<>();
        model.put("packs", packs.list());
        model.put("errors", errors);
        model.put("title", title == null ? "" : title);
        model.put("description", description == null ? "" : description);
        return new ModelAndView<>("training-packs", model);
    }

    private ModelAndView<Map<String, Object>> packPage(HttpRequest<?> request, TrainingPack pack,
                                                      List<FieldError> errors, @Nullable String saved) {
        CurrentUser user = CurrentUser.of(request).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("pack", pack);
        model.put("errors", errors);
        model.put("edits", user.trainer());
        model.put("saved", savedMessage(saved));
        return new ModelAndView<>("training-pack", model);
    }

    private static String savedMessage(@Nullable String saved) {
        if (saved == null) {
            return null;
        }
        return switch (saved) {
            case "created" -> "Pack created. Add examples to it from the search page.";
            case "commentary" -> "Commentary saved.";
            case "moved" -> "Order saved.";
            case "removed" -> "Example removed.";
            case "details" -> "Title and description saved.";
            default -> null;
        };
    }
}
