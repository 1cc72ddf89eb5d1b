package dev.clientlens.pipeline;

import dev.clientlens.aggregate.MessageFacts;
import dev.clientlens.analyse.Analyser;
import dev.clientlens.analyse.CueSentence;
import dev.clientlens.domain.FolderRole;
import dev.clientlens.filter.AutomatedMail;
import dev.clientlens.filter.Duplicates;
import dev.clientlens.filter.HeaderRules;
import dev.clientlens.filter.Owner;
import dev.clientlens.filter.Verdict;
import dev.clientlens.parse.MessageParser;
import dev.clientlens.parse.ParseProblem;
import dev.clientlens.parse.ParsedMessage;
import dev.clientlens.source.RawMessage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens to one new message on a worker thread: parse it, apply the header rules, and analyse the
 * text of mail a person wrote: tone and deadlines for mail that may be a client's, deadlines only for
 * our own (the Sent folder, or the addresses given with {@code --me}). The text is dropped here; only
 * the facts go on, and, with {@code --evidence-text}, the sentences that showed cues (kept in memory for
 * this run, never stored). Shared by the workers; each thread gets its own analyser, since OpenNLP's tools keep
 * state between calls.
 */
final class MessageWork {
  private final MessageParser parser;
  private final HeaderRules headerRules = new HeaderRules();
  private final AutomatedMail automated = new AutomatedMail();
  private final Optional<Owner> owner;
  private final ThreadLocal<Analyser> analysers;
  private final boolean keepSentences;
  private Analyser.Models models;

  /** The facts of one message, and its cue sentences when the scan keeps them (else none). */
  record Worked(MessageFacts facts, List<CueSentence> cueSentences) {
    Worked {
      Objects.requireNonNull(facts, "facts");
      cueSentences = List.copyOf(cueSentences);
    }
  }

  /**
   * The language models are loaded once, when the first new message needs them, so a scan that finds
   * nothing new does not pay for them.
   */
  MessageWork(ScanSettings settings) {
    this.parser = new MessageParser(settings.parser());
    this.owner = settings.owner();
    this.keepSentences = settings.evidenceText();
    this.analysers = settings.analyseLanguage() ? ThreadLocal.withInitial(() -> new Analyser(models())) : null;
  }

  private synchronized Analyser.Models models() {
    if (models == null) {
      models = Analyser.Models.load();
    }
    return models;
  }

  Worked apply(RawMessage raw) throws ParseProblem {
    ParsedMessage message = parser.parse(raw);
    Optional<Verdict> verdict = headerRules.judge(message).or(() -> automated.judge(message));
    Analyser.WithSentences analysed = Analyser.WithSentences.NONE;
    if (analysers != null && verdict.isEmpty()) {
      analysed = analysers.get().analyse(message.text(), message.closing(), message.date(), depth(message),
          keepSentences);
    }
    MessageFacts facts = MessageFacts.of(message, Duplicates.digest(message), automated.signs(message), verdict,
        analysed.analysis());
    return new Worked(facts, analysed.cueSentences());
  }

  private Analyser.Depth depth(ParsedMessage message) {
    boolean ours = message.role() == FolderRole.SENT
        || owner.isPresent() && message.from().map(f -> owner.get().isUs(f.address())).orElse(false);
    return ours ? Analyser.Depth.DEADLINES_ONLY : Analyser.Depth.TONE_AND_DEADLINES;
  }
}
