package org.selfeval.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Streams through every XML part of an opened package before POI builds its object tree from it, so that what
 * no form workbook contains is refused early and cheaply: a document that is not a workbook (.docx, .pptx), a
 * DOCTYPE (external entities, XXE, entity expansion; Excel never writes one), and a sheet with more rows or
 * cells than any form, which POI would otherwise hold in memory whole.
 */
final class PackageScan {

    /** Rows of one sheet: the most indicator rows a form file may have (10,000) plus the form's own rows. */
    static final int MAX_ROWS = 12_000;
    /** Cells of one sheet: a form has 10 columns. */
    static final int MAX_CELLS = 250_000;

    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());
    private static final String WORKSHEET_TYPE = XSSFRelation.WORKSHEET.getContentType();

    private final String fileName;
    private final XMLInputFactory factory = XMLHelper.newXMLInputFactory();

    PackageScan(String fileName) {
        this.fileName = fileName;
    }

    /** Refuses the package, or returns when it may be handed to POI's workbook. */
    void check(OPCPackage pkg) throws XlsxReadException, IOException, XMLStreamException, InvalidFormatException {
        var main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) { // "Strict Open XML" names the main part differently; POI reads it as a workbook
            main = pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (main.isEmpty()) {
            throw new XlsxReadException(null, "xlsx.error.notWorkbook", fileName);
        }
        if (!WORKBOOK_TYPES.contains(main.get(0).getContentType())) {
            throw new XlsxReadException(null, "xlsx.error.otherOffice", fileName);
        }
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType();
            // The core properties were already parsed by POI on opening (with DOCTYPEs refused), and their part
            // gives no stream.
            if (type.endsWith("xml") && !type.equals(ContentTypes.CORE_PROPERTIES_PART)) { // application/xml, …+xml
                scan(part, WORKSHEET_TYPE.equals(type));
            }
        }
    }

    private void scan(PackagePart part, boolean worksheet) throws XlsxReadException, IOException, XMLStreamException {
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                long rows = 0;
                long cells = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new XlsxReadException(null, "xlsx.error.doctype", fileName);
                    }
                    if (worksheet && event == XMLStreamConstants.START_ELEMENT) {
                        String name = xml.getLocalName();
                        if (name.equals("row") && (++rows > MAX_ROWS || rowNumber(xml) > MAX_ROWS)) {
                            throw new XlsxReadException(null, "xlsx.error.tooManyRows", fileName, MAX_ROWS);
                        }
                        if (name.equals("c") && ++cells > MAX_CELLS) {
                            throw new XlsxReadException(null, "xlsx.error.tooManyCells", fileName, MAX_CELLS);
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    /** The 1-based row number of a {@code <row r="…">}; 0 when absent or not a number (POI then counts on). */
    private static long rowNumber(XMLStreamReader xml) {
        String r = xml.getAttributeValue(null, "r");
        if (r == null || r.isEmpty() || r.length() > 10 || !r.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Long.parseLong(r);
    }
}
