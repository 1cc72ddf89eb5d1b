package dev.clientlens.generate;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal one-page PDF with a title line, valid enough for any PDF reader. Deliverables and invoices
 * carry one as an attachment, so the parse stage meets attachments it must list but not analyse.
 */
final class Pdf {
  private Pdf() {}

  static byte[] page(String title) {
    String text = ascii(title).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    String content = "BT /F1 18 Tf 72 770 Td (" + text + ") Tj ET\n";
    List<String> objects = List.of(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Helvetica in a bare PDF knows no UTF-8: write "Arsrapport" for "Årsrapport", "oe" for "ø". */
  static String ascii(String s) {
    String folded = s.replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o").replace("Ø", "O")
        .replace("–", "-").replace("«", "\"").replace("»", "\"");
    String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c >= 32 && c < 127) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
