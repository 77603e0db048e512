package org.photodesk.core.metadata;

import java.util.Map;

/** The names the IPTC IIM 4.2 specification gives to the datasets a picture desk meets. */
final class IimNames {

    private static final Map<Integer, String> ENVELOPE = Map.of(
            0, "EnvelopeRecordVersion", 5, "Destination", 20, "FileFormat", 30, "ServiceIdentifier",
            40, "EnvelopeNumber", 70, "DateSent", 80, "TimeSent", 90, "CodedCharacterSet");

    private static final Map<Integer, String> APPLICATION = Map.ofEntries(
            Map.entry(0, "ApplicationRecordVersion"), Map.entry(5, "ObjectName"), Map.entry(7, "EditStatus"),
            Map.entry(10, "Urgency"), Map.entry(12, "SubjectReference"), Map.entry(15, "Category"),
            Map.entry(20, "SupplementalCategories"), Map.entry(22, "FixtureIdentifier"), Map.entry(25, "Keywords"),
            Map.entry(26, "ContentLocationCode"), Map.entry(27, "ContentLocationName"),
            Map.entry(40, "SpecialInstructions"), Map.entry(55, "DateCreated"), Map.entry(60, "TimeCreated"),
            Map.entry(62, "DigitalCreationDate"), Map.entry(63, "DigitalCreationTime"),
            Map.entry(65, "OriginatingProgram"), Map.entry(70, "ProgramVersion"), Map.entry(80, "By-line"),
            Map.entry(85, "By-lineTitle"), Map.entry(90, "City"), Map.entry(92, "Sub-location"),
            Map.entry(95, "Province-State"), Map.entry(100, "Country-PrimaryLocationCode"),
            Map.entry(101, "Country-PrimaryLocationName"), Map.entry(103, "OriginalTransmissionReference"),
            Map.entry(105, "Headline"), Map.entry(110, "Credit"), Map.entry(115, "Source"),
            Map.entry(116, "CopyrightNotice"), Map.entry(118, "Contact"), Map.entry(120, "Caption-Abstract"),
            Map.entry(122, "Writer-Editor"), Map.entry(130, "ImageType"), Map.entry(135, "LanguageIdentifier"));

    private IimNames() {}

    /** The raw key for a dataset, such as {@code 2:120 Caption-Abstract}, or {@code 2:200} when unnamed. */
    static String key(int record, int dataset) {
        String name = switch (record) {
            case 1 -> ENVELOPE.get(dataset);
            case 2 -> APPLICATION.get(dataset);
            default -> null;
        };
        return name == null ? record + ":" + dataset : record + ":" + dataset + " " + name;
    }
}
