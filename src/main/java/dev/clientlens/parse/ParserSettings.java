package dev.clientlens.parse;

/**
 * Limits that keep one hostile or broken message from costing the whole scan.
 *
 * @param maxParts parts walked per message before the rest is ignored
 * @param maxDepth multipart nesting followed
 * @param maxTextChars characters of body text kept (longer text is cut, with a note)
 * @param maxHtmlChars characters of HTML converted (longer HTML is cut before conversion)
 */
public record ParserSettings(int maxParts, int maxDepth, int maxTextChars, int maxHtmlChars) {
  public static final ParserSettings DEFAULT = new ParserSettings(200, 16, 200_000, 2_000_000);

  public ParserSettings {
    if (maxParts < 1 || maxDepth < 1 || maxTextChars < 1 || maxHtmlChars < 1) {
      throw new IllegalArgumentException("parser settings: every limit must be positive");
    }
  }
}
