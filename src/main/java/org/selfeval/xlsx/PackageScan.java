package org.selfeval.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.selfeval.io.LocalizedIOException.Phrase;

/**
 * Measures an opened package with one streaming (StAX) pass over its parts before POI builds its object tree, so
 * that what no form workbook contains is refused early and cheaply, in one line saying which limit
 * ({@link WorkbookLimits}): a document that is not a workbook, a DOCTYPE (external entities, entity expansion;
 * Excel never writes one), too many sheets, rows, cells, merged regions, styles, shared strings, too long number
 * formats or document properties. Parts are found by their relationships, as POI finds them, whatever content type
 * they declare. What POI would drop silently (a row number given twice, a shared-string index that points nowhere)
 * becomes a note of the sheet.
 */
final class PackageScan {

    /** The main part of an Excel binary workbook (.xlsb), which POI's workbook cannot read. */
    static final String XLSB_TYPE = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private final String fileName;
    private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();
    private final Map<String, List<ImportNote>> notes = new HashMap<>();
    private final Set<String> scanned = new HashSet<>();
    private final SheetCounts counts;

    PackageScan(String fileName) {
        this.fileName = fileName;
        this.counts = new SheetCounts(this::limit);
    }

    /**
     * Refuses the package, or returns when it may be handed to POI's workbook, with the notes found per sheet
     * name.
     */
    Map<String, List<ImportNote>> check(OPCPackage pkg)
            throws XlsxReadException, IOException, XMLStreamException, InvalidFormatException {
        var main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) { // "Strict Open XML" names the main part differently; POI reads it as a workbook
            main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (main.isEmpty()) {
            throw new XlsxReadException(null, "xlsx.error.notWorkbook", fileName);
        }
        PackagePart workbook = main.get(0);
        if (XLSB_TYPE.equals(workbook.getContentType())) {
            throw new XlsxReadException(null, "xlsx.error.xlsb", fileName);
        }
        if (!WORKBOOK_TYPES.contains(workbook.getContentType())) {
            throw new XlsxReadException(null, "xlsx.error.otherOffice", fileName);
        }
        for (PackageRelationship rel : pkg.getRelationships()) {
            if (rel.getRelationshipType().endsWith("-properties") && rel.getTargetMode() != TargetMode.EXTERNAL) {
                PackagePart properties = pkg.getPart(rel);
                if (properties != null && !ContentTypes.CORE_PROPERTIES_PART.equals(properties.getContentType())) {
                    requireSmall(properties);
                }
            }
        }
        Map<String, String> sheetNames = sheetNames(workbook);
        int sharedStrings = 0;
        List<PackageRelationship> sheets = new ArrayList<>();
        for (PackageRelationship rel : workbook.getRelationships()) {
            PackagePart part = rel.getTargetMode() == TargetMode.EXTERNAL ? null : workbook.getRelatedPart(rel);
            String type = rel.getRelationshipType();
            if (part == null) {
                continue;
            }
            if (type.endsWith("/sharedStrings")) {
                sharedStrings = sharedStrings(part);
            } else if (type.endsWith("/styles")) {
                styles(part);
            } else if (type.endsWith("/worksheet")) {
                sheets.add(rel);
            }
        }
        for (PackageRelationship rel : sheets) {
            String sheet = sheetNames.getOrDefault(rel.getId(), "");
            List<ImportNote> found = notes.computeIfAbsent(sheet, s -> new ArrayList<>());
            counts.startSheet(found, sharedStrings);
            scan(workbook.getRelatedPart(rel), counts::visit);
        }
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType();
            // The core properties were already parsed by POI on opening (with DOCTYPEs refused), and their part
            // gives no stream.
            if (!scanned.contains(part.getPartName().getName()) && type.endsWith("xml")
                    && !type.equals(ContentTypes.CORE_PROPERTIES_PART)) { // application/xml, …+xml
                scan(part, xml -> { });
            }
        }
        return notes;
    }

    /** The sheets' names by the id of their relationship from the workbook; refuses too many sheets. */
    private Map<String, String> sheetNames(PackagePart workbook) throws XlsxReadException, IOException,
            XMLStreamException {
        Map<String, String> names = new HashMap<>();
        scan(workbook, xml -> {
            if (xml.getLocalName().equals("sheet")) {
                if (names.size() >= WorkbookLimits.MAX_SHEETS) {
                    limit("xlsx.limit.sheets", WorkbookLimits.MAX_SHEETS);
                }
                String id = null;
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    if (xml.getAttributeLocalName(i).equals("id")) {
                        id = xml.getAttributeValue(i);
                    }
                }
                names.put(id == null ? "#" + names.size() : id, String.valueOf(xml.getAttributeValue(null, "name")));
            }
        });
        return names;
    }

    /** Counts the shared strings and their characters; returns how many there are. */
    private int sharedStrings(PackagePart part) throws XlsxReadException, IOException, XMLStreamException {
        int[] strings = {0};
        long[] characters = {0};
        scan(part, xml -> {
            String name = xml.getLocalName();
            if (name.equals("si") && ++strings[0] > WorkbookLimits.MAX_SHARED_STRINGS) {
                limit("xlsx.limit.sharedStrings", WorkbookLimits.MAX_SHARED_STRINGS);
            }
            if (name.equals("t")) {
                characters[0] += xml.getElementText().length();
                if (characters[0] > WorkbookLimits.MAX_SHARED_TEXT) {
                    limit("xlsx.limit.sharedText", WorkbookLimits.MAX_SHARED_TEXT);
                }
            }
        });
        return strings[0];
    }

    /** Refuses too many style records, too many number formats, or a number-format code too long. */
    private void styles(PackagePart part) throws XlsxReadException, IOException, XMLStreamException {
        int[] styles = {0};
        int[] formats = {0};
        scan(part, xml -> {
            switch (xml.getLocalName()) {
                case "xf", "font", "fill", "border", "dxf", "cellStyle" -> {
                    if (++styles[0] > WorkbookLimits.MAX_STYLES) {
                        limit("xlsx.limit.styles", WorkbookLimits.MAX_STYLES);
                    }
                }
                case "numFmt" -> {
                    if (++formats[0] > WorkbookLimits.MAX_FORMATS) {
                        limit("xlsx.limit.formats", WorkbookLimits.MAX_FORMATS);
                    }
                    String code = xml.getAttributeValue(null, "formatCode");
                    if (code != null && code.length() > WorkbookLimits.MAX_FORMAT_CODE) {
                        limit("xlsx.limit.formatCode", WorkbookLimits.MAX_FORMAT_CODE);
                    }
                }
                default -> {
                }
            }
        });
    }

    /** Refuses a document-properties part larger than {@link WorkbookLimits#MAX_PROPERTIES_BYTES}. */
    private void requireSmall(PackagePart part) throws XlsxReadException, IOException {
        byte[] buffer = new byte[8192];
        long size = 0;
        try (InputStream in = part.getInputStream()) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                size += n;
                if (size > WorkbookLimits.MAX_PROPERTIES_BYTES) {
                    limit("xlsx.limit.properties", WorkbookLimits.MAX_PROPERTIES_BYTES / 1024);
                }
            }
        }
    }

    /** What a scan does at each start tag; it may refuse. */
    interface Visitor {
        void start(XMLStreamReader xml) throws XlsxReadException, XMLStreamException;
    }

    private void scan(PackagePart part, Visitor visitor) throws XlsxReadException, IOException, XMLStreamException {
        scanned.add(part.getPartName().getName());
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new XlsxReadException(null, "xlsx.error.doctype", fileName);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        visitor.start(xml);
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    /** Refuses the workbook for a limit, in one line naming it. */
    private void limit(String key, Object... args) throws XlsxReadException {
        if (key.equals("xlsx.error.tooManyRows") || key.equals("xlsx.error.tooManyCells")) {
            throw new XlsxReadException(null, key, fileName, args[0]);
        }
        throw new XlsxReadException(null, "xlsx.error.limit", fileName, new Phrase(key, args));
    }
}
