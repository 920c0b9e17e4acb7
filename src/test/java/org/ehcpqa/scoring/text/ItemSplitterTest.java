package org.ehcpqa.scoring.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemSplitterTest {

    private final ItemSplitter splitter = new ItemSplitter();

    @Test
    void splitsBulletsOfEveryUsualKindAndKeepsSpans() {
        String text = "• Daily phonics for 20 minutes\n- Weekly check-in with the SENCo\n* A visual timetable in every lesson";
        List<Item> items = splitter.split(text);
        assertThat(items).extracting(Item::text).containsExactly("Daily phonics for 20 minutes",
                "Weekly check-in with the SENCo", "A visual timetable in every lesson");
        assertThat(items).allSatisfy(item -> assertThat(text.substring(item.start(), item.end())).isEqualTo(item.text()));
        assertThat(items).extracting(Item::kind).containsOnly(ItemKind.BULLET);
        assertThat(items).extracting(Item::number).containsExactly(1, 2, 3);
    }

    @Test
    void numberedParagraphsAndLetteredSubItemsCarryTheirParent() {
        String text = "1. Amira will have a speech and language therapy programme set by the NHS therapist.\n"
                + "a) delivered by a teaching assistant\n"
                + "b) three times a week for 20 minutes\n"
                + "2) Amira will use a writing frame in all written lessons.";
        List<Item> items = splitter.split(text);
        assertThat(items).extracting(Item::text).containsExactly(
                "Amira will have a speech and language therapy programme set by the NHS therapist.",
                "delivered by a teaching assistant", "three times a week for 20 minutes",
                "Amira will use a writing frame in all written lessons.");
        assertThat(items.get(1).leadIn()).startsWith("Amira will have a speech");
        assertThat(items.get(3).leadIn()).isNull();
        assertThat(items).extracting(Item::kind).containsOnly(ItemKind.NUMBERED);
    }

    @Test
    void tableRowsAreItemsAndTheHeaderRowIsNot() {
        String text = "Provision\tFrequency\tWho\n"
                + "Precision teaching of sight words\tDaily, 10 minutes\tTeaching assistant\n"
                + "Social skills group of 4 pupils\tWeekly, 45 minutes\tELSA";
        List<Item> items = splitter.split(text);
        assertThat(items).extracting(Item::text).containsExactly(
                "Precision teaching of sight words\tDaily, 10 minutes\tTeaching assistant",
                "Social skills group of 4 pupils\tWeekly, 45 minutes\tELSA");
        assertThat(items).extracting(Item::kind).containsOnly(ItemKind.TABLE_ROW);
    }

    @Test
    void pipeTablesAreRowsToo() {
        List<Item> items = splitter.split("| Need | Provision |\n| Reading accuracy below age | Daily 1:1 reading for 15 minutes |");
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().text()).startsWith("Reading accuracy below age");
    }

    @Test
    void headingsAndLeadInsBecomeContextNotItems() {
        String text = "Communication and interaction\n"
                + "The speech and language therapist will:\n"
                + "• set targets each term\n"
                + "• train the class teacher\n"
                + "Amira uses short sentences of three words.";
        List<Item> items = splitter.split(text);
        assertThat(items).extracting(Item::text).containsExactly("set targets each term", "train the class teacher",
                "Amira uses short sentences of three words.");
        assertThat(items.getFirst().heading()).isEqualTo("Communication and interaction");
        assertThat(items.getFirst().leadIn()).isEqualTo("The speech and language therapist will:");
        assertThat(items.get(2).leadIn()).isNull();
        assertThat(items.get(2).kind()).isEqualTo(ItemKind.PARAGRAPH);
    }

    @Test
    void aWrappedBulletStaysOneItem() {
        String text = "• Amira will have a movement break every 30 minutes\n  led by her teaching assistant.\n• Ear defenders";
        List<Item> items = splitter.split(text);
        assertThat(items).hasSize(2);
        assertThat(items.getFirst().text()).isEqualTo("Amira will have a movement break every 30 minutes\n  led by her teaching assistant.");
    }

    @Test
    void aLeadInWithNothingBelowItIsAParagraph() {
        List<Item> items = splitter.split("Amira told us what she enjoys:");
        assertThat(items).extracting(Item::text).containsExactly("Amira told us what she enjoys:");
    }

    @Test
    void emptyTextHasNoItems() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("\n \n")).isEmpty();
    }
}
