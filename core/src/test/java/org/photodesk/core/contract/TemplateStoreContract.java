package org.photodesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.photodesk.core.template.FieldRule;
import org.photodesk.core.template.FillMode;
import org.photodesk.core.template.Template;
import org.photodesk.core.template.TemplateStore;

/** What every {@link TemplateStore} must do: a subclass supplies a fresh, empty one. */
public abstract class TemplateStoreContract {

    protected TemplateStore templates;

    /** A new, empty template store. */
    protected abstract TemplateStore newStore();

    @BeforeEach
    void open() {
        templates = newStore();
    }

    private static Template match() {
        return new Template("Final, Stade de France", List.of(
                new FieldRule("caption", FillMode.APPEND, "{city}, {country} – {weekday}, {date}. \\mm3\\ "),
                new FieldRule("headline", FillMode.IF_EMPTY, "Final {{live}}"),
                new FieldRule("keywords", FillMode.APPEND, "football, final"),
                new FieldRule("credit", FillMode.REPLACE, "")));
    }

    @Test
    void aTemplateComesBackAsSavedWithItsRulesInOrder() {
        assertThat(templates.save(match())).isTrue();
        templates.save(new Template("Ärger <script>", List.of(new FieldRule("city", FillMode.REPLACE, "Zürich"))));

        assertThat(templates.find("Final, Stade de France")).contains(match());
        assertThat(templates.list()).extracting(Template::name)
                .containsExactly("Final, Stade de France", "Ärger <script>");
        assertThat(templates.find("Ärger <script>").orElseThrow().rules().getFirst().text()).isEqualTo("Zürich");
        assertThat(templates.find("final, stade de france")).isEmpty();
    }

    @Test
    void savingAgainReplacesTheRules() {
        templates.save(match());

        boolean added = templates.save(new Template("Final, Stade de France",
                List.of(new FieldRule("city", FillMode.IF_EMPTY, "Saint-Denis"))));

        assertThat(added).isFalse();
        assertThat(templates.expect("Final, Stade de France").rules())
                .containsExactly(new FieldRule("city", FillMode.IF_EMPTY, "Saint-Denis"));
        assertThat(templates.list()).hasSize(1);
    }

    @Test
    void removeSaysWhetherThereWasOne() {
        templates.save(match());

        assertThat(templates.remove("Final, Stade de France")).isTrue();
        assertThat(templates.remove("Final, Stade de France")).isFalse();
        assertThat(templates.list()).isEmpty();
        assertThat(templates.find("Final, Stade de France")).isEmpty();
    }
}
