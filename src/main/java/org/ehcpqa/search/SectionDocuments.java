package org.ehcpqa.search;

import io.micronaut.core.annotation.Nullable;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.ehcpqa.plan.PlanMetadata;
import org.ehcpqa.plan.PlanSection;
import org.ehcpqa.plan.PlanView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Turns one plan version into its section documents, with the fields {@link SectionFields} names. */
final class SectionDocuments {

    /** Issue date sort value of plans without one: they sort last when newest come first. */
    static final long NO_DATE = Long.MIN_VALUE;

    private final FacetsConfig facets;

    SectionDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    List<Document> of(IndexablePlan indexable) {
        PlanView plan = indexable.plan();
        PlanMetadata metadata = plan.metadata() == null
                ? new PlanMetadata(null, null, null, null, null, null, null, null) : plan.metadata();
        List<Document> documents = new ArrayList<>();
        int position = 0;
        java.util.Set<org.ehcpqa.plan.SectionCode> anonymisedCodes = java.util.EnumSet.noneOf(org.ehcpqa.plan.SectionCode.class);
        for (PlanSection section : plan.sections()) {
            if (section.text() == null || section.text().isBlank()) {
                position++;
                continue;
            }
            Document doc = new Document();
            keyword(doc, SectionFields.PLAN_ID, Long.toString(plan.id()), false);
            keyword(doc, SectionFields.VERSION_ID, Long.toString(plan.versionId()), false);
            if (documents.isEmpty()) {
                doc.add(new StringField(SectionFields.PLAN_HEAD, "1", Field.Store.NO));
            }
            ChildIdentity.of(metadata).ifPresent(child -> keyword(doc, SectionFields.CHILD, child, false));
            ChildIdentity.firstName(metadata).ifPresent(name -> doc.add(new StoredField(SectionFields.CHILD_FIRST_NAME, name)));
            keyword(doc, SectionFields.TEAM, plan.team(), false);
            keyword(doc, SectionFields.CASEWORKER, plan.caseworker(), false);
            keyword(doc, SectionFields.NEED, metadata.primaryNeed(), true);
            keyword(doc, SectionFields.PHASE, PlanFacts.phase(metadata.schoolYear()), true);
            keyword(doc, SectionFields.KEY_STAGE, PlanFacts.keyStage(metadata.schoolYear()), false);
            keyword(doc, SectionFields.SETTING, PlanFacts.settingType(metadata.setting()), true);
            keyword(doc, SectionFields.YEAR, PlanFacts.year(metadata.issueDate()), true);
            keyword(doc, SectionFields.STATUS, PlanFacts.status(metadata), true);
            keyword(doc, SectionFields.SECTION, section.code().name(), true);
            keyword(doc, SectionFields.RATING, indexable.ratings().get(section.code()), true);
            keyword(doc, SectionFields.AUDITED_RATING, indexable.audited().get(section.code()), true);
            for (String flag : indexable.flagsOf(section.code())) {
                keyword(doc, SectionFields.FLAG, flag, true);
            }
            long day = metadata.issueDate() == null ? NO_DATE : metadata.issueDate().toEpochDay();
            doc.add(new NumericDocValuesField(SectionFields.ISSUE_DATE, day));
            if (metadata.issueDate() != null) {
                doc.add(new LongPoint(SectionFields.ISSUE_DATE, day));
                doc.add(new StoredField(SectionFields.ISSUE_DATE, metadata.issueDate().toString()));
            }
            doc.add(new StoredField(SectionFields.POSITION, position));
            doc.add(new NumericDocValuesField(SectionFields.ORDER, plan.id() * 64 + position));
            doc.add(new StoredField(SectionFields.TITLE, section.title() == null ? "" : section.title()));
            doc.add(new Field(SectionFields.TEXT, section.text(), SectionFields.RANKED));
            doc.add(new Field(SectionFields.EXACT, section.text(), SectionFields.PHRASES));
            if (indexable.anonymised() != null) {
                // The anonymiser gives one text per code; a repeated heading's other bodies go through its rewriter.
                String anonymised = anonymisedCodes.add(section.code())
                        && indexable.anonymised().sections().containsKey(section.code())
                        ? indexable.anonymised().section(section.code()) : indexable.anonymised().rewrite(section.text());
                doc.add(new Field(SectionFields.ANON_TEXT, anonymised, SectionFields.RANKED));
                doc.add(new Field(SectionFields.ANON_EXACT, anonymised, SectionFields.PHRASES));
                doc.add(new StoredField(SectionFields.ANON_TITLE,
                        indexable.anonymised().rewrite(section.title() == null ? "" : section.title())));
            }
            for (String shingle : Shingles.of(section.text()).sampledTerms()) {
                doc.add(new Field(SectionFields.SHINGLES, shingle, SectionFields.PRESENCE));
            }
            documents.add(build(doc));
            position++;
        }
        return documents;
    }

    private Document build(Document doc) {
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keyword(Document doc, String field, @Nullable String value, boolean facet) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        if (facet) {
            doc.add(new SortedSetDocValuesFacetField(field, value));
        }
    }
}
