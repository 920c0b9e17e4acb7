package org.ehcpqa.search;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

import java.util.List;

/**
 * Every field of a section document, with its type, in one place. Plan-level fields are repeated
 * on each section of the plan so that filters and facets need no join.
 *
 * <ul>
 *   <li>Keyword fields (plan, version, child, team, need, ...) are indexed untokenised for exact
 *       filters and replacement by plan id; the dimensions users narrow by are also facets.</li>
 *   <li>{@link #TEXT} and {@link #ANON_TEXT}: English-analysed (stemmed, stop words removed) for
 *       ranked search, stored with offsets in the postings so highlighting reads no term vectors.</li>
 *   <li>{@link #EXACT} and {@link #ANON_EXACT}: standard-tokenised and lowercased only, with
 *       positions, for quoted phrases and proximity.</li>
 *   <li>{@link #SHINGLES}: hashes of a sample of word 8-grams, documents only, for copied text.</li>
 * </ul>
 * Trainers search the anonymised pair only, so a name typed into the box cannot find a child.
 */
public final class SectionFields {

    public static final String PLAN_ID = "plan_id";
    public static final String VERSION_ID = "version_id";
    public static final String CHILD = "child";
    /** The child's first name, stored only: a passage naming another child is the surest sign of copying. */
    public static final String CHILD_FIRST_NAME = "child_first_name";
    public static final String TEAM = "team";
    public static final String CASEWORKER = "caseworker";
    public static final String NEED = "need";
    public static final String PHASE = "phase";
    public static final String KEY_STAGE = "key_stage";
    public static final String SETTING = "setting";
    public static final String YEAR = "year";
    public static final String STATUS = "status";
    public static final String SECTION = "section";
    public static final String RATING = "rating";
    /** Empty until audits exist; an {@link AuditedRatings} bean fills it and asks for the plan to be re-indexed. */
    public static final String AUDITED_RATING = "audited_rating";
    public static final String FLAG = "flag";
    /** One document per plan carries it (its first section), so plans can be counted cheaply. */
    public static final String PLAN_HEAD = "plan_head";

    public static final String ISSUE_DATE = "issue_date";
    public static final String POSITION = "position";
    /**
     * Plan id and section position as one number: the order among sections that score the same (the
     * same sentence in many plans), so answers do not depend on the order the index was written in.
     */
    public static final String ORDER = "order";
    public static final String TITLE = "title";

    public static final String TEXT = "text";
    public static final String EXACT = "exact";
    public static final String ANON_TEXT = "anon_text";
    public static final String ANON_EXACT = "anon_exact";
    public static final String ANON_TITLE = "anon_title";
    public static final String SHINGLES = "shingles";

    /** The dimensions the search API counts. */
    public static final List<String> FACETS = List.of(SECTION, NEED, PHASE, RATING, FLAG, STATUS, YEAR,
            SETTING, AUDITED_RATING);

    /** Keyword filters the API accepts, by request parameter name (the same as the field). */
    public static final List<String> FILTERS = List.of(SECTION, NEED, PHASE, KEY_STAGE, RATING, AUDITED_RATING,
            FLAG, TEAM, STATUS, SETTING, YEAR);

    /** Ranked text: stored for snippets, offsets in the postings for the unified highlighter. */
    static final FieldType RANKED;
    /** Phrase text: positions only, not stored (the ranked field holds the same words). */
    static final FieldType PHRASES;
    /** Shingle hashes: presence only. */
    static final FieldType PRESENCE;

    static {
        RANKED = new FieldType();
        RANKED.setTokenized(true);
        RANKED.setStored(true);
        RANKED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        RANKED.freeze();
        PHRASES = new FieldType();
        PHRASES.setTokenized(true);
        PHRASES.setStored(false);
        PHRASES.setOmitNorms(false);
        PHRASES.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        PHRASES.freeze();
        PRESENCE = new FieldType();
        PRESENCE.setTokenized(false);
        PRESENCE.setOmitNorms(true);
        PRESENCE.setIndexOptions(IndexOptions.DOCS);
        PRESENCE.freeze();
    }

    private SectionFields() {
    }

    /** Facet configuration shared by writing and counting; flags and ratings may repeat. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FLAG, true);
        config.setMultiValued(RATING, true);
        config.setMultiValued(AUDITED_RATING, true);
        return config;
    }
}
