package org.photodesk.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdNoteSignalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        "MANDATORY KILL. The picture was altered.                      | KILL",
        "KILL: distributed in error                                    | KILL",
        "ELIMINATION - the picture has been withdrawn                  | KILL",
        "ATTENTION EDITORS - WITHDRAWN: do not use                     | KILL",
        "THIS PICTURE REPLACES A KILLED PICTURE                        | UPDATE",
        "CORRECTS SPELLING OF NAME                                     | CORRECTION",
        "REFILE - CORRECTING DATE                                      | CORRECTION",
        "REFILE - ADDING LOCATION                                      | UPDATE",
        "UPDATES WITH NEW PICTURE                                      | UPDATE",
        "do not kill the lede; corrects nothing                        | NONE",
        "Embargoed until 0600 CET March 15.                            | NONE"})
    void signalsReadFromCapitalisedWords(String note, Signal.Kind kind) {
        assertThat(EdNoteSignals.infer(note).map(Signal::kind).orElse(null)).isEqualTo(kind);
    }
}
