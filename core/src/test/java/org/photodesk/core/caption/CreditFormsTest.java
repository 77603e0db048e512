package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit forms seen on real pages (the form is named, the names are made up): the originating agency as the
 * shared/real convention reads it (a partner agency, not the distributor) and the photographer.
 */
class CreditFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // Reuters house form, partner agency after the photographer, pool, stringer, handout
        "REUTERS/Jane Roe | Reuters | Jane Roe",
        "REUTERS/Jane Roe/NTB Scanpix | NTB | Jane Roe",
        "Pool via REUTERS/Jane Roe | Reuters | Jane Roe",
        "REUTERS/Stringer | Reuters | -",
        "Jane Roe/Pool via REUTERS | Reuters | Jane Roe",
        "Example Ministry/Handout via REUTERS | Example Ministry | -",
        // AP parenthesised forms, partner after a comma, outlet re-styles
        "(AP Photo/Jane Roe) | AP | Jane Roe",
        "(AP Photo/Jane Roe, File) | AP | Jane Roe",
        "(Jane Roe/Pool Photo via AP) | AP | Jane Roe",
        "(Jane Roe/The Canadian Press via AP) | Canadian Press | Jane Roe",
        "(Jane Roe / Associated Press) | AP | Jane Roe",
        // Getty forms: agency via Getty, partner agencies via Getty, Getty for a client
        "(Photo by Jane Roe/Getty Images) | Getty Images | Jane Roe",
        "(Photo by JANE ROE/AFP via Getty Images) | AFP | Jane Roe",
        "(Photo by Jane Roe/NurPhoto via Getty Images) | NurPhoto | Jane Roe",
        "(Photo by Jane Roe/SOPA Images/LightRocket via Getty Images) | SOPA Images | Jane Roe",
        "(Photo by Jane Roe/Anadolu Agency via Getty Images) | Anadolu | Jane Roe",
        "(Photo by Jane Roe/Bloomberg via Getty Images) | Bloomberg | Jane Roe",
        "(Photo by Jane Roe/Getty Images for Example Brand) | Getty Images | Jane Roe",
        "(Photo by Jane Roe/PA Images via Getty Images) | PA | Jane Roe",
        // AFP, EPA, PA, national agencies
        "Jane ROE / AFP | AFP | Jane Roe",
        "EPA-EFE/JANE ROE | EPA | Jane Roe",
        "(Photo by Jane Roe/EPA/EFE) | EPA | Jane Roe",
        "Jane Roe/PA Wire | PA | Jane Roe",
        "(Xinhua/Jane Roe) | Xinhua | Jane Roe",
        "(Photo by Jane Roe/Xinhua) | Xinhua | Jane Roe",
        "(Kyodo) | Kyodo | -",
        "Jane Roe/dpa | dpa | Jane Roe",
        "ANSA/JANE ROE | ANSA | Jane Roe",
        "Jane Roe/Shutterstock | Shutterstock | Jane Roe",
        "Jane Roe/Bloomberg | Bloomberg | Jane Roe",
        "Jane Roe-USA TODAY Sports | Imagn | Jane Roe",
        "(Photo by Jane Roe/ZUMA Press Wire) | ZUMA | Jane Roe",
        "Jane Roe/Sipa USA | Sipa | Jane Roe",
        // outlet debris and re-styles around an agency credit
        "(AP Photo/Jane Roe)ASSOCIATED PRESS | AP | Jane Roe",
        "(AP Photo/Jane Roe) ASSOCIATED PRESS | AP | Jane Roe",
        "REUTERS/Jane Roe TPX IMAGES OF THE DAY | Reuters | Jane Roe",
        "(Reuters: Jane Roe) | Reuters | Jane Roe",
        "(AP: Jane Roe) | AP | Jane Roe",
        "(Reuters) | Reuters | -",
        "(AFP) | AFP | -",
        "(Photo credit JANE ROE/AFP/Getty Images) | AFP | Jane Roe",
        "(Photo by Gallo Images/Jane Roe) | Gallo Images | Jane Roe",
        "(Jane Roe/PA via AP) | PA | Jane Roe",
        "AP Photo/Jane Roe | AP | Jane Roe",
        "Photo: Jane Roe/AP | AP | Jane Roe",
        "(Jane Roe/AP) | AP | Jane Roe",
        "Jane Roe / AFP via Getty Images | AFP | Jane Roe",
        "Jane Roe/EPA-EFE/Shutterstock | EPA | Jane Roe",
        "Jane Roe/The New York Times | The New York Times | Jane Roe",
        // square-bracket credits of outlets (Al Jazeera, China Daily), a collection before the credit
        "[Jane Roe/Reuters] | Reuters | Jane Roe",
        "[File: Jane Roe/Reuters] | Reuters | Jane Roe",
        "[File: Reuters] | Reuters | -",
        "[Photo by Jane Roe/For China Daily] | For China Daily | Jane Roe",
        // outlet debris after a credit: story codes, gallery counters, link labels
        "REUTERS/Jane Roe [RTX12345] | Reuters | Jane Roe",
        "(AP Photo/Jane Roe) [Image 3 of 12] | AP | Jane Roe",
        "Jane Roe/Reuters [Full Story] | Reuters | Jane Roe",
        // Reuters restriction and trailer blocks that run on in sentences after the credit
        "REUTERS/Jane Roe EDITORIAL USE ONLY. No use with unauthorized audio, video, data, fixture lists. Please contact your account manager for further details. | Reuters | Jane Roe",
        "REUTERS/Jane Roe SEARCH \"ROE PARIS\" FOR THIS STORY. SEARCH \"WIDER IMAGE\" FOR ALL STORIES TPX IMAGES OF THE DAY | Reuters | Jane Roe",
        "REUTERS/Jane Roe (FRANCE - Tags: SOCIETY) FRANCE OUT. NO COMMERCIAL OR EDITORIAL SALES IN FRANCE | Reuters | Jane Roe",
        // Reuters' French service: a date note between slashes before the credit
        "/Photo prise le 2 juin 2024/REUTERS/Jane Roe | Reuters | Jane Roe",
        // Getty distributing another agency, a partner agency printed first
        "AFP/Getty Images | AFP | -",
        "Sputnik/Jane Roe/Kremlin via REUTERS | Sputnik | Jane Roe",
        // names with initials, suffixes and particles in unbracketed credits
        "REUTERS/Jane Q. Roe | Reuters | Jane Q. Roe",
        "Pool via REUTERS/Jane Q. Roe | Reuters | Jane Q. Roe",
        "#APPhoto Jane Q. Roe | AP | Jane Q. Roe",
        "Jane Roe Jr./AFP/Getty Images | AFP | Jane Roe Jr",
        "Omar al-Roe/AP | AP | Omar al-Roe",
        "Jane de la Roe AP Photo | AP | Jane de la Roe",
        // an agency's picture word before a slash is not a "Photo/" marker
        "Jane Roe/AFP PHOTO/Getty Images | AFP | Jane Roe",
        "Reuters Photo/Jane Roe | Reuters | Jane Roe",
        // no photographer printed: a dash, or the wire alone after the text
        "-/AFP/Getty Images | AFP | -",
        "ASSOCIATED PRESS | AP | -",
        // a freelancer's picture moved by a wire, in normal case
        "Jane Roe via Reuters | Reuters | Jane Roe",
        // a partner between the photographer and the closing wire made the picture; the wire's own collection did not
        "(Photo by Jane Roe/Example Pix/Getty Images) | Example Pix | Jane Roe",
        "(Photo by Jane Roe/Corbis/Getty Images) | Corbis | Jane Roe",
        "(Photo by Jane Roe/Hulton Archive/Getty Images) | Getty Images | Jane Roe",
        "(Photo by Jane Roe/Invision/AP Photo) | AP | Jane Roe",
        // newspapers named in their own language after a wire
        "(AP Photo/Example Shimbun) | Example Shimbun | -",
        // national agencies' picture services
        "(PTI Photo) | PTI | -",
        "Photo: IANS | IANS | -",
        // gallery link labels after the credit
        "REUTERS/Jane Roe ...more | Reuters | Jane Roe",
        "(Photo by Jane Roe/Getty Images) More | Getty Images | Jane Roe",
        // pictures taken from social media: the platform is the source, a handle is no photographer
        "Instagram/@jane_roe via REUTERS | Instagram | -",
        "@jane_roe/Instagram via REUTERS | Instagram | -",
        "(Twitter/@jane_roe) | Twitter | -",
        "TikTok/@jane_roe via REUTERS | TikTok | -",
        // real form: an agency's full name with one letter dropped or changed, closing a bracketed credit
        "(Jane Roe/Associated Prss) | AP | Jane Roe",
        "(Jane Roe/Agence France-Pesse) | AFP | Jane Roe",
        "Jane Roe/Associated Prss | AP | Jane Roe",
        // real form: a wire credit naming a daily (not a person) and then its photographer after a comma
        "(AP Photo/Example Shimbun, Jane Roe) | Example Shimbun | Jane Roe",
        "(AP Photo/Example Daily News, Jane Roe) | Example Daily News | Jane Roe",
        "(AP Photo/EXTV, Jane Roe) | EXTV | Jane Roe",
        // ... where a club, a company or a centre before the comma only supplied the wire, which keeps the credit
        "(AP Photo/Example Sailing Club, Jane Roe) | AP | Jane Roe",
        // real form: a body's handout moved by a wire, the body named as a person would be
        "Example Labs/Handout via REUTERS | Example Labs | -",
        "Exampla/Handout via REUTERS | Exampla | -",
        "(Example Ministry/Handout via AP) | Example Ministry | -",
        "Example Ministry/Handout via AFP | Example Ministry | -",
        // real form: a host's picture service or a broadcaster moved by a wire, maybe with the photographer after it
        "Host photo agency via Reuters | Host photo agency | -",
        "KXYZ-TV via AP Jane Roe | KXYZ-TV | Jane Roe",
        "(KXYZ-TV via AP) | KXYZ-TV | -",
        // ... while a pool still belongs to the wire that moved it (shared/real convention)
        "Example Summit Press Pool/Pool via Reuters | Reuters | -",
        // real form: an agency-only bracket, then an archive's field block after "=="
        "(Kyodo) ==Kyodo | Kyodo | -",
        "(Xinhua) ==Xinhua | Xinhua | -",
        // real form: a wire moving a national agency's picture, the partner printed after the wire
        "(Photo by Jane Roe/AP Photo/PA Wire) | PA | Jane Roe",
        "(Photo by Jane Roe/AP Photo/Keystone) | Keystone | Jane Roe",
        // real form: an outlet setting the agency apart with a slash after the last sentence
        "/ Yonhap | Yonhap | -",
        // real form: a plural marker before the credit
        "Photos: Jane Roe/Exampla | Exampla | Jane Roe",
        // real form: a picture library's "Local Caption" field after the credit
        "Photographer: Jane Roe/Bloomberg *** Local Caption *** Jane Roe | Bloomberg | Jane Roe",
        // real form: an outlet's closing line naming its photographer
        "Photographed by Jane Roe for Bloomberg. | Bloomberg | Jane Roe",
        "Photographed by Jane Roe for The New York Times. | The New York Times | Jane Roe",
        // real form: the wire's bare name after the last sentence, also after a closing quotation mark
        "Reuters | Reuters | -",
        "\"We are ready,\" the mayor said.\" Reuters | Reuters | -",
        "\u201cWe are ready,\u201d the mayor said.\u201d Reuters | Reuters | -"})
    void originatingAgencyAndPhotographer(String credit, String agency, String photographer) {
        CaptionParse p = new CaptionParser().parse("Fans cheer in Paris, France, June 2, 2024. " + credit);
        assertThat(p.agency()).as("agency of %s", credit).isEqualTo(agency);
        assertThat(p.photographer()).as("photographer of %s", credit).isEqualTo(photographer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // outlets that print background under the caption, after the agency's bracketed credit
        "(AP Photo/Jane Roe) The march was the third this week. | AP | Jane Roe",
        "(Photo by Jane Roe/Getty Images) Organisers expect more visitors next year. | Getty Images | Jane Roe"})
    void creditBeforeABackgroundParagraph(String tail, String agency, String photographer) {
        CaptionParse p = new CaptionParser().parse("Fans cheer in Paris, France, June 2, 2024. " + tail);
        assertThat(p.agency()).as("agency of %s", tail).isEqualTo(agency);
        assertThat(p.photographer()).as("photographer of %s", tail).isEqualTo(photographer);
        assertThat(p.city()).isEqualTo("Paris");
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // outlets' galleries: the credit, the day and a bar, then the place as a label before the caption
        "Jane Roe/AP Feb. 7 | Adana, Turkey Rescuers search the rubble of a building. ; AP ; Jane Roe ; Adana",
        "Jane Roe/AFP/Getty Images Feb. 7 | Adana, Turkey Rescuers search the rubble. ; AFP ; Jane Roe ; Adana",
        "Jane Roe/Reuters | Lyon, France, Fans cheer outside the stadium. ; Reuters ; Jane Roe ; Lyon"})
    void galleryCreditDayBarAndPlaceLabel(String caption, String agency, String photographer, String city) {
        CaptionParse p = new CaptionParser().parse(caption);
        assertThat(p.agency()).as("agency of %s", caption).isEqualTo(agency);
        assertThat(p.photographer()).as("photographer of %s", caption).isEqualTo(photographer);
        assertThat(p.city()).as("city of %s", caption).isEqualTo(city);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        // credits some outlets print before the caption, after a marker
        "Photo: Jane Roe/AFP \u2014 ; AFP ; Jane Roe",
        "Credit: Reuters - ; Reuters ; -",
        "Photo: Xinhua - ; Xinhua ; -"})
    void markedCreditOpeningTheCaption(String lead, String agency, String photographer) {
        CaptionParse p = new CaptionParser().parse(lead.strip() + " Fans cheer in Paris, France, June 2, 2024.");
        assertThat(p.agency()).as("agency of %s", lead).isEqualTo(agency);
        assertThat(p.photographer()).as("photographer of %s", lead).isEqualTo(photographer);
        assertThat(p.city()).isEqualTo("Paris");
    }
}
