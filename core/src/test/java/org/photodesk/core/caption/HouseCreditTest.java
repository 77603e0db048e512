package org.photodesk.core.caption;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tests {@link HouseCredit} for each agency in its own style and in two house styles. */
class HouseCreditTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Martin Meissner | AP | AP Photo/Martin Meissner | (Martin Meissner/AP) | Photo: Martin Meissner / AP",
        "Phil Noble | REUTERS | REUTERS/Phil Noble | (Phil Noble/REUTERS) | Photo: Phil Noble / Reuters",
        "Ludovic Marin | AFP | Ludovic Marin/AFP | (Ludovic Marin/AFP) | Photo: Ludovic Marin / AFP",
        "Cameron Spencer | Getty Images | Cameron Spencer/Getty Images | (Cameron Spencer/GETTY IMAGES) | Photo: Cameron Spencer / Getty Images",
        "Franck Robichon | EPA-EFE | EPA-EFE/FRANCK ROBICHON | (Franck Robichon/EPA) | Photo: Franck Robichon / EPA",
        "Adam Davy | PA Wire | Adam Davy/PA Wire | (Adam Davy/PA) | Photo: Adam Davy / PA",
        "Remko de Waal | ANP | ANP/REMKO DE WAAL | (Remko de Waal/ANP) | Photo: Remko de Waal / ANP",
        "Xu Qin | Xinhua | Xu Qin/Xinhua | (Xu Qin/XINHUA) | Photo: Xu Qin / Xinhua"})
    void rendersEachAgency(String photographer, String agency, String own, String parens, String house) {
        assertThat(HouseCredit.agencyDefaults().render(photographer, agency)).isEqualTo(own);
        assertThat(HouseCredit.of("({photographer}/{AGENCY})").render(photographer, agency)).isEqualTo(parens);
        assertThat(HouseCredit.of("Photo: {photographer} / {agency}").render(photographer, agency)).isEqualTo(house);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AP | AP Photo", "Reuters | REUTERS", "AFP | AFP"})
    void rendersAgencyOnlyCredits(String agency, String own) {
        assertThat(HouseCredit.agencyDefaults().render(null, agency)).isEqualTo(own);
        assertThat(HouseCredit.agencyDefaults().render("Jane Doe", null)).isEqualTo("Jane Doe");
    }
}
