package org.photodesk.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.photodesk.core.event.RosterName;

class RosterCodesTest {

    private final RosterCodes codes = RosterCodes.of(List.of(
            new RosterName("Final", "Kylian Mbappé", List.of(RosterCodes.alias("MM3"))),
            new RosterName("Zurich derby", "Marco Müller", List.of("Mueller", "\\mm3\\")),
            new RosterName("Final", "Ousmane Dembélé", List.of("\\od\\"))), null);

    @Test
    void aCodeBetweenBackslashesExpandsAndWordsNever() {
        assertThat(codes.expand("\\MM3\\ scores as \\od\\, mm3 and od watch")).isEqualTo(
                "Kylian Mbappé scores as Ousmane Dembélé, mm3 and od watch");
    }

    @Test
    void anUnknownCodeStaysAsTypedAndIsReported() {
        assertThat(codes.expand("\\zz\\ and C:\\Users\\x")).isEqualTo("\\zz\\ and C:\\Users\\x");
        assertThat(codes.unknown("\\zz\\ and \\od\\")).containsExactly("zz");
    }

    @Test
    void thePreferredEventWinsACodeTwoEventsGive() {
        assertThat(codes.find("mm3")).contains("Kylian Mbappé");
        assertThat(RosterCodes.of(List.of(
                new RosterName("Final", "Kylian Mbappé", List.of("\\mm3\\")),
                new RosterName("Zurich derby", "Marco Müller", List.of("\\mm3\\"))), "zurich DERBY").find("MM3"))
                .contains("Marco Müller");
    }

    @Test
    void aRosterLineGivesItsCodeBeforeAnEqualsSign() {
        assertThat(RosterCodes.split("mm3=Kylian Mbappé")).contains(new RosterCodes.Coded("mm3", "Kylian Mbappé"));
        assertThat(RosterCodes.split(" OD = Ousmane Dembélé")).contains(new RosterCodes.Coded("od", "Ousmane Dembélé"));
        assertThat(RosterCodes.split("Kylian Mbappé")).isEmpty();
        assertThat(RosterCodes.split("a b=c")).isEmpty();
        assertThat(RosterCodes.codeOf("\\od\\")).contains("od");
        assertThat(RosterCodes.codeOf("Mbappe")).isEmpty();
    }

    @Test
    void theCaptionChecksTakeTheNameOfACodedLineAndNeverTheCode() {
        var book = new org.photodesk.core.check.NameBook().addRosterLines(List.of("mm3=Kylian Mbappé\tMbappe"));
        book.addRoster("Ousmane Dembélé", List.of("\\od\\", "Dembele"));

        assertThat(book.onRoster("Kylian Mbappé")).isTrue();
        assertThat(book.onRoster("Mbappe")).isTrue();
        assertThat(book.onRoster("Dembele")).isTrue();
        assertThat(book.onRoster("mm3=Kylian Mbappé")).isFalse();
        assertThat(book.onRoster("\\od\\")).isFalse();
    }
}
