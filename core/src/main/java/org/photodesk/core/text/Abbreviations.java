package org.photodesk.core.text;

import java.util.Set;

/** Words that a dot abbreviates rather than ends a sentence: months, US states in AP style, titles. */
public final class Abbreviations {

    private static final Set<String> WORDS = Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
            "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Jr", "Sr", "Gen", "Gov", "Sen", "Rep",
            "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "No", "Co", "Inc", "Ltd", "Corp", "vs", "Ala", "Ariz", "Ark",
            "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
            "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis",
            "Wyo", "Ave", "Blvd", "approx");

    private Abbreviations() {}

    /** Whether {@code word} (without its dot) is a known abbreviation. */
    public static boolean isAbbreviation(String word) {
        return WORDS.contains(word);
    }
}
