import dev.clientlens.analyse.Language;
import dev.clientlens.analyse.Nlp;
import dev.clientlens.analyse.NlpModels;
import dev.clientlens.analyse.Sentence;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.filter.AutomatedMail;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.source.RawMessage;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** Prints the English sentences outside senders wrote themselves: msgkey TAB sender TAB sentence. */
public class ExtractSentences {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    MessageParser parser = new MessageParser(ParserSettings.DEFAULT);
    AutomatedMail automated = new AutomatedMail();
    Nlp nlp = new Nlp(NlpModels.load());
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString().matches("cur|new"))
          .filter(p -> !p.toString().contains("/.Sent/")).sorted().toList();
    }
    Set<String> seenText = new HashSet<>();
    for (Path file : files) {
      ParsedMessage m;
      try {
        m = parser.parse(new RawMessage(root.relativize(file).toString(), "INBOX", FolderRole.INBOX, null, Files.readAllBytes(file)));
      } catch (Exception e) { continue; }
      if (m.from().isEmpty()) continue;
      String from = m.from().get().address().toString().toLowerCase(Locale.ROOT);
      String domain = m.from().get().address().domain().toLowerCase(Locale.ROOT);
      if (domain.equals("enron.com") || domain.endsWith(".enron.com") || domain.contains("enron")) continue;
      if (automated.judge(m).isPresent() || !automated.signs(m).isEmpty()) continue;
      if (m.signal("List-Id").isPresent() || m.signal("List-Unsubscribe").isPresent()) continue;
      String text = m.text();
      if (text.isBlank() || text.length() > 6000) continue;
      String key = from + "\u0000" + text.replaceAll("\\s+", "");
      if (!seenText.add(key)) continue;
      if (nlp.language(text) != Language.ENGLISH) continue;
      String msg = root.relativize(file).toString();
      int n = 0;
      for (Sentence s : nlp.sentences(text, Language.ENGLISH)) {
        String t = s.text().replace('\t', ' ').strip();
        if (s.tokens().size() < 3 || s.tokens().size() > 80) continue;
        if (!t.matches(".*[a-zA-Z]{3,}.*")) continue;
        System.out.println(msg + "\t" + from + "\t" + (n++) + "\t" + t);
      }
    }
  }
}
