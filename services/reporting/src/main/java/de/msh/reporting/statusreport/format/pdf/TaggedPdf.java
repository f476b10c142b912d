package de.msh.reporting.statusreport.format.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A tagged PDF (PDF/UA-1) written page by page: every piece of content is either marked and linked into the
 * structure tree (through the page's entry in the parent tree) or marked as an artifact; the document declares its
 * language, title (shown instead of the file name) and the PDF/UA identifier in its XMP metadata; DejaVu Sans is
 * embedded as a subset. Page contents are kept in a temporary file rather than the heap, so a report of a thousand
 * projects fits the reporting service's small heap; only the structure tree stays in memory.
 *
 * <p>{@link Flow} lays text, lists, tables and charts out on top of this.
 */
public final class TaggedPdf implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    static final float LEFT = 45f; // 16 mm
    static final float RIGHT = SIZE.getWidth() - 45f;
    static final float TOP = SIZE.getHeight() - 50f; // 18 mm
    static final float BOTTOM = 50f;

    private static final String FONTS = "/de/msh/ui/fonts/";

    private final PDDocument document;
    private final PDStructureElement root;
    private final COSArray parentTree = new COSArray();
    private final String footer;
    final PDFont regular;
    final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    private PDPage page;
    private PDPageContentStream content;
    private COSArray pageParents;
    private int pages;
    private boolean marked;

    /**
     * @param title the document's title, shown by readers instead of the file name
     * @param subject what it is about, for the document information
     */
    public TaggedPdf(String title, String subject) {
        try {
            document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
            regular = PDType0Font.load(document, font("DejaVuSans.ttf"), true);
            bold = PDType0Font.load(document, font("DejaVuSans-Bold.ttf"), true);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage("de");
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(tree);
            root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
            tree.appendKid(root);
            PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
            viewer.setDisplayDocTitle(true);
            catalog.setViewerPreferences(viewer);
            String clean = printable(title);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(clean);
            info.setSubject(subject);
            info.setAuthor(AUTHOR);
            info.setProducer(PRODUCER);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xmp(clean).getBytes(StandardCharsets.UTF_8));
            catalog.setMetadata(metadata);
            footer = clean;
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be begun", e);
        }
    }

    /** The document's top element, under which everything else is tagged. */
    PDStructureElement root() {
        return root;
    }

    /** A new structure element of {@code type} as the last child of {@code parent}. */
    PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    PDPageContentStream content() {
        return content;
    }

    /**
     * Begins content that belongs to {@code element}: a marked-content sequence on this page whose MCID the parent
     * tree maps back to the element. Must be ended with {@link #end()}.
     */
    void begin(PDStructureElement element) throws IOException {
        int mcid = pageParents.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        pageParents.add(element);
        if (element.getCOSObject().getDictionaryObject(COSName.PG) == null) {
            element.setPage(page);
        }
        if (element.getCOSObject().getDictionaryObject(COSName.PG) == page.getCOSObject()) {
            appendMcid(element, mcid);
        } else {
            // the element began on an earlier page: its content here is referred to with the page named
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setMCID(mcid);
            reference.setPage(page);
            element.appendKid(reference);
        }
        marked = true;
    }

    /** Begins content that is decoration or repetition, not part of the document's structure. */
    void beginArtifact() throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        marked = true;
    }

    void end() throws IOException {
        content.endMarkedContent();
        marked = false;
    }

    /** Ends this page and begins the next, with the footer (title and page number) as an artifact. */
    void newPage() throws IOException {
        if (marked) {
            throw new IllegalStateException("a page cannot end inside marked content");
        }
        closePage();
        page = new PDPage(SIZE);
        document.addPage(page);
        page.getCOSObject().setInt(COSName.STRUCT_PARENTS, pages);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        pageParents = new COSArray();
        parentTree.add(COSInteger.get(pages));
        parentTree.add(pageParents);
        pages++;
        content = new PDPageContentStream(document, page);
        beginArtifact();
        String text = fit(footer, regular, 7.5f, RIGHT - LEFT - 60f) + "  ·  Seite " + pages;
        showText(text, regular, 7.5f, LEFT, BOTTOM - 22f);
        end();
    }

    /** Writes one line of text at the given baseline; the caller has marked it. */
    void showText(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** How wide {@code text} is in points. */
    float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text as the embedded fonts can show it: line breaks and tabs become spaces, other control characters are
     * dropped, and a character neither font has a glyph for becomes a question mark rather than failing the report.
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) {
                out.appendCodePoint(printable.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        try {
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** {@code text} cut with an ellipsis to fit {@code width}. */
    String fit(String text, PDFont font, float size, float width) {
        if (width(text, font, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", font, size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** The finished document. */
    public byte[] toBytes() {
        try {
            closePage();
            COSDictionary tree = new COSDictionary();
            tree.setItem(COSName.NUMS, parentTree);
            PDStructureTreeRoot structure = document.getDocumentCatalog().getStructureTreeRoot();
            structure.getCOSObject().setItem(COSName.PARENT_TREE, tree);
            structure.setParentTreeNextKey(pages);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendMcid(PDStructureElement element, int mcid) {
        // PDStructureElement#appendKid(PDMarkedContent) would need a content stream parsed back; an MCID is a number
        COSDictionary dictionary = element.getCOSObject();
        var kids = dictionary.getDictionaryObject(COSName.K);
        if (kids == null) {
            dictionary.setInt(COSName.K, mcid);
        } else if (kids instanceof COSArray array) {
            array.add(COSInteger.get(mcid));
        } else {
            COSArray array = new COSArray();
            array.add(kids);
            array.add(COSInteger.get(mcid));
            dictionary.setItem(COSName.K, array);
        }
    }

    private static InputStream font(String file) {
        InputStream in = TaggedPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from msh-ui (" + FONTS + ")");
        }
        return in;
    }

    private static String xmp(String title) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + Xml.escape(title) + "</rdf:li></rdf:Alt>"
                + "</dc:title><dc:creator><rdf:Seq><rdf:li>" + AUTHOR + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:language><rdf:Bag><rdf:li>de</rdf:li></rdf:Bag></dc:language>"
                + "<pdf:Producer>" + PRODUCER + "</pdf:Producer>"
                + "<pdfuaid:part>1</pdfuaid:part>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }

    private static final String AUTHOR = "Strukturwandel Mansfeld-Südharz";
    private static final String PRODUCER = "MSH Strukturwandel-Tracker (Apache PDFBox)";
}
