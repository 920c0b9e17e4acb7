package org.ehcpqa.report.pack;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import org.ehcpqa.report.TrainingPack;
import org.ehcpqa.security.Roles;

import java.util.List;

/**
 * Training packs. Trainers (and administrators) build them; QA officers and managers may read
 * them. Every example's text comes back anonymised.
 */
@Controller("/api/training-packs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.TRAINER})
class TrainingPackController {

    private final TrainingPacks packs;

    TrainingPackController(TrainingPacks packs) {
        this.packs = packs;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.TRAINER, Roles.QA_OFFICER, Roles.MANAGER})
    List<PackSummary> list() {
        return packs.list();
    }

    @Post
    HttpResponse<PackSummary> create(@Valid @Body NewTrainingPack request, Authentication user) {
        return HttpResponse.created(packs.create(request, user.getName()));
    }

    @Get("/{id}")
    @Secured({Roles.ADMIN, Roles.TRAINER, Roles.QA_OFFICER, Roles.MANAGER})
    TrainingPack view(long id) {
        return packs.view(id);
    }

    @Put("/{id}")
    PackSummary rename(long id, @Valid @Body NewTrainingPack request) {
        return packs.rename(id, request);
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(long id) {
        packs.delete(id);
        return HttpResponse.noContent();
    }

    @Get("/{id}/items")
    @Secured({Roles.ADMIN, Roles.TRAINER, Roles.QA_OFFICER, Roles.MANAGER})
    List<TrainingPack.Item> items(long id) {
        return packs.view(id).items();
    }

    @Post("/{id}/items")
    HttpResponse<TrainingPack.Item> addItem(long id, @Valid @Body NewPackItem request, Authentication user) {
        return HttpResponse.created(packs.addItem(id, request, user.getName()));
    }

    @Put("/{id}/items/order")
    TrainingPack reorder(long id, @Valid @Body PackOrder order) {
        return packs.reorder(id, order);
    }

    @Put("/{id}/items/{itemId}")
    TrainingPack.Item changeCommentary(long id, long itemId, @Valid @Body PackCommentary request) {
        return packs.changeCommentary(id, itemId, request.commentary());
    }

    @Delete("/{id}/items/{itemId}")
    HttpResponse<Void> removeItem(long id, long itemId) {
        packs.removeItem(id, itemId);
        return HttpResponse.noContent();
    }
}
