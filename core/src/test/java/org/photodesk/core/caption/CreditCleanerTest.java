package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.photodesk.core.photo.PhotoMetadata;
import org.photodesk.core.photo.Problem;

/** Tests {@link CreditCleaner}, {@link Credit} and {@link NameCase}. */
class CreditCleanerTest {

    private final CreditCleaner cleaner = new CreditCleaner("Photodesk Daily");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CATRINUS VAN DER VEEN | Catrinus van der Veen",
        "ludovic marin | Ludovic Marin",
        "Ludovic MARIN | Ludovic Marin",
        "BRENDAN MCDERMID | Brendan McDermid",
        "SEAN O'KOURKE | Sean O'Kourke",
        "JEAN-FRANCOIS BADIAS | Jean-Francois Badias",
        "DOUGLAS MACARTHUR | Douglas MacArthur",
        "MARK MACK | Mark Mack",
        "FRANK FRANKLIN II | Frank Franklin II",
        "DE ROSA | De Rosa",
        "Jae C. Hong | Jae C. Hong"})
    void recasesNames(String in, String out) {
        assertThat(NameCase.fix(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "REUTERS/Phil Noble | Reuters | Phil Noble | |",
        "reuetrs/Phil Noble | Reuters | Phil Noble | |",
        "Phil Noble/REUTERS | Reuters | Phil Noble | |",
        "AP Photo/Martin Meissner, Pool | AP | Martin Meissner | | Pool",
        "Photo by Ludovic MARIN / AFP | AFP | Ludovic Marin | |",
        "Ludovic MARIN/AFP via Getty Images | AFP | Ludovic Marin | Getty Images |",
        "AFP PHOTO / STR | AFP | | |",
        "REUTERS/Stringer/File Photo | Reuters | | | File",
        "Ukrainian Presidential Press Service/Handout via REUTERS | Ukrainian Presidential Press Service | | Reuters | Handout",
        "REUTERS/Vegard Grott/NTB Scanpix | NTB | Vegard Grott | Reuters |",
        "AP Photo/Kyodo News | Kyodo | | AP |",
        "Ronaldo Schemidt/AFP/Getty Images | AFP | Ronaldo Schemidt | Getty Images |",
        "Robbie Jay Barratt - AMA/Getty Images | AMA | Robbie Jay Barratt | Getty Images |",
        "ANP REMKO DE WAAL | ANP | Remko de Waal | |",
        "EPA-EFE/CHRISTOPHE PETIT TESSON / POOL | EPA | Christophe Petit Tesson | | Pool",
        "Associated Press | AP | | |",
        "© 2024 Getty Images | Getty Images | | |"})
    void takesCreditsApart(String text, String agency, String photographer, String distributor, String collection) {
        Credit c = Credit.parse(CreditCleaner.stripCopyright(text));
        assertThat(c.agency()).isEqualTo(agency);
        assertThat(c.photographer()).isEqualTo(photographer);
        assertThat(c.distributor()).isEqualTo(distributor);
        assertThat(c.collection()).isEqualTo(collection);
    }

    @Test
    void stripsCopyrightPrefixes() {
        assertThat(CreditCleaner.stripCopyright("© Martin Meissner")).isEqualTo("Martin Meissner");
        assertThat(CreditCleaner.stripCopyright("Copyright 2024 AP")).isEqualTo("AP");
        assertThat(CreditCleaner.stripCopyright("(c) Reuters")).isEqualTo("Reuters");
        assertThat(CreditCleaner.stripCopyright("Phil Noble")).isEqualTo("Phil Noble");
    }

    @Test
    void cleansPhotoMetadataKeepingTheInput() {
        PhotoMetadata in = PhotoMetadata.builder().credit("reuetrs").byline(List.of("PHIL NOBLE/REUTERS", "Stringer"))
                .country("FRA").caption("A man walks.").build();
        CreditCleaner.Result r = cleaner.clean(in);
        assertThat(r.agency()).isEqualTo("Reuters");
        assertThat(r.category()).isEqualTo(UsageCategory.AGENCY);
        assertThat(r.metadata().credit()).isEqualTo("Reuters");
        assertThat(r.metadata().byline()).containsExactly("Phil Noble");
        assertThat(r.metadata().country()).isEqualTo("France");
        assertThat(r.metadata().countryCode()).isEqualTo("FR");
        assertThat(r.problems()).extracting(Problem::code).contains("credit.agency-misspelt", "byline.cleaned",
                "byline.junk", "country.code");
        assertThat(in.credit()).isEqualTo("reuetrs");
        assertThat(in.byline()).containsExactly("PHIL NOBLE/REUTERS", "Stringer");
    }

    @Test
    void readsALongAgencyNameWithOneSlipAndSaysSo() {
        // real form: an agency's full name with one letter dropped in the credit field
        CreditCleaner.Result r = cleaner.clean(PhotoMetadata.builder().credit("Associated Prss")
                .byline(List.of("Jane Roe")).build());
        assertThat(r.agency()).isEqualTo("AP");
        assertThat(r.problems()).extracting(Problem::code).contains("credit.agency-misspelt");
        assertThat(Agencies.standard().findMisspelt("Agence France-Pesse")).map(Agencies.Agency::name).hasValue("AFP");
        // two slips, or one slip in a short name, are not read as an agency
        assertThat(Agencies.standard().findMisspelt("Asociated Pres")).isEmpty();
        assertThat(Agencies.standard().findMisspelt("Kyoto")).isEmpty();
    }

    @Test
    void detectsHowThePictureArrived() {
        assertThat(category("HANDOUT", "Israeli Army")).isEqualTo(UsageCategory.HANDOUT);
        assertThat(category("POOL/AFP", "Ludovic Marin")).isEqualTo(UsageCategory.POOL);
        assertThat(category("REUTERS TV/via REUTERS", "screengrab")).isEqualTo(UsageCategory.SCREENGRAB);
        assertThat(category("Instagram/@angele_vl", null)).isEqualTo(UsageCategory.SOCIAL_MEDIA);
        assertThat(category("Photodesk Daily", "Jane Doe")).isEqualTo(UsageCategory.STAFF);
        assertThat(category("Netflix press release", null)).isEqualTo(UsageCategory.PR);
        assertThat(category("AP Photo", "Martin Meissner")).isEqualTo(UsageCategory.AGENCY);
        assertThat(category(null, null)).isEqualTo(UsageCategory.UNKNOWN);
    }

    private UsageCategory category(String credit, String byline) {
        return cleaner.clean(PhotoMetadata.builder().credit(credit).byline(byline == null ? List.of() : List.of(byline))
                .build()).category();
    }
}
