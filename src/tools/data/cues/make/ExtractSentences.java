import dev.clientlens.analyse.nlp.ModelResources;
import dev.clientlens.analyse.nlp.Nlp;
import dev.clientlens.analyse.nlp.NlpModels;
import dev.clientlens.analyse.nlp.Sentence;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.domain.Language;
import dev.clientlens.filter.AutomatedMail;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.parse.ParserSettings;
import dev.clientlens.source.RawMessage;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/**
 * Prints the English sentences outside senders wrote themselves: msgkey TAB sender TAB n TAB sentence.
 * With a second argument, a file of message keys (paths below the root, one a line), only those messages.
 */
public class ExtractSentences {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Set<String> only = args.length > 1 ? new HashSet<>(Files.readAllLines(Path.of(args[1]))) : null;
    MessageParser parser = new MessageParser(ParserSettings.DEFAULT);
    AutomatedMail automated = new AutomatedMail();
    Nlp nlp = new Nlp(NlpModels.read(ModelResources.classPath()));
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString().matches("cur|new"))
          .filter(p -> !p.toString().contains("/.Sent/")).sorted().toList();
    }
    Set<String> seenText = new HashSet<>();
    for (Path file : files) {
      if (only != null && !only.contains(root.relativize(file).toString())) continue;
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
      if (nlp.detect(text).language() != Language.ENGLISH) continue;
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
